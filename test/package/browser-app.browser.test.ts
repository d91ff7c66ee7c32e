// A web app that installed the packed package and bundles it, as `esbuild --bundle
// --platform=browser` (and Vite or webpack, checked by hand: docs/performance.md) would: the app
// imports `handshakes` and `handshakes/viz` by name, graphology is bundled too, the page runs in
// headless Chromium over http. The bundle holds no Node built-in and no file of `handshakes/node`,
// stays within its size, and the WebAssembly kernels run in the page with the answers Node gives.
// Skipped with a note without Chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FLAGS, chromiumPresent } from '../chromium.js';
import { consumer } from './consumer.js';

const present = chromiumPresent('a bundled web app');
const KB = 1024;

// The app: a separation on a small people graph, a BFS on 2,000 nodes (past the size where the
// kernels run in WebAssembly), an ego picture, and an error class across entries.
const APP = `import { adjacency, connection, createBfs, createPeopleGraph, fromEdges, NodeNotFoundError, separation } from 'handshakes';
import { renderEgoSvg } from 'handshakes/viz';
const g = createPeopleGraph();
for (const [a, b] of [['ada', 'bob'], ['bob', 'cy'], ['cy', 'dee'], ['dee', 'eve'], ['bob', 'eve']]) g.mergeEdge(a, b);
const n = 2000, sources = [], targets = [];
for (let i = 0; i < n; i++) { sources.push(i, i); targets.push((i + 1) % n, (i * 7) % n); }
const bfs = createBfs(adjacency(fromEdges({ sources, targets })));
bfs.run(0);
let error = null;
try { renderEgoSvg(g, 'nobody'); } catch (e) { error = e instanceof NodeNotFoundError ? e.code : String(e); }
const link = connection(g, 'ada', 'eve');
export const result = { path: link.paths[0], label: link.label, mean: separation(g, { method: 'exact' }).meanDistance, kernel: bfs.kernel, far: Array.from(bfs.dist.subarray(0, 50)), svg: renderEgoSvg(g, 'ada').startsWith('<svg'), error };
`;

let bundle = '';
let inputs: string[] = [];

beforeAll(async () => {
  const { dir } = consumer();
  const app = join(dir, 'browser-app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'main.js'), `${APP}window.result = result;\n`);
  const out = await build({
    entryPoints: [join(app, 'main.js')],
    absWorkingDir: dir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  inputs = Object.keys((out.metafile as Metafile).inputs);
}, 300_000);

describe('a web app bundling the installed package (esbuild, platform browser)', () => {
  it('pulls in no Node built-in and nothing of handshakes/node', () => {
    expect(inputs.filter((i) => /^node:|\(disabled\)|^(fs|path|os|url|worker_threads|zlib|crypto)$/.test(i))).toEqual(
      [],
    );
    expect(inputs.filter((i) => /node_modules\/handshakes\/dist\/(node|cli)\//.test(i))).toEqual([]);
    expect(inputs.some((i) => i.includes('node_modules/graphology/'))).toBe(true);
  });

  // 148,661 bytes (47,951 gzipped) on 2026-12-07: connection, separation, a BFS, an ego picture, graphology.
  it('is at most 160 KB minified, graphology included', () => expect(bundle.length).toBeLessThanOrEqual(160 * KB));

  it.skipIf(!present)(
    'runs in Chromium over http: the WebAssembly kernels, the answers Node gives',
    async () => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
      try {
        const page = await browser.newPage();
        const problems: string[] = [];
        page.on('pageerror', (e) => problems.push(e.message));
        page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url === 'http://app.test/')
            return route.fulfill({
              contentType: 'text/html',
              body: '<!doctype html><meta charset="utf-8"><script type="module" src="/main.js"></script>',
            });
          if (url === 'http://app.test/main.js') return route.fulfill({ contentType: 'text/javascript', body: bundle });
          problems.push(`unexpected request ${url}`);
          return route.abort();
        });
        await page.goto('http://app.test/', { waitUntil: 'load' });
        await page.waitForFunction(() => 'result' in window, undefined, { timeout: 60_000 });
        const inPage = await page.evaluate(() => (window as unknown as { result: unknown }).result);
        // the same program in Node over the installed package
        const file = join(consumer().dir, 'browser-app', 'node.mjs');
        writeFileSync(file, APP);
        const { result: inNode } = (await import(file)) as { result: Record<string, unknown> };
        expect(problems).toEqual([]);
        expect(inPage).toEqual({ ...inNode, kernel: 'wasm' });
        expect(inNode).toMatchObject({ path: ['ada', 'bob', 'eve'], svg: true, error: 'NODE_NOT_FOUND' });
      } finally {
        await browser.close();
      }
    },
    300_000,
  );
});
