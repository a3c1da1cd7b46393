import pino, { type Logger } from 'pino';

/**
 * The JSON logger of Baton's own processes (start-up, worker, command-line tools). Command-line
 * tools log to stderr (file descriptor 2), so their report on stdout stays clean.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', fileDescriptor: 1 | 2 = 1): Logger {
  return pino({ name, level }, pino.destination(fileDescriptor));
}
