// The large-graph path (graphs past a 4 GiB WebAssembly memory: 10⁹ edges) against the normal one,
// on small graphs forced through it by lowering the internal memory limit: BFS engines fall back to
// the JavaScript kernels, HyperBall streams the rows through a window of a few rows and entries.
// distancesFrom, reachByDegree, HyperBall runs and HyperBall separation must give the same results.
import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import {
  adjacency,
  createBfs,
  createHyperBall,
  distancesFrom,
  reachByDegree,
  separation,
  toCsr,
  type Csr,
} from '../../src/index.js';
import { arenaBytes } from '../../src/wasm/arena.js';
import { setWasmMemoryLimit } from '../../src/wasm/memory-limit.js';
import { hyperBallWindow, windowedHyperBallRegions } from '../../src/traversal/wasm/windowed-hyperball.js';
import { randomGraph, toGraphology } from '../arbitraries.js';

const DEFAULT_WINDOW = { ...hyperBallWindow };

afterEach(() => {
  setWasmMemoryLimit();
  Object.assign(hyperBallWindow, DEFAULT_WINDOW);
});

/** Runs `body` with the limit at `bytes` (restored after, even on a failure). */
function limited<T>(bytes: number, body: () => T): T {
  const previous = setWasmMemoryLimit(bytes);
  try {
    return body();
  } finally {
    setWasmMemoryLimit(previous);
  }
}

/** The widest row: a window holds at least one row. */
function widest(csr: Csr): number {
  let w = 0;
  for (let v = 0; v < csr.order; v++) w = Math.max(w, csr.offsets[v + 1]! - csr.offsets[v]!);
  return w;
}

/** A limit that admits the windowed HyperBall memory but, when the window is smaller, not the copy. */
function windowedLimit(csr: Csr, log2m: number): number {
  const rows = Math.max(1, Math.min(hyperBallWindow.rows, csr.order));
  const entries = Math.max(1, widest(csr), Math.min(hyperBallWindow.entries, csr.targets.length));
  return arenaBytes(windowedHyperBallRegions(csr.order, log2m, rows, entries));
}

/** Every ordered run of HyperBall counters and estimate totals, step by step. */
function hyperBallTrace(csr: Csr, log2m: number, seed: number) {
  const hb = createHyperBall(adjacency(csr), log2m, seed);
  const totals = new Float64Array(9);
  hb.estimate(totals, 'current');
  const trace: { registers: Uint8Array; changed: number; totals: number[] }[] = [];
  for (let step = 0; step < 30; step++) {
    const changed = hb.step();
    hb.estimate(totals, 'delta');
    hb.commit();
    trace.push({ registers: hb.registers.slice(), changed, totals: [...totals] });
    if (changed === 0) break;
  }
  return { kernel: hb.kernel, trace };
}

describe('large-graph path', () => {
  it('is taken below the limit: BFS in JavaScript, HyperBall windowed in WebAssembly', () => {
    const csr = toCsr(
      toGraphology({
        type: 'undirected',
        directed: false,
        nodes: ['a', 'b', 'c'],
        edges: [
          ['a', 'b', true],
          ['b', 'c', true],
        ],
      }),
    );
    expect(createBfs(adjacency(csr)).kernel).toBe('wasm');
    Object.assign(hyperBallWindow, { rows: 1, entries: 1 });
    const limit = windowedLimit(csr, 4);
    limited(limit, () => {
      expect(createBfs(adjacency(csr)).kernel).toBe('js');
      // The copy needs 4(n + 1) + 4·4 bytes of adjacency; the window 4·2 + 4·2.
      expect(createHyperBall(adjacency(csr), 4, 1).kernel).toBe('wasm');
    });
    limited(limit - 16, () => expect(createHyperBall(adjacency(csr), 4, 1).kernel).toBe('js'));
  });

  test.prop([randomGraph({ maxNodes: 16, maxEdges: 48 }), fc.nat(15), fc.integer({ min: 0, max: 4 })])(
    'distancesFrom and reachByDegree give the same answers through the JavaScript kernels',
    (g, pick, maxDegree) => {
      const source = g.nodes[pick % g.nodes.length]!;
      const normal = toCsr(toGraphology(g));
      const large = toCsr(toGraphology(g));
      const expected = {
        distances: distancesFrom(normal, source, { mode: 'all' }),
        outbound: distancesFrom(normal, source),
        reach: reachByDegree(normal, source),
        bounded: reachByDegree(normal, source, { maxDegree }),
      };
      limited(0, () => {
        expect(createBfs(adjacency(large)).kernel).toBe('js');
        expect({
          distances: distancesFrom(large, source, { mode: 'all' }),
          outbound: distancesFrom(large, source),
          reach: reachByDegree(large, source),
          bounded: reachByDegree(large, source, { maxDegree }),
        }).toEqual(expected);
      });
    },
  );

  test.prop([
    randomGraph({ maxNodes: 40, maxEdges: 120 }),
    fc.integer({ min: 4, max: 6 }),
    fc.integer(),
    fc.integer({ min: 1, max: 8 }),
    fc.integer({ min: 1, max: 24 }),
  ])('windowed HyperBall gives the same counters and sums, step by step', (g, log2m, seed, rows, entries) => {
    const csr = toCsr(toGraphology(g));
    const expected = hyperBallTrace(csr, log2m, seed);
    Object.assign(hyperBallWindow, { rows, entries });
    const actual = limited(windowedLimit(csr, log2m), () => hyperBallTrace(csr, log2m, seed));
    expect(actual.kernel).toBe('wasm');
    expect(actual.trace).toEqual(expected.trace);
  });

  test.prop([randomGraph({ maxNodes: 30, maxEdges: 90 }), fc.integer({ min: 1, max: 6 })])(
    'HyperBall separation gives the same distribution and error bars through the window',
    (g, rows) => {
      const normal = toCsr(toGraphology(g));
      const large = toCsr(toGraphology(g));
      const options = { method: 'hyperball', log2m: 4, seed: 3 } as const;
      const expected = separation(normal, options);
      Object.assign(hyperBallWindow, { rows, entries: 8 });
      const limit = windowedLimit(large, 4);
      expect(limited(limit, () => separation(large, options))).toEqual(expected);
    },
  );
});
