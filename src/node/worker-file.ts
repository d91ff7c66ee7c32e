// Starts every worker thread of the package, the kernels' (`startWorker`) and the CLI's own
// (`startModuleWorker`): a built `.js` module as is (dist/; `require` loads the same ES modules);
// from source (tsx, vitest: a worker inherits no loader) the `.ts` entry is bundled by esbuild
// (worker-bundle.ts: cached across processes, checked against every source's hash) and run as an
// eval worker, each module's `import.meta.url` kept as its own file's (tsx's loader took seconds).

import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleWorker, workerCacheDir } from './worker-bundle.js';

const HERE = import.meta.url;

/** Each entry's bundle, once per thread (a source edited meanwhile is seen by the next process). */
const bundles = new Map<string, string>();

// The entry bundled as one CommonJS script (from source only): once per thread, and across
// processes through the cache of worker-bundle.ts while no source it was made from changes.
function bundled(entry: URL): string {
  let code = bundles.get(entry.href);
  if (code === undefined) {
    code = bundleWorker(fileURLToPath(entry), workerCacheDir()).code;
    bundles.set(entry.href, code);
  }
  return code;
}

/**
 * A worker running the module at `entry` with `workerData`: a `.js` file as is; a `.ts` source
 * bundled (once per thread and entry, through a cache kept across processes) and run as an eval
 * worker.
 *
 * @param entry - the module's URL (`new URL('./worker-entry.ts', import.meta.url)`).
 * @param workerData - posted to the worker (structured clone; shared memories are shared).
 * @remarks Time: a thread start (tens of milliseconds); from source, first a cached bundle's check
 * (milliseconds) or, when a source changed or on the first run, an esbuild bundle (hundreds).
 */
export function startModuleWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  return new Worker(bundled(entry), { eval: true, workerData });
}

/**
 * A worker running `./<name>.js` (or, from source, `./<name>.ts`) of `src/node/` with `workerData`.
 *
 * @param name - the worker module's name in `src/node/` (`'ms-bfs-worker'`).
 * @param workerData - posted to the worker (structured clone; shared memories are shared).
 * @remarks Time: as `startModuleWorker`.
 */
export function startWorker(name: string, workerData: unknown): Worker {
  return startModuleWorker(new URL(`./${name}.${HERE.endsWith('.ts') ? 'ts' : 'js'}`, HERE), workerData);
}
