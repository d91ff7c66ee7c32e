// HyperBall in a real browser (Debian's headless Chromium via playwright-core): the core bundled by
// esbuild runs the WebAssembly SIMD HyperBall kernel in a page (plain memory, no workers) and gives
// Node's bits: the counters' estimate sums step by step and separation's HyperBall summary.
// Skipped with a note when Chromium is absent (never in CI).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { adjacency, createHyperBall, fromEdges, separation } from '../../src/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
  console.warn(`NOTE: ${CHROMIUM} not found: the browser test of the HyperBall kernel is skipped (apt-get install -y chromium).`);
}

// Runs in the page (and in Node, for the expected answer): a 1500-node ring with chords.
const program = `
const n = 1500;
const sources = [], targets = [];
for (let i = 0; i < n; i++) { sources.push(i, i); targets.push((i + 1) % n, (i * 37) % n); }
const csr = hs.fromEdges({ sources, targets });
const hb = hs.createHyperBall(hs.adjacency(csr), 6, 5);
const totals = new Float64Array(9);
hb.estimate(totals, 'current');
const series = [Array.from(totals)];
while (hb.step() > 0) { hb.estimate(totals, 'delta'); hb.commit(); series.push(Array.from(totals)); }
const s = hs.separation(csr, { method: 'hyperball', log2m: 7 });
return { kernel: hb.kernel, series, mean: s.meanDistance, errors: s.errors, distribution: s.distribution };
`;

describe.skipIf(!present)('the HyperBall kernel in headless Chromium', () => {
  it('runs from the bundled core with the bits Node gives', async () => {
    const bundle = await build({ entryPoints: [join(import.meta.dirname, '..', '..', 'src', 'index.ts')], bundle: true, format: 'iife', globalName: 'hs', platform: 'browser', write: false, logLevel: 'silent' });
    const dir = mkdtempSync(join(tmpdir(), 'hs-hyperball-'));
    const file = join(dir, 'hyperball.html');
    writeFileSync(file, `<!doctype html><meta charset="utf-8"><script>${bundle.outputFiles[0]!.text}</script><script>window.result = (() => {${program}})();</script>`);
    const expected = new Function('hs', program)({ adjacency, createHyperBall, fromEdges, separation });
    expect(expected.kernel).toBe('wasm');
    expect(expected.series.length).toBeGreaterThan(3);
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
