import { Inject, Injectable } from '@nestjs/common';
import { type HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { Client } from '@temporalio/client';
import { CONFIG } from '../config/config.module';
import type { ResolvedConfig } from '../config/config';
import { TEMPORAL_CLIENT } from '../temporal/temporal.module';

/** Temporal is up when its frontend answers and a worker polls Baton's task queue. */
@Injectable()
export class TemporalHealthIndicator {
  constructor(
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    @Inject(CONFIG) private readonly config: ResolvedConfig,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.health.check(key);
    const { namespace, taskQueue, address } = this.config.temporal;

    try {
      const service = this.client.workflowService;
      await service.getSystemInfo({});
      const queue = await service.describeTaskQueue({ namespace, taskQueue: { name: taskQueue }, taskQueueType: 1 });
      const workers = queue.pollers?.length ?? 0;
      if (workers === 0) return indicator.down({ address, taskQueue, workers, message: `no worker polls task queue "${taskQueue}"` });

      return indicator.up({ address, taskQueue, workers });
    } catch (error) {
      return indicator.down({ address, message: (error as Error).message });
    }
  }
}
