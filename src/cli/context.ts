// What every command receives: where to write, the cancellation signal (Ctrl-C), progress bars,
// and the shared option helpers (`--json`, `--quiet`, `--directed`), so commands stay a few lines
// of argument mapping around one library call.

import { InvalidArgumentError, type Command } from 'commander';
import { createProgress, type ProgressReporter } from './progress.js';
import { toJson } from './output.js';

/** The environment of a CLI run (tests substitute their own). */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Whether stderr is a terminal (progress bars only then). */
  interactive: boolean;
  /** The working directory, for relative output paths. */
  cwd: string;
}

/** Options every command accepts. */
export interface CommonOptions {
  json?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** The context a command runs in. */
export interface CommandContext extends CliIo {
  /** A progress reporter for one piece of work (silent unless interactive and not `--quiet`). */
  progress(label: string, options: CommonOptions): ProgressReporter;
  /** Prints a value as JSON on stdout. */
  json(value: unknown): void;
  /** Long-work options for the library: `onProgress` and `signal`. */
  long(reporter: ProgressReporter): { onProgress?: ProgressReporter['onProgress'] & {}; signal: AbortSignal };
}

/** Builds the context from the I/O. */
export function createContext(io: CliIo): CommandContext {
  return {
    ...io,
    progress: (label, options) => createProgress(label, io.interactive && !options.quiet && !options.json),
    json: (value) => io.stdout(`${toJson(value)}\n`),
    long: (reporter) => (reporter.onProgress ? { onProgress: reporter.onProgress, signal: io.signal } : { signal: io.signal }),
  };
}

/** Adds `--json`, `--quiet` and `--debug` to a command. */
export function common(command: Command): Command {
  return command
    .option('--json', 'print the result as JSON on stdout (for machines)')
    .option('-q, --quiet', 'no progress bars')
    .option('--debug', 'print the stack trace of an error');
}

/** Parses a non-negative integer option value, for commander. */
export function integer(name: string): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a non-negative integer.`);
    return Number(value);
  };
}
