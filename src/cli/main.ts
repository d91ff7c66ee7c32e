// The handshakes CLI entry: the main thread supervises (signals, exit code), a worker thread
// runs the command — so Ctrl-C stops even synchronous work within milliseconds.
import { isMainThread } from 'node:worker_threads';
import { supervise } from './supervisor.js';
import { workerMain } from './worker-main.js';

if (isMainThread) supervise(new URL(import.meta.url), process.argv.slice(2));
else await workerMain();
