/** What a CLI command may touch: its output streams and working directory (injectable for tests). */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}

/** Thrown for bad usage: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
/** A finding or refusal: an error-severity lint finding, or a file that would be overwritten. */
export const EXIT_FAIL = 1;
/** Usage or I/O error. */
export const EXIT_USAGE = 2;
