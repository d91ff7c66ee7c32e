// The cache of workers bundled from source (worker-bundle.ts): a second bundle of an unchanged
// entry comes from the cache file; an edit anywhere in its import graph (same size, same mtime), a
// file added where an import now resolves to it, a package.json or tsconfig.json above an input
// created or changed, or a damaged cache file makes it bundle again,
// never run a stale worker; processes racing on an empty cache all get the same whole bundle and
// leave one cache file, no temporary ones.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { bundleWorker } from '../../src/node/worker-bundle.js';
import { tempDir } from '../temp-dir.js';

const root = tempDir('hs-worker-bundle-');

// entry.ts → lib/sub/dep.ts → lib/sub/deeper.ts; the worker posts the deepest module's value and URL.
function project(name: string, value: string): { entry: string; deeper: string } {
  const dir = join(root, name);
  mkdirSync(join(dir, 'lib', 'sub'), { recursive: true });
  const entry = join(dir, 'entry.ts');
  const deeper = join(dir, 'lib', 'sub', 'deeper.ts');
  writeFileSync(
    entry,
    "import { parentPort } from 'node:worker_threads';\nimport { VALUE, URL_OF } from './lib/sub/dep.js';\nparentPort!.postMessage({ value: VALUE, url: URL_OF });\n",
  );
  writeFileSync(join(dir, 'lib', 'sub', 'dep.ts'), "export { VALUE, URL_OF } from './deeper.js';\n");
  writeFileSync(deeper, `export const VALUE: string = '${value}';\nexport const URL_OF: string = import.meta.url;\n`);
  return { entry, deeper };
}

/** What the bundled worker posts. */
async function run(code: string): Promise<unknown> {
  const worker = new Worker(code, { eval: true });
  const message = await new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  return message;
}

const files = (dir: string): string[] => readdirSync(dir).sort();

describe('bundleWorker', () => {
  it('bundles on a miss, reads the cache on a hit, and bundles again after an edit deep in the graph', async () => {
    const { entry, deeper } = project('edit', 'old');
    const cache = join(root, 'edit-cache');
    const first = bundleWorker(entry, cache);
    expect(first.from).toBe('esbuild');
    expect(await run(first.code)).toEqual({ value: 'old', url: pathToFileURL(deeper).href });
    expect(files(cache)).toHaveLength(1);
    const second = bundleWorker(entry, cache);
    expect(second).toEqual({ code: first.code, from: 'cache' });
    // Same size, same modification time: only the content tells.
    const { atime, mtime } = statSync(deeper);
    writeFileSync(deeper, `export const VALUE: string = 'new';\nexport const URL_OF: string = import.meta.url;\n`);
    utimesSync(deeper, atime, mtime);
    const third = bundleWorker(entry, cache);
    expect(third.from).toBe('esbuild');
    expect(await run(third.code)).toEqual({ value: 'new', url: pathToFileURL(deeper).href });
    expect(bundleWorker(entry, cache)).toEqual({ code: third.code, from: 'cache' });
    expect(files(cache)).toHaveLength(1);
  }, 60_000);

  it('bundles again when the cache file is damaged, an input is gone, or a new file resolves first', async () => {
    const { entry, deeper } = project('damaged', 'kept');
    const cache = join(root, 'damaged-cache');
    const { code } = bundleWorker(entry, cache);
    const [file] = files(cache);
    for (const damaged of ['{"format":1,"code":"tru', '{"format":1,"code":"x"}', 'null']) {
      writeFileSync(join(cache, file!), damaged);
      expect(bundleWorker(entry, cache)).toEqual({ code, from: 'esbuild' });
      expect(bundleWorker(entry, cache).from).toBe('cache');
    }
    // `./deeper.js` now names a JavaScript file, which esbuild takes before the `.ts` beside it.
    const js = deeper.replace(/ts$/, 'js');
    writeFileSync(js, "export const VALUE = 'shadow';\nexport const URL_OF = 'js';\n");
    const shadowed = bundleWorker(entry, cache);
    expect(shadowed.from).toBe('esbuild');
    expect(await run(shadowed.code)).toEqual({ value: 'shadow', url: 'js' });
    expect(bundleWorker(entry, cache).from).toBe('cache');
    // The `.ts` it no longer reads goes; the `.js` it does goes too, and the `.ts` is back.
    rmSync(deeper);
    expect(bundleWorker(entry, cache).from).toBe('esbuild');
    rmSync(js);
    writeFileSync(deeper, "export const VALUE: string = 'back';\nexport const URL_OF: string = import.meta.url;\n");
    const back = bundleWorker(entry, cache);
    expect(back.from).toBe('esbuild');
    expect(await run(back.code)).toEqual({ value: 'back', url: pathToFileURL(deeper).href });
  }, 60_000);

  it('bundles again when a tsconfig.json or package.json above an input appears or changes', async () => {
    const { entry } = project('config', 'configured');
    const dir = join(root, 'config');
    const cache = join(root, 'config-cache');
    const { code } = bundleWorker(entry, cache);
    expect(bundleWorker(entry, cache).from).toBe('cache');
    // A tsconfig.json created above the sources (in a folder no import looks in): its `paths` or
    // import elision could change the bundle.
    writeFileSync(join(dir, 'lib', 'tsconfig.json'), '{}\n');
    expect(bundleWorker(entry, cache)).toEqual({ code, from: 'esbuild' });
    expect(bundleWorker(entry, cache).from).toBe('cache');
    writeFileSync(join(dir, 'package.json'), '{ "sideEffects": false }\n');
    expect(bundleWorker(entry, cache).from).toBe('esbuild');
    writeFileSync(join(dir, 'package.json'), '{ "sideEffects": true }\n');
    expect(bundleWorker(entry, cache).from).toBe('esbuild');
    expect(await run(bundleWorker(entry, cache).code)).toMatchObject({ value: 'configured' });
  }, 60_000);

  it('without a cache folder bundles every time and writes nothing', () => {
    const { entry } = project('none', 'x');
    expect(bundleWorker(entry, null).from).toBe('esbuild');
    expect(bundleWorker(entry, null).from).toBe('esbuild');
    expect(files(join(root, 'none'))).toEqual(['entry.ts', 'lib']);
  }, 60_000);

  it('processes racing on an empty cache each get the whole bundle and leave one cache file', async () => {
    const { entry } = project('race', 'raced');
    const cache = join(root, 'race-cache');
    const go = join(root, 'race-go');
    const child = join(import.meta.dirname, 'worker-bundle-child.ts');
    const outputs = Array.from({ length: 3 }, () => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, entry, cache, go], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let text = '';
      const ready = new Promise<void>((resolve) =>
        proc.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.startsWith('ready\n')) resolve();
        }),
      );
      const done = new Promise<string>((resolve, reject) =>
        proc.on('exit', (status) => (status === 0 ? resolve(text) : reject(new Error(`child exited ${status}`)))),
      );
      return { ready, done };
    });
    await Promise.all(outputs.map((o) => o.ready));
    writeFileSync(go, '');
    const results = (await Promise.all(outputs.map((o) => o.done))).map(
      (text) => JSON.parse(text.split('\n')[1]!) as { from: string; hash: string },
    );
    const { code } = bundleWorker(entry, null);
    const hash = createHash('sha256').update(code).digest('hex');
    expect(results.map((r) => r.hash)).toEqual([hash, hash, hash]);
    expect(files(cache)).toHaveLength(1);
    expect(files(cache)[0]).toMatch(/^entry-[0-9a-f]+\.json$/);
    expect(bundleWorker(entry, cache)).toEqual({ code, from: 'cache' });
  }, 120_000);
});
