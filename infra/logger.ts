import pino, { type Logger } from 'pino';

/** The JSON logger of Baton's own processes (start-up, worker, command-line tools). */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level });
}
