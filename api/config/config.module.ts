import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ResolvedConfig } from './config';

/** Injection token of the validated `ResolvedConfig`. */
export const CONFIG = Symbol('CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ResolvedConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: CONFIG, useValue: config }], exports: [CONFIG] };
  }
}
