// One BFS level, top-down (frontier pushes to its unvisited neighbours) or bottom-up (every
// unvisited node looks for a parent in a bitmap of the frontier; Beamer et al., SC'12). Both
// append the next level to `queue` in place and update `dist`, so levels can alternate freely.
// Bitmaps are Uint32Array words, bit (v & 31) of word (v >>> 5); `seen` marks every visited node.

import type { Adjacency } from '../csr/adjacency.js';
import { COUNT_LEVELS, type LevelSteps, type StepState } from './level-steps.js';

/**
 * Expands the frontier `queue[from … to)` (nodes at distance `depth`) top-down.
 * When `countEdges` is set, sums the out-degrees of the nodes found into `state.nextEdges`.
 */
export function topDownStep(
  offsets: Int32Array,
  targets: Int32Array,
  dist: Int32Array,
  queue: Int32Array,
  from: number,
  to: number,
  depth: number,
  countEdges: boolean,
  state: StepState,
): void {
  const next = depth + 1;
  let tail = state.tail;
  let scanned = 0;
  let nextEdges = 0;
  for (let i = from; i < to; i++) {
    const u = queue[i]!;
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    scanned += end - start;
    for (let j = start; j < end; j++) {
      const v = targets[j]!;
      if (dist[v] !== -1) continue;
      dist[v] = next;
      queue[tail++] = v;
    }
  }
  // Degrees of the new frontier, read in one pass after the level (queue order, no branch inside
  // the hot loop above); measured in bench/bfs.bench.ts as cheaper than summing while pushing.
  if (countEdges) for (let i = to; i < tail; i++) nextEdges += offsets[queue[i]! + 1]! - offsets[queue[i]!]!;
  state.tail = tail;
  state.scanned += scanned;
  state.nextEdges = nextEdges;
}

/**
 * Finds the nodes at distance `depth + 1` bottom-up: every node not in `seen` scans its reverse
 * adjacency for a member of `front` and stops at the first. Marks them in `nextFront` (cleared by
 * the caller) and `seen`, appends them to `queue` in id order, and sums their forward degrees.
 */
export function bottomUpStep(
  n: number,
  offsets: Int32Array,
  inOffsets: Int32Array,
  inTargets: Int32Array,
  dist: Int32Array,
  queue: Int32Array,
  front: Uint32Array,
  nextFront: Uint32Array,
  seen: Uint32Array,
  depth: number,
  state: StepState,
): void {
  const next = depth + 1;
  const words = seen.length;
  let tail = state.tail;
  let scanned = 0;
  let nextEdges = 0;
  for (let w = 0; w < words; w++) {
    const visited = seen[w]!;
    if (visited === -1 >>> 0) continue; // 32 visited nodes skipped at once
    let open = ~visited >>> 0;
    let found = 0;
    const base = w << 5;
    while (open !== 0) {
      const low = open & -open;
      open ^= low;
      const v = base + (31 - Math.clz32(low));
      if (v >= n) break;
      const start = inOffsets[v]!;
      const end = inOffsets[v + 1]!;
      for (let j = start; j < end; j++) {
        const u = inTargets[j]!;
        if ((front[u >>> 5]! & (1 << (u & 31))) !== 0) {
          scanned += j - start + 1;
          found |= low;
          dist[v] = next;
          queue[tail++] = v;
          nextEdges += offsets[v + 1]! - offsets[v]!;
          break;
        }
      }
      if ((found & low) === 0) scanned += end - start;
    }
    if (found !== 0) {
      seen[w] = visited | found;
      nextFront[w] = found;
    }
  }
  state.tail = tail;
  state.scanned += scanned;
  state.nextEdges = nextEdges;
}

/**
 * A whole top-down BFS from `queue[0]` (dist 0, `state.tail` = 1), at most `maxDistance` hops,
 * recording `counts[d]` = nodes at distance d while d < counts.length, then resetting `dist` to -1.
 * Deeper BFS count instead in one pass over the queue, in place over `queue[0 … levels)` (level d
 * ends at or past index d, so slot d is read before it is written). The twin of the WebAssembly
 * `levelCounts`; returns levels (eccentricity + 1) and leaves the last node visited in
 * `state.nextEdges`.
 */
