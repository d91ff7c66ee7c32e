// The table of hyperball-kernel.wat (wasm/kernel-spec.ts): HyperBall's step and estimate, and the
// regions they use beside the forward adjacency. The engine (hyperball.ts) and the workers
// (node/hyperball-worker.ts) both call it through this table.

import { HYPERBALL_CHUNK, HYPERBALL_SLOT, hyperBallTablesLength } from '../hyperball-estimate.js';
import { defineKernel } from '../../wasm/kernel-spec.js';
import { hyperballKernelWasm } from './hyperball-kernel-wasm.js';

/** Scratch bytes per thread (8 f64 block sums, 8 i32 block zero counts). */
export const HYPERBALL_SCRATCH = 128;

/** hyperball-kernel.wat: the parameters of `step` and `estimate` (byte addresses and values). */
export const HYPERBALL_KERNEL = defineKernel({
  plain: hyperballKernelWasm,
  exports: {
    step: 'offs tgts cur next was now m from to',
    estimate: 'm cur next changed counted from to chunk sums tables scratch',
  },
});

/**
 * HyperBall's regions over n nodes with 2^log2m registers a counter, for `threads` threads: two
 * counter arrays (64-byte aligned: `pad` puts registers0 at a multiple of 64), two changed-flag
 * arrays, the counted flags, the chunk sums, the estimator's tables and scratch per thread.
 *
 * @remarks Time O(1); 2·2^log2m + 3 bytes per node.
 */
export function hyperBallRegions(n: number, log2m: number, threads: number) {
  const m = 1 << log2m;
  return {
    pad: 48, // an arena's regions start 16 bytes into a 64-byte aligned block
    registers0: n * m,
    registers1: n * m,
    flags0: n,
    flags1: n,
    counted: n,
    sums: 8 * HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK),
    tables: 8 * hyperBallTablesLength(m),
    scratch: HYPERBALL_SCRATCH * threads,
  };
}

/** Names of HyperBall's regions. */
export type HyperBallRegion = keyof ReturnType<typeof hyperBallRegions>;
