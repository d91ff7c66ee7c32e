// The worker side of worker-pool.ts: a kernel worker serves call after call. A call begins with
// { kind: 'setup', data } (the graph's memory and addresses: bound afresh, nothing kept from an
// earlier graph), then each { kind: 'task', task } is answered with run(task); { kind: 'reset' }
// drops the call's data, so an idle worker holds no graph. Any other message throws: the pool
// sees the worker fail and never hands it out again.

import { parentPort } from 'node:worker_threads';

/** A message from a pool to its worker. */
export type CallMessage<D, T> = { kind: 'setup'; data: D } | { kind: 'task'; task: T } | { kind: 'reset' };

/**
 * Serves the pool's calls on this worker thread: `bind` turns a call's data into its task runner.
 *
 * @param bind - builds the runner of one call (throwing makes the worker fail, so the call fails).
 * @remarks Time O(1) per message besides `bind` and the tasks.
 * @example
 * serveCalls((data: { n: number }) => (task: number) => task * data.n);
 */
export function serveCalls<D, T, R>(bind: (data: D) => (task: T) => R): void {
  const port = parentPort;
  if (port === null) return;
  let run: ((task: T) => R) | null = null;
  port.on('message', (message: CallMessage<D, T>) => {
    switch (message.kind) {
      case 'setup':
        run = null; // the earlier call's data goes first, even if bind throws
        run = bind(message.data);
        return;
      case 'task':
        if (run === null) throw new Error('handshakes: a kernel worker got a task before its setup');
        port.postMessage(run(message.task));
        return;
      case 'reset':
        run = null;
        return;
      default:
        throw new Error(`handshakes: a kernel worker got an unknown message ${JSON.stringify(message)}`);
    }
  });
}
