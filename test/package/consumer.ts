// The package as people install it: packs the built package once (npm pack), then installs the
// tarball with graphology into a fresh consumer project with `npm ci --offline` from a lockfile
// derived from ours (our dependencies' resolved tarballs are in the npm cache after `npm ci`).
// Everything is cached under node_modules/.cache/handshakes-package/ and rebuilt only when a
// packed file changed; a lock directory keeps parallel test files from packing twice.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/handshakes-package');

/** A consumer project with the packed package installed. */
export interface Consumer {
  /** The project folder (package.json "type": "module", node_modules/handshakes from the tarball). */
  dir: string;
  /** The packed tarball. */
  tarball: string;
  /** The tarball's size in bytes. */
  packedBytes: number;
  /** What the package occupies once installed (node_modules/handshakes), in bytes. */
  unpackedBytes: number;
  /** What the whole install occupies (node_modules: the package, graphology and every dependency). */
  installBytes: number;
  /** The packed file names (relative to the package root). */
  files: string[];
}

interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  dev?: boolean;
  [key: string]: unknown;
}

function bytesUnder(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += statSync(join(e.parentPath, e.name)).size;
  return total;
}

function fingerprint(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const path = join(e.parentPath, e.name);
      const s = statSync(path);
      hash.update(`${path}:${s.size}:${s.mtimeMs}\n`);
    }
  };
  for (const d of ['dist', 'docs', 'examples/data', 'examples/data-small']) walk(join(ROOT, d));
  for (const f of ['package.json', 'package-lock.json', 'README.md', 'LICENSE'])
    hash.update(existsSync(join(ROOT, f)) ? readFileSync(join(ROOT, f)) : '');
  return hash.digest('hex');
}

/** Builds dist/ when it is incomplete (`npm test` builds it first); never removes it under other tests. */
function ensureDist(): void {
  if (existsSync(join(ROOT, 'dist/cjs/index.d.ts')) && existsSync(join(ROOT, 'dist/browser/index.js'))) return;
  execFileSync('npx', ['tsup', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  for (const script of ['cjs-entries', 'build-types'])
    execFileSync('npx', ['tsx', `scripts/${script}.ts`], { cwd: ROOT, stdio: 'ignore' });
}

/** The consumer's package.json and package-lock.json: handshakes from the tarball, graphology pinned. */
function writeProject(dir: string, tarball: string): void {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>> & {
    version: string;
    license: string;
  };
  const peers = Object.fromEntries(
    ['graphology', 'graphology-types'].map((name) => [name, lock.packages[`node_modules/${name}`]!.version!]),
  );
  const needed = new Set<string>();
  const queue = [...Object.keys(pkg.dependencies!), ...Object.keys(peers)];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (needed.has(name)) continue;
    needed.add(name);
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) throw new Error(`consumer: ${name} is not in package-lock.json`);
    queue.push(...Object.keys({ ...entry.dependencies, ...entry.optionalDependencies }));
  }
  const packages: Record<string, unknown> = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    const top = path.replace(/^node_modules\//, '').split('/node_modules/')[0]!;
    if (path === '' || !needed.has(top)) continue;
    const { dev: _dev, devOptional: _devOptional, ...rest } = entry;
    packages[path] = rest;
  }
  const dependencies = { ...peers, handshakes: `file:${tarball}` };
  packages[''] = { name: 'consumer', dependencies };
  packages['node_modules/handshakes'] = {
    version: pkg.version,
    resolved: `file:${tarball}`,
    license: pkg.license,
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
    bin: pkg.bin,
    engines: pkg.engines,
  };
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2)}\n`,
  );
  const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(
    join(dir, 'package-lock.json'),
    `${JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages: sorted }, null, 2)}\n`,
  );
}

function create(): Consumer {
  rmSync(CACHE, { recursive: true, force: true });
  const dir = join(CACHE, 'consumer');
  mkdirSync(dir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const packed = (JSON.parse(out) as { filename: string; size: number; files: { path: string }[] }[])[0]!;
  writeProject(dir, packed.filename);
  try {
    execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, npm_config_update_notifier: 'false' },
    });
  } catch (error) {
    const why = String((error as { stderr?: Buffer }).stderr ?? error)
      .trim()
      .split('\n')[0];
    throw new Error(
      `consumer: npm ci --offline of the packed tarball failed (${why}). Our dependencies' tarballs must be in the npm cache: run \`npm ci\` in the repository first.`,
    );
  }
  const consumer: Consumer = {
    dir,
    tarball: join(dir, packed.filename),
    packedBytes: packed.size,
    unpackedBytes: bytesUnder(join(dir, 'node_modules/handshakes')),
    installBytes: bytesUnder(join(dir, 'node_modules')),
    files: packed.files.map((f) => f.path).sort(),
  };
  writeFileSync(join(CACHE, 'consumer.json'), JSON.stringify(consumer));
  return consumer;
}

let made: Consumer | null = null;

/** The consumer project for the current build: made once, shared by every packaging test. */
export function consumer(): Consumer {
  if (made) return made;
  made = locked();
  return made;
}

function locked(): Consumer {
  ensureDist();
  const lock = join(ROOT, 'node_modules/.cache/handshakes-package.lock');
  mkdirSync(dirname(lock), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run (older than the 5 minutes a pack and install could take) is stale.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000)
        rmSync(lock, { recursive: true, force: true });
      else execFileSync('sleep', ['0.3']);
    }
  }
  try {
    const stamp = join(ROOT, 'node_modules/.cache/handshakes-package.stamp');
    const print = fingerprint();
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === print && existsSync(join(CACHE, 'consumer.json'))) {
      return JSON.parse(readFileSync(join(CACHE, 'consumer.json'), 'utf8')) as Consumer;
    }
    const fresh = create();
    writeFileSync(stamp, print);
    return fresh;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
