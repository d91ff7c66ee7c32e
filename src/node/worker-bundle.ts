// A worker's `.ts` entry bundled by esbuild (a dev dependency; the built package never loads it) and
// cached across processes: reused only while every file esbuild read (hashed as loaded), the
// package.json / tsconfig.json above each, the names in each folder an import looked in and the
// lockfile are unchanged; written by an atomic rename, so racing processes each read a whole one.

import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** Changes whenever the cache file's shape or the bundler's behaviour does. */
const FORMAT = 1;

// Run by a child process (esbuild runs plugins only in its asynchronous API; starting a worker is
// synchronous). A CommonJS bundle has no import.meta: the plugin writes each `.ts` file's own URL
// in its place (worker-file.ts finds the kernel workers by it, the CLI its sample files). Every
// file is read here, so its hash is that of exactly what esbuild bundled.
const BUNDLE = `
const [entry, esbuildPath] = process.argv.slice(1);
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { pathToFileURL } = require('node:url');
const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const inputs = {};
const folders = {};
const configured = new Set();
// The package.json and tsconfig.json esbuild may read for a file in dir (sideEffects, paths,
// verbatimModuleSyntax...): each ancestor's, null where absent (one created later counts too).
const configsOf = (dir) => {
  for (let d = dir; !configured.has(d); d = dirname(d)) {
    configured.add(d);
    for (const name of ['package.json', 'tsconfig.json']) {
      try { inputs[join(d, name)] = sha256(readFileSync(join(d, name))); } catch { inputs[join(d, name)] = null; }
    }
    if (dirname(d) === d) break;
  }
};
configsOf(dirname(entry));
require(esbuildPath).build({
  entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'node20', write: false, logLevel: 'silent',
  plugins: [{ name: 'hashed-import-meta-url', setup(build) {
    build.onResolve({ filter: /^\\./ }, ({ path, resolveDir }) => {
      const folder = dirname(resolve(resolveDir, path));
      if (!(folder in folders)) {
        try { folders[folder] = sha256(readdirSync(folder).sort().join('\\n')); } catch { folders[folder] = null; }
      }
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'file' }, ({ path }) => {
      const bytes = readFileSync(path);
      inputs[path] = sha256(bytes);
      configsOf(dirname(path));
      if (!path.endsWith('.ts')) return { contents: bytes, loader: 'default' };
      const url = JSON.stringify(pathToFileURL(path).href);
      return { contents: bytes.toString('utf8').replace(/\\bimport\\.meta\\.url\\b/g, url), loader: 'ts' };
    });
  } }],
}).then((out) => process.stdout.write(JSON.stringify({ code: out.outputFiles[0].text, inputs, folders })),
  (error) => { console.error(error.message); process.exit(1); });
`;

/** What the cache file holds: the bundle, the hash of each file and folder listing it was made from. */
interface CachedBundle {
  format: number;
  code: string;
  inputs: Record<string, string | null>;
  folders: Record<string, string | null>;
}

/** A bundled worker entry and where it came from. */
export interface WorkerBundle {
  /** The CommonJS script, to run as an eval worker. */
  code: string;
  /** `'cache'`: read from the cache file, every input unchanged; `'esbuild'`: bundled now. */
  from: 'cache' | 'esbuild';
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** The SHA-256 of a file's bytes, or null when it cannot be read. */
function hashFile(path: string): string | null {
  try {
    return sha256(readFileSync(path));
  } catch {
    return null;
  }
}

/** The SHA-256 of a folder's sorted names (as the bundling child computes it), or null. */
function hashFolder(path: string): string | null {
  try {
    return sha256(readdirSync(path).sort().join('\n'));
  } catch {
    return null;
  }
}

/** The cached code when the file is whole and every recorded input still has its hash, else null. */
function readCached(file: string): string | null {
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as CachedBundle;
    if (cached.format !== FORMAT || typeof cached.code !== 'string') return null;
    for (const [path, hash] of Object.entries(cached.folders)) if (hashFolder(path) !== hash) return null;
    for (const [path, hash] of Object.entries(cached.inputs)) if (hashFile(path) !== hash) return null;
    return cached.code;
  } catch {
    return null; // absent, damaged or of another shape: bundle again
  }
}

/** Writes the cache file through a temporary file and a rename; a failure only costs the next bundle. */
function writeCached(file: string, cached: CachedBundle): void {
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, JSON.stringify(cached));
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/**
 * The default cache folder: `node_modules/.cache/handshakes/workers` beside the esbuild in use, or
 * `HANDSHAKES_WORKER_CACHE` when set (`off` or empty: no cache). Where esbuild is not in a
 * `node_modules` folder, a folder of this user's own in the system's temporary folder, or none
 * when that one is not private (another user could plant a bundle there).
 *
 * @remarks Time O(1).
 */
export function workerCacheDir(): string | null {
  const set = process.env.HANDSHAKES_WORKER_CACHE;
  if (set !== undefined) return set === '' || set === 'off' ? null : set;
  const modules = dirname(dirname(createRequire(import.meta.url).resolve('esbuild/package.json')));
  if (basename(modules) === 'node_modules') return join(modules, '.cache', 'handshakes', 'workers');
  const uid = userInfo().uid;
  const dir = join(tmpdir(), `handshakes-workers-${uid}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const s = lstatSync(dir);
    return s.isDirectory() && s.uid === uid && (s.mode & 0o077) === 0 ? dir : null;
  } catch {
    return null;
  }
}

/**
 * The worker entry at `entry` (a `.ts` path) bundled into one CommonJS script: read from
 * `cacheDir` when a bundle of it is there and nothing it was made from changed since (no file it
 * read, no name in a folder an import looked in, nor the esbuild version or the installed
 * packages' lockfile), else bundled by esbuild in a child process and written there.
 *
 * @param entry - the entry's absolute path.
 * @param cacheDir - the cache folder (created when missing), or null to always bundle.
 * @remarks Time: a cache hit reads the cache file and hashes each input (about 1 ms for a kernel
 * worker's 20 files); a miss runs esbuild (hundreds of milliseconds).
 * @example
 * const { code } = bundleWorker('/repo/src/node/ms-bfs-worker.ts', workerCacheDir());
 * new Worker(code, { eval: true, workerData });
 */
export function bundleWorker(entry: string, cacheDir: string | null): WorkerBundle {
  const require = createRequire(import.meta.url);
  const esbuild = require.resolve('esbuild');
  const esbuildPackage = require.resolve('esbuild/package.json');
  // Hashed before bundling: a lockfile changed meanwhile makes the next lookup miss, never hit.
  const lockfile = join(dirname(dirname(esbuildPackage)), '.package-lock.json');
  const lockHash = hashFile(lockfile);
  const version = (JSON.parse(readFileSync(esbuildPackage, 'utf8')) as { version: string }).version;
  const key = sha256(JSON.stringify([FORMAT, entry, version, BUNDLE])).slice(0, 24);
  const file = cacheDir === null ? null : join(cacheDir, `${basename(entry).replace(/\.\w+$/, '')}-${key}.json`);
  const hit = file === null ? null : readCached(file);
  if (hit !== null) return { code: hit, from: 'cache' };
  const out = execFileSync(process.execPath, ['-e', BUNDLE, entry, esbuild], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { code, inputs, folders } = JSON.parse(out) as Omit<CachedBundle, 'format'>;
  if (lockHash !== null) inputs[lockfile] = lockHash;
  if (file !== null) writeCached(file, { format: FORMAT, code, inputs, folders });
  return { code, from: 'esbuild' };
}
