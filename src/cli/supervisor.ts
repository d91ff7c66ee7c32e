// The CLI's main thread: runs the command in a worker thread and stays free to answer signals.
// Ctrl-C (or SIGTERM, SIGHUP) terminates the worker at once — even in the middle of synchronous
// work —, removes the temporary files it was writing, prints one "stopped" line and exits 128 + the
// signal number (130 for Ctrl-C). A second Ctrl-C exits at once.

import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { startModuleWorker } from '../node/worker-file.js';
import { EXIT } from './exit-codes.js';

/** What the worker tells the main thread: its output too, so stdout and stderr keep the order they were written in. */
export type WorkerMessage =
  | { type: 'write'; fd: 1 | 2; text: string }
  | { type: 'temp'; path: string; state: 'created' | 'removed' | 'renamed' }
  | { type: 'exit'; code: number };

/** What the main thread tells the worker when it starts. */
export interface WorkerStart {
  argv: string[];
  cwd: string;
  stdoutTerminal: boolean;
  stderrTerminal: boolean;
  columns: number;
}

// Removes a temporary file and whatever a writer derived from its name (saveGraph's own `<name>.tmp`).
function removeTemp(path: string): void {
  const prefix = basename(path);
  try {
    for (const name of readdirSync(dirname(path)))
      if (name.startsWith(prefix)) rmSync(join(dirname(path), name), { force: true });
  } catch {
    rmSync(path, { force: true });
  }
}

const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Runs `argv` in a worker started from `entry` (the CLI's own module) and exits with its code.
 *
 * @param entry - the URL of the worker entry (it calls `workerMain`).
 * @param argv - the arguments, without `node` and the script.
 */
export function supervise(entry: URL, argv: string[]): void {
  const start: WorkerStart = {
    argv,
    cwd: process.cwd(),
    stdoutTerminal: Boolean(process.stdout.isTTY),
    stderrTerminal: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns ?? 80,
  };
  // From source (`npm run demo` runs tsx) the worker gets the entry bundled (node/worker-file.ts).
  const worker = startModuleWorker(entry, start);
  const temps = new Set<string>();
  let code: number = EXIT.error;
  let stopping = false;
  // `handshakes … | head` closes the pipe early: that is not an error. Any other failure of
  // standard output (`> /dev/full`, a full disk) is one line and exit 1, not a stack trace.
  let outputFailed = false;
  const failOutput = (error: NodeJS.ErrnoException): void => {
    if (outputFailed) return;
    outputFailed = true;
    const closed = error.code === 'EPIPE';
    if (!closed)
      process.stderr.write(
        `error: cannot write to standard output: ${OUTPUT_REASONS[error.code ?? ''] ?? error.message.split('\n')[0]}${error.code ? ` (${error.code})` : ''}; the output is incomplete.\n`,
      );
    void worker.terminate().finally(() => {
      for (const path of temps) removeTemp(path);
      process.exit(closed ? (code === EXIT.error ? 0 : code) : EXIT.error);
    });
  };
  worker.on('message', (m: WorkerMessage) => {
    // One ordered channel for both streams: a worker's own process.stdout and process.stderr are
    // two streams, each waiting for the main thread's acknowledgement, so stdout text overtook
    // queued progress frames and import lines (`2>&1`, a terminal). Writes here are synchronous
    // on Linux terminals, files and pipes, so they land in message order.
    if (m.type === 'write') {
      if (outputFailed) return;
      try {
        (m.fd === 1 ? process.stdout : process.stderr).write(m.text);
      } catch (error) {
        // a file or device written synchronously throws here (`> /dev/full`, a full disk)
        if (m.fd === 1) failOutput(error as NodeJS.ErrnoException);
      }
    } else if (m.type === 'exit') code = m.code;
    else if (m.state === 'created') temps.add(m.path);
    else temps.delete(m.path);
  });
  worker.on('error', (error) => {
    process.stderr.write(
      `error: ${error.message.split('\n')[0]} (an unexpected error: run with --debug for the stack trace)\n`,
    );
    if (argv.includes('--debug') && error.stack) process.stderr.write(`${error.stack}\n`);
    code = EXIT.error;
  });
  worker.on('exit', () => {
    if (!stopping) process.exitCode = code;
  });
  const stop = (signal: keyof typeof SIGNALS): void => {
    const exitCode = 128 + SIGNALS[signal];
    if (stopping) process.exit(exitCode);
    stopping = true;
    // terminate() of a worker still starting up may settle only once it has run to the end: give
    // it a moment, then exit anyway (process.exit ends every thread).
    const terminated = new Promise((resolve) => setTimeout(resolve, 300).unref());
    void Promise.race([worker.terminate(), terminated]).finally(() => {
      for (const path of temps) removeTemp(path);
      if (argv.includes('--json'))
        process.stdout.write(
          `${JSON.stringify({ error: { code: 'ABORTED', message: `stopped by ${signal}`, exitCode } })}\n`,
        );
      // a progress bar cut off mid-line hid the cursor and turned autowrap off: give the terminal back
      if (process.stderr.isTTY) process.stderr.write('\r\x1b[2K\x1b[?25h\x1b[?7h');
      process.stderr.write(`stopped (${signal === 'SIGINT' ? 'Ctrl-C' : signal}): no partial output file left.\n`);
      process.exit(exitCode);
    });
  };
  for (const signal of Object.keys(SIGNALS) as (keyof typeof SIGNALS)[]) process.on(signal, () => stop(signal));
  process.stdout.on('error', failOutput);
  // stderr has nowhere to report its own failure: the exit code still says how the work ended
  process.stderr.on('error', () => {});
}

// Why standard output could not be written, in the words of the output files' errors.
const OUTPUT_REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large (the file-size limit, ulimit -f, was reached)',
  EIO: 'input/output error',
};
