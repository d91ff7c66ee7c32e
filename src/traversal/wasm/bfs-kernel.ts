// The table of bfs-kernel.wat (wasm/kernel-spec.ts): the level steps of single-source BFS and the
// scratch they use beside the adjacency. Edit it with the .wat, then run `npm run build:wasm`.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { COUNT_LEVELS } from '../level-steps.js';
import { bfsKernelWasm } from './bfs-kernel-wasm.js';

/** Level ends one `topDownRun` call can record. */
export const RUN_LEVELS = 1024;

/** bfs-kernel.wat: each export's parameters (`offs`… are the adjacency, the rest scratch or values). */
export const BFS_KERNEL = defineKernel({
  plain: bfsKernelWasm,
  exports: {
    topDown: 'offs tgts dist queue from to depth countEdges st',
    bottomUp: 'n offs roffs rtgts dist queue front nextFront seen words depth st',
    topDownRun: 'offs tgts dist queue from to depth maxLevels maxFrontier unexplored alpha ends st',
    levelCounts: 'n offs tgts dist queue source maxDistance counts capacity st',
    markBits: 'bits words queue from to',
    resetDist: 'dist queue count',
  },
});

/**
 * The scratch of one BFS engine over n nodes (bytes per region): dist and queue (i32 per node),
 * the frontier, next-frontier and seen bitmaps, the state block (i32 tail, i32 nextEdges,
 * f64 scanned, f64 unexplored after topDownRun) and the level ends of one topDownRun (or the per-distance counts of one levelCounts).
 *
 * @remarks Time O(1); 8n + 3n/8 bytes in all.
 */
export function bfsScratch(n: number) {
  const words = (n + 31) >>> 5;
  return {
    dist: 4 * n,
    queue: 4 * n,
    front: 4 * words,
    nextFront: 4 * words,
    seen: 4 * words,
    st: 24,
    ends: 4 * Math.max(RUN_LEVELS, Math.min(COUNT_LEVELS, n + 1)),
  };
}
