/** Where a command-line tool writes: its report and its progress or errors, so tests can capture both. */
export interface CliOutput {
  /** Writes a line of the report (stdout). */
  out(line: string): void;
  /** Writes a line of progress or an error message (stderr). */
  err(line: string): void;
}

export const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Returns an error's message, or the value as text when something else was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
