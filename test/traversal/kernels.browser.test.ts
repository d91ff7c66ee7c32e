// The browser-safe core in a real browser (Debian's headless Chromium via playwright-core): the
// core bundled by esbuild runs its WebAssembly BFS and multi-source BFS kernels in a page, with the
// same answers as in Node. Skipped with a note when Chromium is absent (never in CI).
import { describe, expect, it } from 'vitest';
import { chromiumPresent, runInChromium } from '../chromium.js';
import { adjacency, createBfs, fromEdges, separation } from '../../src/index.js';

const present = chromiumPresent('the WebAssembly kernels');

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
    const { node, page, errors } = await runInChromium(program, { adjacency, createBfs, fromEdges, separation });
    expect((node as { kernel: string }).kernel).toBe('wasm');
    expect(errors).toEqual([]);
    expect(page).toEqual(node);
  }, 60_000);
});
