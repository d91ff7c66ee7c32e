// The 128-source WebAssembly kernel on graphs of up to 300 nodes (both 64-bit lanes, partial
// batches, sources in any order): histogram, eccentricity, reach and sums equal the JavaScript
// 64-source kernel's, which test/separation/ms-bfs.prop.test.ts checks against single-source BFS;
// and per-source counts past the 16-bit counters' flush point; and graphs of several of the
// kernel's 16,384-node chunks, through push and pull levels.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { adjacency, createMsBfs, createRng, fromEdges } from '../../src/index.js';
import { createWasmMsBfs } from '../../src/traversal/wasm/wasm-ms-bfs.js';
import { idGraph } from '../arbitraries.js';

const graph = idGraph(300, 4).chain((g) =>
  fc.record({
    n: fc.constant(g.n),
    directed: fc.constant(g.directed),
    edges: fc.constant(g.edges),
    order: fc.shuffledSubarray(
      Array.from({ length: g.n }, (_, i) => i),
      { minLength: 1 },
    ),
  }),
);

function runAll(ms: ReturnType<typeof createMsBfs>, n: number, sources: Int32Array, size: number) {
  const hist = new Float64Array(n + 2);
  const ecc: number[] = [];
  const reached: number[] = [];
  const sums: number[] = [];
  for (let begin = 0; begin < sources.length; begin += size) {
    const count = Math.min(size, sources.length - begin);
    const out = {
      hist,
      ecc: new Int32Array(ms.batchSize),
      reached: new Float64Array(ms.batchSize),
      sums: new Float64Array(ms.batchSize),
    };
    ms.run(sources, begin, count, out);
    ecc.push(...out.ecc.subarray(0, count));
    reached.push(...out.reached.subarray(0, count));
    sums.push(...out.sums.subarray(0, count));
  }
  return { hist: Array.from(hist), ecc, reached, sums };
}

describe('WebAssembly multi-source BFS (128 sources per pass)', () => {
  test.prop(
    [graph, fc.integer({ min: 1, max: 128 }), fc.constantFrom('outbound' as const, 'inbound' as const, 'all' as const)],
    { numRuns: 60 },
  )('equals the JavaScript kernel batch by batch', ({ n, directed, edges, order }, size, mode) => {
    const csr = fromEdges({ sources: edges.map((e) => e[0]), targets: edges.map((e) => e[1]) }, { nodes: n, directed });
    const adj = adjacency(csr, mode);
    const sources = Int32Array.from(order);
    const wasm = createMsBfs(adj, { kernel: 'wasm' });
    expect(wasm.batchSize).toBe(128);
    const got = runAll(wasm, n, sources, size);
    const js = runAll(createMsBfs(adj, { kernel: 'js', words: 4 }), n, sources, size);
    expect(got).toEqual(js);
  });

  it('counts per source past 2^16 nodes in one level (the bit-sliced counters flush mid-level)', () => {
    const leaves = 70_000;
    const csr = fromEdges({
      sources: Array.from({ length: leaves }, () => 0),
      targets: Array.from({ length: leaves }, (_, i) => i + 1),
    });
    const ms = createWasmMsBfs(adjacency(csr))!;
    const sources = Int32Array.of(0, 1, 2);
    const counts = ms.perSourceLevels(sources, 0, 3)!;
    expect(counts.map((c) => Array.from(c))).toEqual([
      [0, leaves, 0],
      [0, 1, leaves - 1],
      [0, 1, leaves - 1],
    ]);
    const reached = new Float64Array(128);
    const sums = new Float64Array(128);
    ms.run(sources, 0, 3, { hist: new Float64Array(leaves + 2), ecc: null, reached, sums });
    expect([Array.from(reached.subarray(0, 3)), Array.from(sums.subarray(0, 3))]).toEqual([
      [leaves, leaves, leaves],
      [leaves, 2 * leaves - 1, 2 * leaves - 1],
    ]);
  });

  it.each([
    ['directed', true],
    ['undirected', false],
  ])('equals the JavaScript kernel on %s graphs spanning several chunks', (_, directed) => {
    // 40,000 nodes = three chunks of the kernel's push and settle calls (the last one partial);
    // 4 out-entries a node on average, so the middle levels pull and the first ones push.
    const n = 40_000;
    const rng = createRng(directed ? 7 : 8);
    const sources: number[] = [];
    const targets: number[] = [];
    for (let e = 0; e < 4 * n; e++) {
      sources.push(rng.int(n));
      targets.push(rng.int(n));
    }
    const csr = fromEdges({ sources, targets }, { nodes: n, directed });
    const order = Int32Array.from({ length: 200 }, (_, i) => (i * 7919) % n); // distinct
    for (const mode of ['outbound', 'inbound'] as const) {
      const adj = adjacency(csr, mode);
      const wasm = runAll(createMsBfs(adj, { kernel: 'wasm' }), n, order, 128);
      expect(wasm.hist.slice(1, 4).every((x) => x > 0)).toBe(true);
      expect(wasm).toEqual(runAll(createMsBfs(adj, { kernel: 'js', words: 4 }), n, order, 128));
    }
  });
});
