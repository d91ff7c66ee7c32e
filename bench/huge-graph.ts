// Erdős–Rényi G(n, p) generated straight into the index, for graphs too big to write as text
// (10⁸ nodes / 10⁹ edges: 15 GB of text, 8 GB of index). Batagelj & Brandes' skipping walk draws
// geometric gaps between the pairs (v, w), w < v, that are edges: never twice, never a loop. Pairs
// go by blocks of 2¹⁶ × 2¹⁶ nodes so the writes stay in cache (one walk over all pairs wrote each
// mirror entry at random: 92 s for 10⁸ edges). Two passes replay the same random stream: the first
// counts each row, the second writes them; rows come out sorted, and no edge list is ever held.

import type { Csr } from '../src/csr/csr.js';
import { integerKeys } from '../src/csr/node-keys.js';

/** A small, fast 32-bit generator (mulberry32): the walk replays it from its seed. */
function uniform(seed: number): () => number {
  let x = seed | 0;
  return () => {
    x = (x + 0x6d2b79f5) | 0;
    let t = Math.imul(x ^ (x >>> 15), 1 | x);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) + 0.5) / 4294967296; // in (0, 1), never 0
  };
}

/** Rows per block: a block pair's cursors (2 × 256 KiB) stay in cache while its edges are written. */
const BLOCK = 1 << 16;

/**
 * One walk over the pairs, block pair by block pair: counts rows (targets null) or writes them
 * through `counts` as cursors. Restarting the geometric gaps at each block pair keeps every pair
 * an independent Bernoulli(p) draw (the gaps are memoryless).
 */
function walk(n: number, logq: number, seed: number, counts: Int32Array, targets: Int32Array | null): number {
  const rand = uniform(seed);
  let edges = 0;
  for (let a = 0; a < n; a += BLOCK) {
    const sa = Math.min(BLOCK, n - a);
    for (let b = 0; b <= a; b += BLOCK) {
      const sb = Math.min(BLOCK, n - b);
      const diagonal = a === b;
      const pairs = diagonal ? (sa * (sa - 1)) / 2 : sa * sb;
      let k = -1;
      for (;;) {
        k += 1 + Math.floor(Math.log(rand()) / logq);
        if (k >= pairs) break;
        let v: number;
        let w: number;
        if (diagonal) {
          // k-th pair (v, w), w < v, of the triangle in row order: k = v(v − 1)/2 + w.
          v = Math.floor((1 + Math.sqrt(1 + 8 * k)) / 2);
          while ((v * (v - 1)) / 2 > k) v--;
          while (((v + 1) * v) / 2 <= k) v++;
          w = b + k - (v * (v - 1)) / 2;
          v += a;
        } else {
          const r = Math.floor(k / sb);
          v = a + r;
          w = b + k - r * sb;
        }
        if (targets === null) {
          counts[v + 1]!++;
          counts[w + 1]!++;
        } else {
          targets[counts[v]!++] = w;
          targets[counts[w]!++] = v;
        }
        edges++;
      }
    }
  }
  return edges;
}

/**
 * G(n, p) with p chosen for `edges` expected edges, as an undirected index with integer keys.
 *
 * @param n - number of nodes (< 2³¹).
 * @param edges - expected number of edges (2·edges < 2³¹: the offsets are Int32).
 * @param seed - the random stream's seed.
 * @returns the index (rows sorted, simple) and the seconds each pass took.
 * @remarks Time O(n + m); memory 8 bytes per edge and 8 per node (offsets and a cursor).
 */
export function gnpIndex(n: number, edges: number, seed = 42): { csr: Csr; passes: number[] } {
  const p = edges / ((n * (n - 1)) / 2);
  const logq = Math.log1p(-p);
  const t0 = performance.now();
  const offsets = new Int32Array(n + 1);
  const m = walk(n, logq, seed, offsets, null);
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const t1 = performance.now();
  const targets = new Int32Array(2 * m);
  const cursor = offsets.slice(0, n);
  walk(n, logq, seed, cursor, targets);
  const t2 = performance.now();
  const csr: Csr = Object.freeze({
    kind: 'csr' as const,
    directed: false,
    order: n,
    size: m,
    offsets,
    targets,
    inOffsets: offsets,
    inTargets: targets,
    keys: integerKeys(n),
    dropped: Object.freeze({ selfLoops: 0, duplicates: 0 }),
  });
  return { csr, passes: [(t1 - t0) / 1e3, (t2 - t1) / 1e3] };
}

/**
 * Checks the index invariants and the symmetry of a generated graph (for small sizes).
 *
 * @returns a reason, or null when the index is valid.
 */
export function checkIndex(csr: Csr): string | null {
  const { order: n, offsets, targets } = csr;
  if (offsets[0] !== 0 || offsets[n] !== targets.length) return 'bad bounds';
  let mirrored = 0;
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = targets[j]!;
      if (v < 0 || v >= n || v === u) return `bad entry ${u} → ${v}`;
      if (j > offsets[u]! && targets[j - 1]! >= v) return `row ${u} not strictly increasing`;
      // v's row holds u: binary search in the sorted row.
      let lo = offsets[v]!;
      let hi = offsets[v + 1]! - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const x = targets[mid]!;
        if (x === u) {
          mirrored++;
          break;
        }
        if (x < u) lo = mid + 1;
        else hi = mid - 1;
      }
    }
  }
  return mirrored === targets.length ? null : 'not symmetric';
}
