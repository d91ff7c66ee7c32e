// The CDN build (dist/browser/) as a web page uses it: the README's <script type="module"> snippet
// and a page over the core and handshakes/viz, in headless Chromium, with the jsDelivr URLs served
// from the installed package and graphology bundled as jsDelivr's +esm does (no network: every
// other request fails). The WebAssembly kernels must run there. Skipped with a note without Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumPresent } from '../chromium.js';
import { ROOT, consumer } from './consumer.js';

const present = chromiumPresent('the CDN build');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const GRAPHOLOGY = (
  JSON.parse(readFileSync(join(ROOT, 'node_modules/graphology/package.json'), 'utf8')) as { version: string }
).version;
const CDN = 'https://cdn.jsdelivr.net/npm/';

/** Opens `html` at https://example.test/ with the CDN served locally; returns the page's errors too. */
async function open(
  html: string,
  check: (page: Page) => Promise<unknown>,
): Promise<{ result: unknown; errors: string[] }> {
  const dist = join(consumer().dir, 'node_modules/handshakes/dist/browser');
  const graphology = (
    await build({
      entryPoints: [join(ROOT, 'node_modules/graphology/dist/graphology.mjs')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      const js = (body: string): Promise<void> =>
        route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          headers: { 'access-control-allow-origin': '*' },
          body,
        });
      if (url === 'https://example.test/') return route.fulfill({ status: 200, contentType: 'text/html', body: html });
      if (url === `${CDN}graphology@${GRAPHOLOGY}/+esm`) return js(graphology);
      const file = url.startsWith(`${CDN}handshakes@${VERSION}/dist/browser/`)
        ? url.slice(`${CDN}handshakes@${VERSION}/dist/browser/`.length)
        : null;
      if (file !== null && /^[\w.-]+\.js$/.test(file)) return js(readFileSync(join(dist, file), 'utf8'));
      errors.push(`unexpected request ${url}`);
      return route.abort();
    });
    await page.goto('https://example.test/', { waitUntil: 'load' });
    return { result: await check(page), errors };
  } finally {
    await browser.close();
  }
}

describe.skipIf(!present)('the CDN build in headless Chromium', () => {
  it("runs the README's web page snippet as printed", async () => {
    const snippet = /```html\n([\s\S]*?)```/.exec(README)![1]!;
    expect(snippet).toContain(`${CDN}handshakes@${VERSION}/dist/browser/index.js`);
    expect(snippet).toContain(`${CDN}graphology@${GRAPHOLOGY}/+esm`);
    const { result, errors } = await open(
      `<!doctype html><meta charset="utf-8"><body></body>${snippet}`,
      async (page) => {
        await page.waitForFunction(() => document.body.innerHTML.includes('mean distance'), undefined, {
          timeout: 30_000,
        });
        return page.evaluate(() => ({
          text: document.querySelector('p')!.textContent,
          svg: document.querySelectorAll('svg rect').length,
        }));
      },
    );
    expect(errors).toEqual([]);
    // A 6-cycle: distances 1, 1, 2, 2, 3 from every node.
    expect(result).toEqual({ text: 'mean distance 1.8 hops', svg: expect.any(Number) });
    expect((result as { svg: number }).svg).toBeGreaterThan(0);
  }, 300_000);

  it('runs the core (WebAssembly kernels, a people graph on graphology) and handshakes/viz', async () => {
    const page = `<!doctype html><meta charset="utf-8">
<script type="importmap">{ "imports": { "graphology": "${CDN}graphology@${GRAPHOLOGY}/+esm" } }</script>
<script type="module">
  import * as hs from '${CDN}handshakes@${VERSION}/dist/browser/index.js';
  import * as viz from '${CDN}handshakes@${VERSION}/dist/browser/viz.js';
  const n = 500, sources = [], targets = [];
  for (let i = 0; i < n; i++) { sources.push(i, i); targets.push((i + 1) % n, (i * 7) % n); }
  const csr = hs.fromEdges({ sources, targets });
  const bfs = hs.createBfs(hs.adjacency(csr));
  bfs.run(0);
  const people = hs.createPeopleGraph();
  for (const [a, b] of [['ada', 'bob'], ['bob', 'cy'], ['cy', 'dee']]) people.mergeEdge(a, b);
  const report = viz.renderReport(viz.collectReport(people, { me: 'ada', target: 'dee' }));
  let error = null;
  try { viz.egoLayout(people, 'nobody'); } catch (e) { error = e instanceof hs.NodeNotFoundError ? e.code : String(e); }
  window.result = { kernel: bfs.kernel, msBatch: hs.createMsBfs(hs.adjacency(csr)).batchSize, far: bfs.dist[250], mean: hs.separation(csr, { method: 'exact' }).meanDistance, path: hs.shortestPath(people, 'ada', 'dee'), report: report.startsWith('<!doctype html>'), error };
</script>`;
    const { result, errors } = await open(page, async (p) => {
      await p.waitForFunction(() => 'result' in window, undefined, { timeout: 30_000 });
      return p.evaluate(() => (window as unknown as { result: unknown }).result);
    });
    expect(errors).toEqual([]);
    const hs = await import(join(consumer().dir, 'node_modules/handshakes/dist/index.js'));
    const n = 500;
    const sources: number[] = [];
    const targets: number[] = [];
    for (let i = 0; i < n; i++) sources.push(i, i), targets.push((i + 1) % n, (i * 7) % n);
    const csr = hs.fromEdges({ sources, targets });
    const bfs = hs.createBfs(hs.adjacency(csr));
    bfs.run(0);
    expect(result).toEqual({
      kernel: 'wasm',
      msBatch: 128,
      far: bfs.dist[250],
      mean: hs.separation(csr, { method: 'exact' }).meanDistance,
      path: ['ada', 'bob', 'cy', 'dee'],
      report: true,
      error: 'NODE_NOT_FOUND',
    });
  }, 300_000);
});
