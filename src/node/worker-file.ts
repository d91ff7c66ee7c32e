// Starts every worker thread of the package, the kernels' (`startWorker`) and the CLI's own
// (`startModuleWorker`): a built `.js` module as is (dist/; `require` loads the same ES modules);
// from source (tsx, vitest: a worker inherits no loader) the `.ts` entry is bundled once per
// process by esbuild (a dev dependency, never loaded by the built package) and run as an eval
// worker, each module's `import.meta.url` kept as its own file's (tsx's loader took seconds).

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const HERE = import.meta.url;

const bundles = new Map<string, string>();

// Bundles `entry` with esbuild in a child process (esbuild runs plugins only in its asynchronous
// API, and starting a worker is synchronous): a CommonJS bundle has no import.meta, so the plugin
// writes each source file's own URL in its place (worker-file.ts finds the kernel workers by it,
// the CLI its sample files).
const BUNDLE = `
const [entry, esbuildPath] = process.argv.slice(1);
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
require(esbuildPath).build({
  entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'silent',
  plugins: [{ name: 'import-meta-url', setup(build) {
    build.onLoad({ filter: /\\.ts$/ }, ({ path }) => ({
      contents: readFileSync(path, 'utf8').replace(/\\bimport\\.meta\\.url\\b/g, JSON.stringify(pathToFileURL(path).href)),
      loader: 'ts',
    }));
  } }],
}).then((out) => process.stdout.write(out.outputFiles[0].text), (error) => { console.error(error.message); process.exit(1); });
`;

// The entry bundled as one CommonJS script (from source only), once per process.
function bundled(entry: URL): string {
  let code = bundles.get(entry.href);
  if (code === undefined) {
    const esbuild = createRequire(HERE).resolve('esbuild');
    code = execFileSync(process.execPath, ['-e', BUNDLE, fileURLToPath(entry), esbuild], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    bundles.set(entry.href, code);
  }
  return code;
}

/**
 * A worker running the module at `entry` with `workerData`: a `.js` file as is; a `.ts` source
 * bundled (once per process and entry) and run as an eval worker.
 *
 * @param entry - the module's URL (`new URL('./worker-entry.ts', import.meta.url)`).
 * @param workerData - posted to the worker (structured clone; shared memories are shared).
 * @remarks Time: a thread start (tens of milliseconds); from source, one esbuild bundle per
 * process and entry first.
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
