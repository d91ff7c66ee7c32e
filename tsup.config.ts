import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', viz: 'src/viz.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    // The main thread's supervisor alone in main.js (its signal handlers are in place at once);
    // the whole CLI in worker.js, which it starts as a worker thread.
    entry: { 'cli/main': 'src/cli/main.ts', 'cli/worker': 'src/cli/worker-entry.ts' },
    format: ['esm'],
    splitting: false,
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
