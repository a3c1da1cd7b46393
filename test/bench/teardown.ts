import type { Logger } from 'pino';

/**
 * The stop steps of what the benchmark started, run in reverse order of starting. A failing step
 * is logged and the others still run. `run` is safe to call twice (from `finally` and from a
 * Ctrl-C hook): both calls wait for the same single pass.
 */
export class Teardown {
  private readonly steps: { name: string; stop: () => Promise<void> }[] = [];
  private running?: Promise<void>;

  constructor(private readonly logger: Logger) {}

  add(name: string, stop: () => Promise<void>): void {
    this.steps.push({ name, stop });
  }

  run(): Promise<void> {
    this.running ??= this.runSteps();

    return this.running;
  }

  private async runSteps(): Promise<void> {
    for (const step of [...this.steps].reverse()) {
      try {
        await step.stop();
      } catch (error) {
        this.logger.error({ err: error, step: step.name }, 'failed to stop a benchmark component; check for a leftover process');
      }
    }
    this.steps.length = 0;
  }
}
