// Bit-parallel multi-source BFS (Then et al., "The More the Merrier", VLDB 2015): up to 32·W
// sources share one pass over the edges per level, each source owning one bit of W Int32 words per
// node (node-major: word w of node v at v·W + w). Levels push (top-down) or pull (bottom-up) by
// Beamer's rule on adjacency entries. `msBfsBatch` is self-contained (no imports, no outer names):
// the Node workers rebuild it from its source text, so keep every helper inside its body.
// createMsBfs (create-ms-bfs.ts) runs the 128-source WebAssembly kernel where it can, else this one.

/** Scratch and outputs of `msBfsBatch`, allocated once per engine and reused across batches. */
export interface MsBfsScratch {
  /** Words per node: the batch holds up to 32·words sources. */
  readonly words: number;
  /** Sources that reached v so far, n·words. */
  readonly seen: Int32Array;
  /** Sources whose frontier holds v, n·words. */
  readonly visit: Int32Array;
  /** Next frontier, n·words. */
  readonly next: Int32Array;
  /** Per-word accumulator of the pull step (and of the level's new bits), 2·words. */
  readonly acc: Int32Array;
}

/** Per-batch outputs of `msBfsBatch`; each is optional (pass `null` to skip its cost). */
export interface MsBfsOutputs {
  /** `hist[d] +=` pairs (source, target) at distance d ≥ 1; length > the deepest level reached. */
  hist: Float64Array;
  /** `ecc[i]` = deepest level reached by the batch's i-th source (cheap: one OR per level). */
  ecc: Int32Array | null;
  /** `reached[i]` += targets reached by source i, and `sums[i]` += their distances (cost O(pairs)). */
  reached: Float64Array | null;
  /** See `reached`. */
  sums: Float64Array | null;
}

/**
 * Beamer's α for the JavaScript multi-source kernels: pull when frontier entries · α exceed
 * unexplored entries. The 128-source WebAssembly kernel uses α = 1: a pull row stops early only
 * once all its open bits are found, rare with 128 (docs/performance.md, tuning notes).
 */
export const MS_BFS_ALPHA = 15;

/**
 * Allocates the scratch of a multi-source BFS over n nodes with `words` Int32 words per node.
 *
 * @param n - number of nodes.
 * @param words - words per node (1 → 32 sources per pass, 2 → 64, 4 → 128).
 * @returns the scratch.
 * @remarks Memory 12·words bytes per node.
 */
export function createMsBfsScratch(n: number, words: number): MsBfsScratch {
  return {
    words,
    seen: new Int32Array(n * words),
    visit: new Int32Array(n * words),
    next: new Int32Array(n * words),
    acc: new Int32Array(2 * words),
  };
}

/**
 * Runs one bit-parallel BFS from `sources[begin … begin+count)` (count ≤ 32·words) and adds
 * what it finds to the outputs. Trusts its input: ids in range, distinct sources.
 *
 * @param n - number of nodes.
 * @param offsets - forward bounds.
 * @param targets - forward entries (followed from the sources).
 * @param inOffsets - reverse bounds.
 * @param inTargets - reverse entries (pull steps).
 * @param sources - source ids.
 * @param begin - first index.
 * @param count - batch size.
 * @param scratch - from `createMsBfsScratch`.
 * @param out - outputs, indexed by i − begin for per-source ones.
 * @param maxDistance - stop after this many levels (Infinity for none).
 * @returns the deepest level reached.
 * @remarks Time O(L·(n·W + m·W)) for L levels, W words and m adjacency entries; no allocation.
 * @see Then, Kaufmann, Chirigati et al., "The More the Merrier: Efficient Multi-Source Graph
 * Traversal", PVLDB 8(4), 2014, doi:10.14778/2735496.2735507
 */
