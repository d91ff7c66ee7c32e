// The CLI's worker thread entry (dist/cli/worker-entry.js): runs the command the main thread handed over.
import { workerMain } from './worker-main.js';

await workerMain();
