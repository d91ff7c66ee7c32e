// HyperBall (Boldi & Vigna 2013; HyperANF, WWW 2011): one HyperLogLog counter of m = 2^log2m
// byte registers per node estimates the ball B(v, t) of nodes within t hops of v. Step t+1 sets
// c(v) ← c(v) ∪ ⋃ c(u) over v's out-neighbours u that changed at step t (the others were merged
// already), with a broadword max of four registers per Int32 (registers < 128, so no carry).
// `hyperBallSeed` and `hyperBallStep` are self-contained (workers rebuild them from source text)
// and work on a node range, so threads can share one step.

import type { Adjacency } from '../csr/adjacency.js';

/**
 * Fills the counters of nodes 0 … n−1 with {v}: the register of v is picked by one hash of
 * (v, seed), its value (1 + leading zeros, 1 … 33) by a second, independent one.
 *
 * @param n - number of nodes.
 * @param log2m - log2 of the registers per counter (2 … 16).
 * @param seed - hash seed.
 * @param registers - n·2^log2m bytes seen as Int32 words, zeroed.
 * @remarks Time O(n).
 */
export function hyperBallSeed(n: number, log2m: number, seed: number, registers: Int32Array): void {
  const fmix32 = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const bytes = new Uint8Array(registers.buffer, registers.byteOffset, registers.byteLength);
  const m = 1 << log2m;
  const seedA = fmix32(seed ^ 0x3c6ef372);
  const seedB = fmix32(seed ^ 0x1b873593);
  for (let v = 0; v < n; v++) {
    const j = fmix32(v ^ seedA) >>> (32 - log2m);
    bytes[v * m + j] = Math.clz32(fmix32(Math.imul(v, 0x9e3779b1) ^ seedB)) + 1;
  }
}

/**
 * One HyperBall step for the nodes `from … to−1`: `next[v] = cur[v] ∪ cur[u]` over out-neighbours
 * u with `was[u] === 1`; sets `now[v]` to 1 when v's counter grew.
 *
 * @param offsets - forward bounds.
 * @param targets - forward entries.
 * @param words - Int32 words per counter (m / 4).
 * @param cur - counters at radius t.
 * @param next - counters at radius t + 1 (written).
 * @param was - changed flags of step t.
 * @param now - changed flags of step t + 1 (written).
 * @param from - first node.
 * @param to - one past the last node.
 * @returns how many counters of the range grew.
 * @remarks Time O(to − from + e·words) where e counts the range's entries to changed nodes.
 */
export function hyperBallStep(offsets: Int32Array, targets: Int32Array, words: number, cur: Int32Array, next: Int32Array, was: Uint8Array, now: Uint8Array, from: number, to: number): number {
  const HIGH = 0x80808080 | 0;
  let count = 0;
  for (let v = from; v < to; v++) {
    const base = v * words;
    for (let w = 0; w < words; w++) next[base + w] = cur[base + w]!;
    const end = offsets[v + 1]!;
    let grew = 0;
    for (let j = offsets[v]!; j < end; j++) {
      const u = targets[j]!;
      if (was[u] === 0) continue;
      const ub = u * words;
      for (let w = 0; w < words; w++) {
        const a = next[base + w]!;
        const b = cur[ub + w]!;
        // Byte-wise a ≥ b leaves the byte's high bit set in ((a | H) − b) & H.
        const mask = Math.imul((((a | HIGH) - b) & HIGH) >>> 7, 0xff);
        const max = (a & mask) | (b & ~mask);
        if (max !== a) {
          next[base + w] = max;
          grew = 1;
        }
      }
    }
    now[v] = grew;
    count += grew;
  }
  return count;
}

/** A single-threaded HyperBall run. */
export interface HyperBall {
  /** Registers per counter, m = 2^log2m. */
  readonly m: number;
  /** Steps committed so far (counters hold balls of this radius). */
  readonly radius: number;
  /** Counters at the current radius: node v's m registers at bytes v·m … v·m + m − 1. */
  readonly registers: Uint8Array;
  /** Counters one step further after `step()`, before `commit()`. */
  readonly nextRegisters: Uint8Array;
  /** `changed[v] === 1` when v's counter grew in the last step. */
  readonly changed: Uint8Array;
  /** Computes the next radius into `nextRegisters` and `changed`; returns how many grew. */
  step(): number;
  /** Makes the last step's counters current. */
  commit(): void;
}

/**
 * Creates a HyperBall run whose counters start as {v} for every node v.
 *
 * @param adj - the adjacency: balls grow along forward arcs (`outbound` balls).
 * @param log2m - log2 of the registers per counter, 2 … 16.
 * @param seed - hash seed; different seeds give independent runs.
 * @returns the run at radius 0.
 * @remarks Memory 2·m + 2 bytes per node. Each step takes time O(n + e·m/4), where e counts the
 * adjacency entries pointing to a node that changed in the previous step.
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
  const words = (1 << log2m) >>> 2;
  const buffers = [new Int32Array(n * words), new Int32Array(n * words)] as const;
  const flags = [new Uint8Array(n).fill(1), new Uint8Array(n)] as const;
  hyperBallSeed(n, log2m, seed, buffers[0]);
  let current = 0;
  const bytes = buffers.map((b) => new Uint8Array(b.buffer));
  const run = {
    m: 1 << log2m,
    radius: 0,
    registers: bytes[0]!,
    nextRegisters: bytes[1]!,
    changed: flags[0] as Uint8Array,
    step(): number {
      const c = current;
      const count = hyperBallStep(adj.offsets, adj.targets, words, buffers[c]!, buffers[1 - c]!, flags[c]!, flags[1 - c]!, 0, n);
      run.changed = flags[1 - c]!;
      return count;
    },
    commit(): void {
      current = 1 - current;
      run.registers = bytes[current]!;
      run.nextRegisters = bytes[1 - current]!;
      run.changed = flags[current]!;
      run.radius++;
    },
  };
  return run;
}