export function msBfsBatch(
  n: number,
  offsets: Int32Array,
  targets: Int32Array,
  inOffsets: Int32Array,
  inTargets: Int32Array,
  sources: Int32Array,
  begin: number,
  count: number,
  scratch: MsBfsScratch,
  out: MsBfsOutputs,
  maxDistance: number,
): number {
  const ALPHA = 15; // MS_BFS_ALPHA, repeated here: the kernel must not read outer names
  const W = scratch.words;
  const { seen, acc } = scratch;
  let visit = scratch.visit;
  let next = scratch.next;
  const { hist, ecc, reached, sums } = out;
  const perSource = reached !== null && sums !== null;
  seen.fill(0, 0, n * W);
  visit.fill(0, 0, n * W);
  let frontierEntries = 0;
  for (let i = 0; i < count; i++) {
    const s = sources[begin + i]!;
    const at = s * W + (i >>> 5);
    const bit = 1 << (i & 31);
    seen[at] = seen[at]! | bit;
    visit[at] = visit[at]! | bit;
    frontierEntries += offsets[s + 1]! - offsets[s]!;
    if (ecc !== null) ecc[i] = 0;
  }
  // full[w] is held in acc[W + w] during the whole run: the bits of word w used by this batch.
  for (let w = 0; w < W; w++) {
    const bits = Math.min(32, Math.max(0, count - 32 * w));
    acc[W + w] = bits === 32 ? -1 : (1 << bits) - 1;
  }
  let unexplored = offsets[n]!;
  let depth = 0;
  const levelBits = new Int32Array(W); // one small allocation per batch, not per node
  while (depth < maxDistance) {
    const pull = frontierEntries * ALPHA > unexplored;
    if (!pull) {
      next.fill(0, 0, n * W);
      for (let u = 0; u < n; u++) {
        const base = u * W;
        let any = 0;
        for (let w = 0; w < W; w++) any |= visit[base + w]!;
        if (any === 0) continue;
        const start = offsets[u]!;
        const end = offsets[u + 1]!;
        for (let j = start; j < end; j++) {
          const tb = targets[j]! * W;
          for (let w = 0; w < W; w++) next[tb + w] = next[tb + w]! | visit[base + w]!;
        }
      }
    } else {
      for (let v = 0; v < n; v++) {
        const base = v * W;
        let open = 0;
        for (let w = 0; w < W; w++) {
          const unseen = acc[W + w]! & ~seen[base + w]!;
          acc[w] = 0;
          open |= unseen;
        }
        if (open === 0) {
          for (let w = 0; w < W; w++) next[base + w] = 0;
          continue;
        }
        const start = inOffsets[v]!;
        const end = inOffsets[v + 1]!;
        for (let j = start; j < end; j++) {
          const ub = inTargets[j]! * W;
          let missing = 0;
          for (let w = 0; w < W; w++) {
            const a = acc[w]! | visit[ub + w]!;
            acc[w] = a;
            missing |= acc[W + w]! & ~seen[base + w]! & ~a;
          }
          if (missing === 0) break;
        }
        for (let w = 0; w < W; w++) next[base + w] = acc[w]!;
      }
    }
    // Keep only new bits, count them, and measure the next frontier.
    let found = 0;
    frontierEntries = 0;
    unexplored = 0;
    levelBits.fill(0);
    const level = depth + 1;
    for (let v = 0; v < n; v++) {
      const base = v * W;
      let anyNew = 0;
      let open = 0;
      for (let w = 0; w < W; w++) {
        const s = seen[base + w]!;
        let x = next[base + w]! & ~s;
        next[base + w] = x;
        seen[base + w] = s | x;
        open |= acc[W + w]! & ~(s | x);
        if (x === 0) continue;
        anyNew = 1;
        levelBits[w] = levelBits[w]! | x;
        if (perSource) {
          while (x !== 0) {
            const low = x & -x;
            const i = 32 * w + 31 - Math.clz32(low);
            reached[i] = reached[i]! + 1;
            sums[i] = sums[i]! + level;
            x ^= low;
          }
          x = next[base + w]!;
        }
        x = x - ((x >>> 1) & 0x55555555);
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
        found += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
      }
      const degree = offsets[v + 1]! - offsets[v]!;
      if (anyNew !== 0) frontierEntries += degree;
      if (open !== 0) unexplored += degree;
    }
    if (found === 0) break;
    hist[level] = hist[level]! + found;
    depth = level;
    if (ecc !== null) {
      for (let w = 0; w < W; w++) {
        let x = levelBits[w]!;
        while (x !== 0) {
          const low = x & -x;
          ecc[32 * w + 31 - Math.clz32(low)] = level;
          x ^= low;
        }
      }
    }
    // The new frontier becomes the visit set; the old one is overwritten by the next level.
    const swap = visit;
    visit = next;
    next = swap;
  }
  return depth;
}
