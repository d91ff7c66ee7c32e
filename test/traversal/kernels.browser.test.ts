// The browser-safe core in a real browser (Debian's headless Chromium via playwright-core): the
// core bundled by esbuild runs its WebAssembly BFS and multi-source BFS kernels in a page, with the
// same answers as in Node. Skipped with a note when Chromium is absent (never in CI).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adjacency, createBfs, fromEdges, separation } from '../../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
  console.warn(`NOTE: ${CHROMIUM} not found: the browser test of the WebAssembly kernels is skipped (apt-get install -y chromium).`);
}

// Runs in the page (and in Node, for the expected answer): a 500-node ring with chords.
const program = `
const n = 500;
const sources = [], targets = [];
for (let i = 0; i < n; i++) { sources.push(i, i); targets.push((i + 1) % n, (i * 7) % n); }
const csr = hs.fromEdges({ sources, targets });
const bfs = hs.createBfs(hs.adjacency(csr));
bfs.run(0);
const s = hs.separation(csr, { method: 'exact' });
return { kernel: bfs.kernel, far: bfs.dist[250], sum: Array.from(bfs.dist).reduce((a, b) => a + b, 0), mean: s.meanDistance, distribution: s.distribution };
`;

describe.skipIf(!present)('WebAssembly kernels in headless Chromium', () => {
  it('run from the bundled core with the answers Node gives', async () => {
    const bundle = await build({ entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'index.ts')], bundle: true, format: 'iife', globalName: 'hs', platform: 'browser', write: false, logLevel: 'silent' });
    const dir = mkdtempSync(join(tmpdir(), 'hs-kernels-'));
    const file = join(dir, 'kernels.html');
    writeFileSync(file, `<!doctype html><meta charset="utf-8"><script>${bundle.outputFiles[0]!.text}</script><script>window.result = (() => {${program}})();</script>`);
    const expected = new Function('hs', program)({ adjacency, createBfs, fromEdges, separation });
    expect(expected.kernel).toBe('wasm');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual(expected);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
