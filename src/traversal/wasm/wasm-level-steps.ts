// The WebAssembly level kernels (bfs-kernel.wat, table in bfs-kernel.ts) over an adjacency: read in
// place when the index lives in a heap (its scratch goes beside it), else from a copy in the
// engine's own memory. Scratch: dist, queue, three bitmaps, a 24-byte state block (i32 tail,
// i32 nextEdges, f64 scanned, f64 unexplored after topDownRun); dist and queue are views of it.

import type { Adjacency } from '../../csr/adjacency.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import { COUNT_LEVELS, type LevelSteps, type StepState } from '../level-steps.js';
import { adjacencyArena, kernelGraph } from './arena-adjacency.js';
import { BFS_KERNEL, bfsScratch, RUN_LEVELS } from './bfs-kernel.js';

export { RUN_LEVELS };

/**
 * The WebAssembly level kernels over `adj`, or `null` when WebAssembly is missing or the memory
 * would pass 4 GiB (the caller then uses the JavaScript kernels).
 *
 * @remarks Time O(n) beside an index built in a heap (the scratch is freed when the engine, its
 * dist and its queue are collected); otherwise O(n + m) to copy the adjacency, 4(n + m) bytes
 * more (twice m for a directed graph's reverse arrays). Scratch 8n + 3n/8 bytes.
 */
export function wasmLevelSteps(adj: Adjacency): LevelSteps | null {
  const n = adj.order;
  const words = (n + 31) >>> 5;
  const placed = adjacencyArena(adj, bfsScratch(n), false);
  if (placed === null) return null;
  const { arena } = placed;
  const kernel = bindKernel(BFS_KERNEL, arena.memory, arena.shared);
  if (kernel === null) return null;
  const g = kernelGraph(placed.graph);
  const p = arena.ptr;
  const dist = arena.int32('dist').fill(-1);
  const queue = arena.int32('queue');
  const stateI32 = arena.int32('st');
  const stateF64 = arena.float64('st');
  const ends = arena.int32('ends');
  let front = p.front;
  let nextFront = p.nextFront;
  const state: StepState = { tail: 0, nextEdges: 0, scanned: 0 };
  const read = (): void => {
    state.tail = stateI32[0]!;
    state.nextEdges = stateI32[1]!;
    state.scanned = stateF64[1]!;
  };
  // What never changes is bound once (wasm/kernel-spec.ts: a per-call literal spreading g cost
  // 20–40 µs a level on Node 20, twice a small graph's BFS).
  const scratch = { n, words, dist: p.dist, queue: p.queue, seen: p.seen, ends: p.ends, counts: p.ends, st: p.st };
  const resetDist = kernel.resetDist.with(scratch);
  const topDown = kernel.topDown.with(g, scratch);
  const topDownRun = kernel.topDownRun.with(g, scratch);
  const levelCounts = kernel.levelCounts.with(g, scratch);
  const markBits = kernel.markBits.with(scratch);
  const bottomUp = kernel.bottomUp.with(g, scratch);
  const steps: LevelSteps = {
    kernel: 'wasm',
    dist,
    queue,
    state,
    begin(source, count) {
      if (count > n >>> 3) dist.fill(-1);
      else resetDist({ count });
      dist[source] = 0;
      queue[0] = source;
      stateI32[0] = 1;
      stateI32[1] = 0;
      stateF64[1] = 0;
      read();
    },
    topDown(from, to, depth, countEdges) {
      topDown({ from, to, depth, countEdges: countEdges ? 1 : 0 });
      read();
    },
    topDownRun(from, to, depth, maxLevels, maxFrontier, unexplored, alpha) {
      const levels = topDownRun({
        from,
        to,
        depth,
        maxLevels: Math.min(maxLevels, RUN_LEVELS),
        maxFrontier,
        unexplored,
        alpha,
      });
      read();
      return { levels, ends, unexplored: stateF64[2]! };
    },
    levelCounts(source, count, maxDistance) {
      this.begin(source, count);
      const capacity = Math.max(RUN_LEVELS, Math.min(COUNT_LEVELS, n + 1));
      const levels = levelCounts({ source, maxDistance: Math.min(maxDistance, 2 ** 31 - 1), capacity });
      read();
      return { counts: (levels <= capacity ? ends : queue).subarray(0, levels), last: stateI32[1]! };
    },
    enterBottomUp(levelStart, levelEnd) {
      markBits({ bits: p.seen, from: 0, to: levelEnd });
      markBits({ bits: front, from: levelStart, to: levelEnd });
    },
    bottomUp(depth) {
      bottomUp({ front, nextFront, depth });
      read();
      const t = front;
      front = nextFront;
      nextFront = t;
    },
  };
  arena.block?.heap.freeWhenCollected(arena.block.address, [steps, dist, queue]);
  return steps;
}
