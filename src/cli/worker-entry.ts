// The CLI's worker thread entry (dist/cli/worker-entry.js): runs the command the main thread handed over.
import { workerMain } from './worker-main.js';

// Not a top-level await: from source the entry runs bundled as a CommonJS eval worker
// (node/worker-file.ts); a rejection still reaches the supervisor as the worker's error.
void workerMain();
