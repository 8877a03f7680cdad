import { parseArgs, type ParseArgsConfig } from 'node:util';

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

/** node:util parseArgs (strict, its default); a bad flag becomes a UsageError (usage printed, exit 2). */
export function parseCliArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config); // strict by default: unknown flags throw
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
