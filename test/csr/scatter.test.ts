// fromEdges past the partition threshold (2^19 edges) must give the same rows, in the same
// order, as a naive per-edge build; undirected, directed (out and in) and mixed, with self-loops
// and repeated edges, simplified or not. Up to 2^21 rows the build goes row by row, straight into
// the index's heap: no other WebAssembly memory (the blocked kernel's, 22 bytes per entry, made
// Barabási–Albert 10⁵ / 10⁶ into a Csr 1.22× slower than before the heap, issue 18).
import { afterEach, describe, expect, it } from 'vitest';
import { fromEdges, type Csr } from '../../src/index.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';

function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function naiveRows(
  n: number,
  s: Int32Array,
  t: Int32Array,
  undirected: (i: number) => boolean,
  reverse: boolean,
  simplify: boolean,
): number[][] {
  const rows: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < s.length; i++) {
    const [a, b] = reverse ? [t[i]!, s[i]!] : [s[i]!, t[i]!];
    if (a === b && simplify) continue;
    rows[a]!.push(b);
    if (a !== b && undirected(i)) rows[b]!.push(a);
  }
  return simplify ? rows.map((r) => [...new Set(r)]) : rows;
}

// The first row that differs (its index and both versions), or null.
function firstDifference(offsets: Int32Array, targets: Int32Array, rows: number[][]): unknown {
  for (let u = 0; u < rows.length; u++) {
    const got = targets.subarray(offsets[u]!, offsets[u + 1]!);
    const want = rows[u]!;
    if (got.length !== want.length || want.some((v, j) => got[j] !== v)) return { u, got: Array.from(got), want };
  }
  return null;
}

describe('fromEdges on large inputs (partitioned scatter)', () => {
  const n = 5000;
  const m = 560_000; // 1.12 M entries when undirected, just past the threshold
  const rnd = lcg(7);
  const s = new Int32Array(m);
  const t = new Int32Array(m);
  const flags = new Uint8Array(m);
  for (let i = 0; i < m; i++) {
    s[i] = Math.floor(rnd() * n);
    t[i] = rnd() < 0.01 ? s[i]! : Math.floor(rnd() * n);
    flags[i] = rnd() < 0.5 ? 1 : 0;
  }
  const check = (csr: Csr, undirected: (i: number) => boolean, simplify: boolean): void => {
    expect(firstDifference(csr.offsets, csr.targets, naiveRows(n, s, t, undirected, false, simplify))).toBeNull();
    if (csr.directed)
      expect(firstDifference(csr.inOffsets, csr.inTargets, naiveRows(n, s, t, undirected, true, simplify))).toBeNull();
  };
  it('undirected, simplified and not', () => {
    check(fromEdges({ sources: s, targets: t }, { nodes: n }), () => true, true);
    check(fromEdges({ sources: s, targets: t }, { nodes: n, simplify: false }), () => true, false);
  });
  it('directed and mixed', () => {
    check(fromEdges({ sources: s, targets: t }, { nodes: n, directed: true }), () => false, true);
    check(
      fromEdges({ sources: s, targets: t, undirectedEdges: flags }, { nodes: n, directed: true, simplify: false }),
      (i) => flags[i] === 1,
      false,
    );
  });
});

describe('fromEdges up to 2^21 rows', () => {
  const Memory = WebAssembly.Memory;
  afterEach(() => {
    WebAssembly.Memory = Memory;
  });

  it('builds row by row in its heap: one WebAssembly memory, the heap itself', () => {
    const n = 100_000;
    const m = 600_000; // past 2^19 edges, where the blocked build used to start
    const rnd = lcg(11);
    const sources = Int32Array.from({ length: m }, () => Math.floor(rnd() * n));
    const targets = Int32Array.from({ length: m }, () => Math.floor(rnd() * n));
    let memories = 0;
    // a real WebAssembly memory that counts its constructions
    WebAssembly.Memory = class extends Memory {
      constructor(descriptor: WebAssembly.MemoryDescriptor) {
        super(descriptor);
        memories++;
      }
    };
    const csr = fromEdges({ sources, targets }, { nodes: n, memory: 'wasm', simplify: false });
    WebAssembly.Memory = Memory;
    expect(heapOf(csr.offsets, csr.targets)).not.toBeNull();
    expect(memories).toBe(1);
    expect(
      firstDifference(
        csr.offsets,
        csr.targets,
        naiveRows(n, sources, targets, () => true, false, false),
      ),
    ).toBeNull();
  });
});