export function levelCountsStep(
  offsets: Int32Array,
  targets: Int32Array,
  dist: Int32Array,
  queue: Int32Array,
  maxDistance: number,
  counts: Int32Array,
  state: StepState,
): number {
  let levelStart = 0;
  let levelEnd = 1;
  let level = 0;
  state.tail = 1;
  counts[0] = 1;
  for (let next = 1; next <= maxDistance; next++) {
    topDownStep(offsets, targets, dist, queue, levelStart, levelEnd, next - 1, false, state);
    if (state.tail === levelEnd) break;
    level = next;
    if (next < counts.length) counts[next] = state.tail - levelEnd;
    levelStart = levelEnd;
    levelEnd = state.tail;
  }
  const tail = state.tail;
  state.nextEdges = queue[tail - 1]!;
  if (level < counts.length) {
    // Past n/8 nodes one sequential fill is cheaper than undoing them one by one.
    if (tail > dist.length >>> 3) dist.fill(-1);
    else for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    return level + 1;
  }
  level = 0;
  let start = 0;
  for (let i = 0; i < tail; i++) {
    const v = queue[i]!;
    const d = dist[v]!;
    dist[v] = -1;
    if (d !== level) {
      queue[level] = i - start;
      level = d;
      start = i;
    }
  }
  queue[level] = tail - start;
  return level + 1;
}

/** Clears `bits` and sets the bit of every node in `queue[from … to)`. */
export function markBits(bits: Uint32Array, queue: Int32Array, from: number, to: number): void {
  bits.fill(0);
  for (let i = from; i < to; i++) {
    const v = queue[i]!;
    bits[v >>> 5] = bits[v >>> 5]! | (1 << (v & 31));
  }
}

/**
 * The JavaScript level kernels over an adjacency, with their scratch (dist, queue; bitmaps on the
 * first bottom-up level).
 *
 * @remarks Memory O(n) once.
 */
export function jsLevelSteps(adj: Adjacency): LevelSteps {
  const n = adj.order;
  const { offsets, targets, inOffsets, inTargets } = adj;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const words = (n + 31) >>> 5;
  // Bitmaps for bottom-up levels, allocated on the first one (top-down-only users never pay).
  let front = new Uint32Array(0);
  let nextFront = front;
  let seen = front;
  const state: StepState = { tail: 0, nextEdges: 0, scanned: 0 };
  // Per-distance counts of levelCounts up to this depth (deeper BFS count over the queue).
  const counts = new Int32Array(Math.min(COUNT_LEVELS, n + 1));
  return {
    kernel: 'js',
    dist,
    queue,
    state,
    begin(source, count) {
      // Past n/8 nodes one sequential fill is cheaper than undoing them one by one.
      if (count > n >>> 3) dist.fill(-1);
      else for (let i = 0; i < count; i++) dist[queue[i]!] = -1;
      dist[source] = 0;
      queue[0] = source;
      state.tail = 1;
      state.scanned = 0;
    },
    topDown(from, to, depth, countEdges) {
      topDownStep(offsets, targets, dist, queue, from, to, depth, countEdges, state);
    },
    levelCounts(source, count, maxDistance) {
      this.begin(source, count);
      const levels = levelCountsStep(offsets, targets, dist, queue, maxDistance, counts, state);
      return { counts: (levels <= counts.length ? counts : queue).subarray(0, levels), last: state.nextEdges };
    },
    enterBottomUp(levelStart, levelEnd) {
      if (seen.length === 0) {
        front = new Uint32Array(words);
        nextFront = new Uint32Array(words);
        seen = new Uint32Array(words);
      }
      markBits(seen, queue, 0, levelEnd);
      markBits(front, queue, levelStart, levelEnd);
    },
    bottomUp(depth) {
      nextFront.fill(0);
      bottomUpStep(n, offsets, inOffsets, inTargets, dist, queue, front, nextFront, seen, depth, state);
      const t = front;
      front = nextFront;
      nextFront = t;
    },
  };
}
