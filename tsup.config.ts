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
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
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
