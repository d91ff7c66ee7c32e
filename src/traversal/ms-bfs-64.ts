// The 64-source specialisation of `msBfsBatch` (two Int32 words per node held in locals, no word
// loop): same contract, same outputs, checked against the generic kernel and single-source BFS in
// test/separation/ms-bfs.prop.test.ts. Self-contained like the generic kernel (workers rebuild it
// from its source text). Faster than 1, 4 or 8 generic words in bench/separation.bench.ts.

import type { MsBfsOutputs, MsBfsScratch } from './ms-bfs.js';

/**
 * Runs one bit-parallel BFS from up to 64 sources `sources[begin … begin+count)`; see
 * `msBfsBatch` for the parameters and outputs. `scratch.words` must be 2.
 *
 * @returns the deepest level reached.
 * @remarks Time O(L·(n + m)) for L levels and m adjacency entries; no allocation.
 */
export function msBfsBatch64(
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
  const ALPHA = 15;
  const seen = scratch.seen;
  let visit = scratch.visit;
  let next = scratch.next;
  const { hist, ecc, reached, sums } = out;
  const perSource = reached !== null && sums !== null;
  seen.fill(0, 0, 2 * n);
  visit.fill(0, 0, 2 * n);
  let frontierEntries = 0;
  for (let i = 0; i < count; i++) {
    const s = sources[begin + i]!;
    const at = 2 * s + (i >>> 5);
    const bit = 1 << (i & 31);
    seen[at] = seen[at]! | bit;
    visit[at] = visit[at]! | bit;
    frontierEntries += offsets[s + 1]! - offsets[s]!;
    if (ecc !== null) ecc[i] = 0;
  }
  const full0 = count >= 32 ? -1 : (1 << count) - 1;
  const full1 = count >= 64 ? -1 : count <= 32 ? 0 : (1 << (count - 32)) - 1;
  let unexplored = offsets[n]!;
  let depth = 0;
  while (depth < maxDistance) {
    const level = depth + 1;
    const pull = frontierEntries * ALPHA > unexplored;
    let found = 0;
    let level0 = 0;
    let level1 = 0;
    frontierEntries = 0;
    unexplored = 0;
    if (!pull) {
      next.fill(0, 0, 2 * n);
      for (let u = 0; u < n; u++) {
        const x0 = visit[2 * u]!;
        const x1 = visit[2 * u + 1]!;
        if ((x0 | x1) === 0) continue;
        const end = offsets[u + 1]!;
        for (let j = offsets[u]!; j < end; j++) {
          const t = 2 * targets[j]!;
          next[t] = next[t]! | x0;
          next[t + 1] = next[t + 1]! | x1;
        }
      }
    }
    // Pull levels gather and settle each node in one pass (only seen[v] and visit[·] are read, so
    // settling v early changes nothing for later nodes); push levels settle what they scattered.
    for (let v = 0; v < n; v++) {
      const s0 = seen[2 * v]!;
      const s1 = seen[2 * v + 1]!;
      const open0 = full0 & ~s0;
      const open1 = full1 & ~s1;
      let x0 = 0;
      let x1 = 0;
      if (pull) {
        if ((open0 | open1) !== 0) {
          const end = inOffsets[v + 1]!;
          for (let j = inOffsets[v]!; j < end; j++) {
            const u = 2 * inTargets[j]!;
            x0 |= visit[u]!;
            x1 |= visit[u + 1]!;
            if (((open0 & ~x0) | (open1 & ~x1)) === 0) break;
          }
        }
        x0 &= open0;
        x1 &= open1;
      } else {
        x0 = next[2 * v]! & open0;
        x1 = next[2 * v + 1]! & open1;
      }
      next[2 * v] = x0;
      next[2 * v + 1] = x1;
      const degree = offsets[v + 1]! - offsets[v]!;
      if (((open0 & ~x0) | (open1 & ~x1)) !== 0) unexplored += degree;
      if ((x0 | x1) === 0) continue;
      seen[2 * v] = s0 | x0;
      seen[2 * v + 1] = s1 | x1;
      frontierEntries += degree;
      level0 |= x0;
      level1 |= x1;
      if (perSource) {
        for (let w = 0; w < 2; w++) {
          let x = w === 0 ? x0 : x1;
          while (x !== 0) {
            const low = x & -x;
            const i = 32 * w + 31 - Math.clz32(low);
            reached[i] = reached[i]! + 1;
            sums[i] = sums[i]! + level;
            x ^= low;
          }
        }
      }
      x0 = x0 - ((x0 >>> 1) & 0x55555555);
      x0 = (x0 & 0x33333333) + ((x0 >>> 2) & 0x33333333);
      x1 = x1 - ((x1 >>> 1) & 0x55555555);
      x1 = (x1 & 0x33333333) + ((x1 >>> 2) & 0x33333333);
      found +=
        (Math.imul((x0 + (x0 >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) +
        (Math.imul((x1 + (x1 >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    if (found === 0) break;
    hist[level] = hist[level]! + found;
    depth = level;
    if (ecc !== null) {
      for (let w = 0; w < 2; w++) {
        let x = w === 0 ? level0 : level1;
        while (x !== 0) {
          const low = x & -x;
          ecc[32 * w + 31 - Math.clz32(low)] = level;
          x ^= low;
        }
      }
    }
    const swap = visit;
    visit = next;
    next = swap;
  }
  return depth;
}
