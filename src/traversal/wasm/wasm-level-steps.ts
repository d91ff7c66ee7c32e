// The WebAssembly level kernels (bfs-kernel.wat) over a copy of an adjacency in their own memory:
// forward and reverse arrays (one copy when they are the same), dist, queue, three bitmaps and a
// 24-byte state block (i32 tail, i32 nextEdges, f64 scanned, f64 unexplored after topDownRun). dist and queue are views of it.

import type { Adjacency } from '../../csr/adjacency.js';
import { COUNT_LEVELS, type LevelSteps, type StepState } from '../level-steps.js';
import { allocateArena } from '../../wasm/arena.js';
import { adjacencyRegions, writeAdjacency } from './arena-adjacency.js';
import { bfsKernelWasm } from './bfs-kernel-wasm.js';
import { instantiateKernel } from '../../wasm/kernel.js';

interface BfsKernel {
  topDown(
    offs: number,
    tgts: number,
    dist: number,
    queue: number,
    from: number,
    to: number,
    depth: number,
    countEdges: number,
    st: number,
  ): void;
  bottomUp(
    n: number,
    offs: number,
    roffs: number,
    rtgts: number,
    dist: number,
    queue: number,
    front: number,
    nextFront: number,
    seen: number,
    words: number,
    depth: number,
    st: number,
  ): void;
  levelCounts(
    n: number,
    offs: number,
    tgts: number,
    dist: number,
    queue: number,
    source: number,
    maxDistance: number,
    counts: number,
    capacity: number,
    st: number,
  ): number;
  markBits(bits: number, words: number, queue: number, from: number, to: number): void;
  resetDist(dist: number, queue: number, count: number): void;
  topDownRun(
    offs: number,
    tgts: number,
    dist: number,
    queue: number,
    from: number,
    to: number,
    depth: number,
    maxLevels: number,
    maxFrontier: number,
    unexplored: number,
    alpha: number,
    ends: number,
    st: number,
  ): number;
}

/** Level ends one `topDownRun` call can record. */
export const RUN_LEVELS = 1024;

/**
 * The WebAssembly level kernels over a copy of `adj`, or `null` when WebAssembly is missing or the
 * copy would not fit in a 4 GiB memory (the caller then uses the JavaScript kernels).
 *
 * @remarks Time O(n + m) to copy the adjacency; memory 4(n + m) bytes more (twice m for a directed
 * graph's reverse arrays) plus 8n + 3n/8 bytes of scratch.
 */
export function wasmLevelSteps(adj: Adjacency): LevelSteps | null {
  const n = adj.order;
  const words = (n + 31) >>> 5;
  const countLevels = Math.min(COUNT_LEVELS, n + 1);
  const arena = allocateArena({
    ...adjacencyRegions(adj),
    dist: 4 * n,
    queue: 4 * n,
    front: 4 * words,
    nextFront: 4 * words,
    seen: 4 * words,
    state: 24,
    ends: 4 * Math.max(RUN_LEVELS, countLevels),
  });
  if (arena === null) return null;
  const kernel = instantiateKernel<BfsKernel>(bfsKernelWasm, arena.memory);
  if (kernel === null) return null;
  const { offsets: offs, targets: tgts, reverseOffsets: roffs, reverseTargets: rtgts } = writeAdjacency(arena, adj);
  const p = arena.ptr;
  const dist = arena.int32('dist').fill(-1);
  const queue = arena.int32('queue');
  const stateI32 = arena.int32('state');
  const stateF64 = arena.float64('state');
  const ends = arena.int32('ends');
  let front = p.front;
  let nextFront = p.nextFront;
  const state: StepState = { tail: 0, nextEdges: 0, scanned: 0 };
  const read = (): void => {
    state.tail = stateI32[0]!;
    state.nextEdges = stateI32[1]!;
    state.scanned = stateF64[1]!;
  };
  return {
    kernel: 'wasm',
    dist,
    queue,
    state,
    begin(source, count) {
      if (count > n >>> 3) dist.fill(-1);
      else kernel.resetDist(p.dist, p.queue, count);
      dist[source] = 0;
      queue[0] = source;
      stateI32[0] = 1;
      stateI32[1] = 0;
      stateF64[1] = 0;
      read();
    },
    topDown(from, to, depth, countEdges) {
      kernel.topDown(offs, tgts, p.dist, p.queue, from, to, depth, countEdges ? 1 : 0, p.state);
      read();
    },
    topDownRun(from, to, depth, maxLevels, maxFrontier, unexplored, alpha) {
      const levels = kernel.topDownRun(
        offs,
        tgts,
        p.dist,
        p.queue,
        from,
        to,
        depth,
        Math.min(maxLevels, RUN_LEVELS),
        maxFrontier,
        unexplored,
        alpha,
        p.ends,
        p.state,
      );
      read();
      return { levels, ends, unexplored: stateF64[2]! };
    },
    levelCounts(source, count, maxDistance) {
      this.begin(source, count);
      const capacity = Math.max(RUN_LEVELS, countLevels);
      const max = Math.min(maxDistance, 2 ** 31 - 1);
      const levels = kernel.levelCounts(n, offs, tgts, p.dist, p.queue, source, max, p.ends, capacity, p.state);
      read();
      return { counts: (levels <= capacity ? ends : queue).subarray(0, levels), last: stateI32[1]! };
    },
    enterBottomUp(levelStart, levelEnd) {
      kernel.markBits(p.seen, words, p.queue, 0, levelEnd);
      kernel.markBits(front, words, p.queue, levelStart, levelEnd);
    },
    bottomUp(depth) {
      kernel.bottomUp(n, offs, roffs, rtgts, p.dist, p.queue, front, nextFront, p.seen, words, depth, p.state);
      read();
      const t = front;
      front = nextFront;
      nextFront = t;
    },
  };
}
