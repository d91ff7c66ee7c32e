// The worker side of worker-pool.ts: a kernel worker serves call after call. A call begins with
// { kind: 'setup', data } (the graph's memory and addresses: bound afresh, nothing kept from an
// earlier graph), then each { kind: 'task', task } is answered with run(task); { kind: 'reset' }
// drops the call's data and collects it, so an idle worker holds no graph. Any other message throws: the pool
// sees the worker fail and never hands it out again.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';

// A full garbage collection for this thread. An idle thread allocates nothing, so without one the
// last call's memory (a shared WebAssembly memory, SharedArrayBuffers) would stay referenced from
// its heap until the worker ends: 220 MB of a dropped 10⁶-node graph kept alive by two idle
// workers. The flag is switched on only while one context is made (contexts made later do not get
// a `gc` global), unless the process already exposes it.
function collector(): (() => void) | null {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

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
  const gc = collector();
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
        gc?.(); // the call's memory goes now, not when the worker ends
        return;
      default:
        throw new Error(`handshakes: a kernel worker got an unknown message ${JSON.stringify(message)}`);
    }
  });
}
