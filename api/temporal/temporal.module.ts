import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/config';
import { createDataConverter } from './encryption-codec';

/** Injection token of the shared Temporal `Client`. */
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [CONFIG],
      useFactory: async (config: ResolvedConfig) => {
        // A lazy connection lets the API start while Temporal is down; health reports it until it is back.
        const connection = Connection.lazy({ address: config.temporal.address });

        return new Client({ connection, namespace: config.temporal.namespace, dataConverter: createDataConverter(config.payloadKey) });
      },
    },
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalModule implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}
