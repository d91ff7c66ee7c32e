// HyperBall in a real browser (Debian's headless Chromium via playwright-core): the core bundled by
// esbuild runs the WebAssembly SIMD HyperBall kernel in a page (plain memory, no workers) and gives
// Node's bits: the counters' estimate sums step by step and separation's HyperBall summary.
// Skipped with a note when Chromium is absent (never in CI).
import { describe, expect, it } from 'vitest';
import { chromiumPresent, runInChromium } from '../chromium.js';
import { adjacency, createHyperBall, fromEdges, separation } from '../../src/index.js';

const present = chromiumPresent('the HyperBall kernel');

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
    const { node, page, errors } = await runInChromium(program, { adjacency, createHyperBall, fromEdges, separation });
    const { kernel, series } = node as { kernel: string; series: unknown[] };
    expect(kernel).toBe('wasm');
    expect(series.length).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    expect(page).toEqual(node);
  }, 60_000);
});
