// The table of direct-scatter-kernel.wat (wasm/kernel-spec.ts): the row-by-row counting sort of
// the index build in its heap, driven by heap-scatter.ts. Edit it with the .wat, then run
// `npm run build:wasm`.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { directScatterKernelWasm } from './direct-scatter-kernel-wasm.js';

/** direct-scatter-kernel.wat: the parameters of `direct` (values, then byte addresses of regions). */
export const DIRECT_SCATTER_KERNEL = defineKernel({
  plain: directScatterKernelWasm,
  exports: {
    direct: 'n m src dst directed reverse simplify cursor bits offsets entries st',
  },
});
