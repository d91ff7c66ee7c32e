// The table of scatter-kernel.wat (wasm/kernel-spec.ts): the blocked counting sort of the index
// build, driven by wasm-scatter.ts. Edit it with the .wat, then run `npm run build:wasm`.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { scatterKernelWasm } from './scatter-kernel-wasm.js';

/** scatter-kernel.wat: the parameters of `scatter` (values, then byte addresses of its regions). */
export const SCATTER_KERNEL = defineKernel({
  plain: scatterKernelWasm,
  exports: {
    scatter:
      'n m src dst flags directed reverse simplify shift blockStart cursor entryOf rowOf local bits offsets entries st',
  },
});

/**
 * The regions of one scatter (bytes), named as `scatter`'s parameters: the m edges in, the
 * per-block counters and cursors, each entry's target and row in its block, a block's row counts,
 * the de-duplication bitmap, and the rows out (`most` entries at worst).
 *
 * @remarks Time O(1); about 22 bytes per entry plus 4n.
 */
export function scatterRegions(n: number, m: number, most: number, flags: boolean, shift: number) {
  const blocks = Math.ceil(n / 2 ** shift);
  return {
    src: 4 * m,
    dst: 4 * m,
    flags: flags ? m : 0,
    blockStart: 4 * (blocks + 1),
    cursor: 4 * blocks,
    entryOf: 4 * most,
    rowOf: 2 * most,
    local: 4 << shift,
    bits: 4 * ((n + 31) >>> 5),
    offsets: 4 * (n + 1),
    entries: 4 * most,
    st: 16,
  };
}
