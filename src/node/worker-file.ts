// Starts a worker thread from a module file beside this one: the built `.js` (dist/node/; `require`
// loads the same ES modules), so workers import the kernels and their tables like any other
// module. Running from source (tsx, vitest), the `.ts` file is bundled once per process by esbuild
// (a dev dependency) and run as an eval worker: starting each worker through tsx's loader took
// seconds under load.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const HERE = import.meta.url;

const bundles = new Map<string, string>();

// The worker's source bundled as one CommonJS script (from source only).
function bundled(name: string): string {
  let code = bundles.get(name);
  if (code === undefined) {
    const esbuild = createRequire(HERE)('esbuild') as typeof import('esbuild');
    const out = esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL(`./${name}.ts`, HERE))],
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    code = out.outputFiles[0]!.text;
    bundles.set(name, code);
  }
  return code;
}

/**
 * A worker running `./<name>.js` (or, from source, `./<name>.ts`) with `workerData`.
 *
 * @param name - the worker module's name in `src/node/` (`'ms-bfs-worker'`).
 * @param workerData - posted to the worker (structured clone; shared memories are shared).
 * @remarks Time: a thread start (tens of milliseconds); from source, one esbuild bundle per
 * process and worker module first.
 */
export function startWorker(name: string, workerData: unknown): Worker {
  if (!HERE.endsWith('.ts')) return new Worker(new URL(`./${name}.js`, HERE), { workerData });
  return new Worker(bundled(name), { eval: true, workerData });
}
