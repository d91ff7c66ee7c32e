// What every command receives: where to write, the cancellation signal (Ctrl-C), progress bars,
// and the shared option helpers (`--json`, `--quiet`, `--directed`), so commands stay a few lines
// of argument mapping around one library call.

import { InvalidArgumentError, Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { writeFileAtomic } from '../node/write-file-atomic.js';
import { createProgress, type ProgressReporter } from './progress.js';
import { writeJson } from './output.js';
import { refuseOwnOutput } from './own-output.js';

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
  /** Whether stdout is a terminal (control characters in names are then escaped). */
  terminal: boolean;
  /** Where progress bars are drawn (default: process.stderr). */
  progressStream?: NodeJS.WriteStream;
  /** Told about each temporary output file, so a supervisor can remove it on Ctrl-C. */
  onTempFile?: (path: string, state: 'created' | 'removed' | 'renamed') => void;
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
  /** Writes an output file (relative to `cwd`) whole or not at all (writeFileAtomic); returns its absolute path. */
  output(path: string, write: (path: string) => Promise<void>): Promise<string>;
}

/** Builds the context from the I/O. */
export function createContext(io: CliIo): CommandContext {
  return {
    ...io,
    progress: (label, options) =>
      createProgress(label, io.interactive && !options.quiet && !options.json, io.progressStream),
    json: (value) => {
      writeJson(value, io.stdout);
      io.stdout('\n');
    },
    long: (reporter) =>
      reporter.onProgress ? { onProgress: reporter.onProgress, signal: io.signal } : { signal: io.signal },
    output: async (path, write) => {
      const out = resolve(io.cwd, path);
      refuseOwnOutput('--out', out);
      await writeFileAtomic(out, write, {
        signal: io.signal,
        where: 'cli',
        ...(io.onTempFile ? { onTempFile: io.onTempFile } : {}),
      });
      return out;
    },
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

/** A `--flag <value>` option restricted to `choices`: anything else is a usage error (exit 2) before any file is read. */
export function choice(flags: string, description: string, choices: readonly string[], defaultValue?: string): Option {
  const option = new Option(flags, description).choices(choices);
  return defaultValue === undefined ? option : option.default(defaultValue);
}

/** The `--mode` option of commands that follow directed edges. */
export function modeOption(): Option {
  return choice('--mode <mode>', 'direction on directed graphs: outbound, inbound or all', [
    'outbound',
    'inbound',
    'all',
  ]);
}
