// The CLI's worker thread: runs one command with the terminal facts the main thread measured
// (a worker's own stdout is a pipe to the main thread, never a TTY), posts its output (stdout and
// stderr in the order written), reports the temporary files it writes so the main thread can
// remove them on Ctrl-C, and posts the exit code.

import { parentPort, workerData } from 'node:worker_threads';
import { run } from './run.js';
import type { WorkerMessage, WorkerStart } from './supervisor.js';

/** Runs the command the main thread handed over, then posts its exit code. */
export async function workerMain(): Promise<void> {
  const start = workerData as WorkerStart;
  const post = (m: WorkerMessage): void => parentPort!.postMessage(m);
  // stdout and stderr go to the main thread as messages of one port, so they keep their order
  const stdout = (text: string): void => post({ type: 'write', fd: 1, text });
  const stderr = (text: string): void => post({ type: 'write', fd: 2, text });
  const progressStream = {
    isTTY: true,
    columns: start.columns,
    write: (text: string): boolean => {
      stderr(text);
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const code = await run(start.argv, {
    stdout,
    stderr,
    cwd: start.cwd,
    interactive: start.stderrTerminal,
    terminal: start.stdoutTerminal,
    progressStream,
    onTempFile: (path, state) => post({ type: 'temp', path, state }),
  });
  post({ type: 'exit', code });
}
