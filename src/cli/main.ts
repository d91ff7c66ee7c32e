// The handshakes CLI entry: the main thread supervises (signals, exit code), a worker thread
// runs the command — so Ctrl-C stops even synchronous work within milliseconds. The main thread
// imports only the supervisor, so its signal handlers are in place a few milliseconds after start.
import { isMainThread } from 'node:worker_threads';
import { supervise } from './supervisor.js';

if (isMainThread) supervise(new URL(import.meta.url), process.argv.slice(2));
else await (await import('./worker-main.js')).workerMain();
