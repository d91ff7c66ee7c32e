// handshakes/node — the Node-only entry: file readers and writers, worker-parallel engines.
// Re-exports the browser-safe core too, so a script needs a single import.

export * from './index.js';

// edge lists from files (plain or gzip)
export * from './node/edge-list.js';

// LinkedIn exports and other formats from files
export * from './node/io.js';

// binary graph files
export * from './node/graph-file.js';

// worker-parallel engines
export * from './node/workers.js';

// output files written whole or not at all
export { writeFileAtomic, type WriteFileAtomicOptions } from './node/write-file-atomic.js';
