// The package build: dist/ mirrors src/ one file per module, as ESM, so a bundler drops every file
// a program does not use and a process loads one copy of every module (the CLI imports the same
// files; `require` gets the same ES modules through the thin entries of scripts/cjs-entries.ts).
// Declarations come from tsc (scripts/build-types.ts); dist/browser/ is the CDN build: minified
// ESM with everything but graphology inside, core and viz sharing one chunk. The kernels' worker
// entries (src/node/*-worker.ts) are the exception to one file per module: each is bundled into
// its own dist/node/<name>.js, tree-shaken to the kernels and drivers it runs, because a worker
// thread loading a graph of a dozen ES modules took 20-40 ms more CPU to start than one file
// (bench/worker-start.bench.ts).
import { defineConfig } from 'tsup';

const modules = ['src/**/*.ts'];
const workers = ['ms-bfs-worker', 'hyperball-worker', 'edge-list-worker'];

export default defineConfig([
  {
    // The app page's browser-only modules live in its bundle (below); the CLI imports render-app.
    entry: modules.concat(
      '!src/app/app-main.ts',
      '!src/app/analyze-exports.ts',
      '!src/app/profile-view.ts',
      ...workers.map((name) => `!src/node/${name}.ts`),
    ),
    outDir: 'dist',
    format: ['esm'],
    bundle: false,
    target: 'node20',
  },
  {
    // Started by src/node/worker-file.ts as dist/node/<name>.js: one file each, nothing shared.
    entry: Object.fromEntries(workers.map((name) => [`node/${name}`, `src/node/${name}.ts`])),
    outDir: 'dist',
    format: ['esm'],
    bundle: true,
    splitting: false,
    platform: 'node',
    target: 'node20',
  },
  {
    entry: { index: 'src/index.ts', viz: 'src/viz.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    splitting: true,
    minify: true,
    external: ['graphology'],
    noExternal: [/^(?!graphology$)/],
  },
  {
    // The app page's script: core + viz + kernels in one browser file, inlined by `handshakes app`.
    entry: { app: 'src/app/app-main.ts' },
    format: ['iife'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
  },
]);
