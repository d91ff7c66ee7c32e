// HyperBall (Boldi & Vigna 2013; HyperANF, WWW 2011): one HyperLogLog counter of m = 2^log2m
// byte registers per node estimates the ball B(v, t) of nodes within t hops of v. Step t+1 sets
// c(v) ← c(v) ∪ ⋃ c(u) over v's out-neighbours u that changed at step t (the others were merged
// already), with a broadword max of four registers per Int32 (registers < 128, so no carry).
// Double-buffered: `registers` holds step t, `nextRegisters` step t+1 until `commit()`.

import type { Adjacency } from '../csr/adjacency.js';

/** A HyperBall run over one adjacency. */
export interface HyperBall {
  /** Registers per counter, m = 2^log2m. */
  readonly m: number;
  /** Steps committed so far (t: counters hold balls of radius t). */
  readonly radius: number;
  /** Counters at radius t: the m registers of node v at bytes v·m … v·m + m − 1. */
  readonly registers: Uint8Array;
  /** Counters at radius t + 1 after `step()`, before `commit()`. */
  readonly nextRegisters: Uint8Array;
  /** `changed[v] === 1` when v's counter changed in the last step. */
  readonly changed: Uint8Array;
  /** Computes radius t + 1 into `nextRegisters` and `changed`; returns how many counters changed. */
  step(): number;
  /** Makes the last step's counters current. */
  commit(): void;
}

/** Murmur3's 32-bit finaliser: a fast, well-mixed hash of an integer. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Creates a HyperBall run whose counters start as {v} for every node v.
 *
 * The register of v is picked by one hash of (v, seed), its value (1 + leading zeros) by a
 * second, independent one, so values run from 1 to 33.
 *
 * @param adj - the adjacency: balls grow along forward arcs (`outbound` balls).
 * @param log2m - log2 of the registers per counter, 2 … 16.
 * @param seed - hash seed; different seeds give independent runs.
 * @returns the run at radius 0.
 * @remarks Memory 2·m bytes per node plus 2 bytes per node. Each step takes time O(n + m_c·m/4)
 * where m_c is the number of adjacency entries pointing to a changed node.
 * @see Boldi, Vigna, "In-core computation of geometric centralities with HyperBall: a hundred
 * billion nodes and beyond", ICDMW 2013, doi:10.1109/ICDMW.2013.10; Boldi, Rosa, Vigna,
 * "HyperANF: approximating the neighbourhood function of very large graphs on a budget", WWW 2011,
 * doi:10.1145/1963405.1963493
 * @example
 * const hb = createHyperBall(adjacency(csr), 6, 1);
 * while (hb.step() > 0) hb.commit();
 */
export function createHyperBall(adj: Adjacency, log2m: number, seed: number): HyperBall {
  const n = adj.order;
  const m = 1 << log2m;
  const words = m >>> 2;
  let current = new Int32Array(n * words);
  let next = new Int32Array(n * words);
  let changed = new Uint8Array(n).fill(1);
  let nextChanged = new Uint8Array(n);
  const bytes = new Uint8Array(current.buffer);
  const seedA = fmix32(seed ^ 0x3c6ef372);
  const seedB = fmix32(seed ^ 0x1b873593);
  for (let v = 0; v < n; v++) {
    const j = fmix32(v ^ seedA) >>> (32 - log2m);
    const rank = Math.clz32(fmix32(Math.imul(v, 0x9e3779b1) ^ seedB)) + 1;
    bytes[v * m + j] = rank;
  }
  const { offsets, targets } = adj;
  const HIGH = 0x80808080 | 0;
  const run = {
    m,
    radius: 0,
    registers: bytes,
    nextRegisters: new Uint8Array(next.buffer),
    changed,
    step(): number {
      // Locals for the closure's reassigned bindings, read once per step.
      const cur = current;
      const nxt = next;
      const was = changed;
      const now = nextChanged;
      let count = 0;
      for (let v = 0; v < n; v++) {
        const base = v * words;
        const end = offsets[v + 1]!;
        let grew = 0;
        let copied = false;
        for (let j = offsets[v]!; j < end; j++) {
          const u = targets[j]!;
          if (was[u] === 0) continue;
          if (!copied) {
            for (let w = 0; w < words; w++) nxt[base + w] = cur[base + w]!;
            copied = true;
          }
          const ub = u * words;
          for (let w = 0; w < words; w++) {
            const a = nxt[base + w]!;
            const b = cur[ub + w]!;
            // Byte-wise a ≥ b leaves the byte's high bit set in ((a | H) − b) & H.
            const mask = Math.imul((((a | HIGH) - b) & HIGH) >>> 7, 0xff);
            const max = (a & mask) | (b & ~mask);
            if (max !== a) {
              nxt[base + w] = max;
              grew = 1;
            }
          }
        }
        if (!copied) for (let w = 0; w < words; w++) nxt[base + w] = cur[base + w]!;
        now[v] = grew;
        count += grew;
      }
      run.changed = now;
      return count;
    },
    commit(): void {
      const swap = current;
      current = next;
      next = swap;
      const flags = changed;
      changed = nextChanged;
      nextChanged = flags;
      run.registers = new Uint8Array(current.buffer);
      run.nextRegisters = new Uint8Array(next.buffer);
      run.changed = changed;
      run.radius++;
    },
  };
  return run;
}
