// The table of heap-rows-kernel.wat (wasm/kernel-spec.ts): one thread's share of an undirected
// index built by several threads in a shared heap, driven by heap-row-share.ts. Edit it with the
// .wat, then run `npm run build:wasm`.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { heapRowsKernelWasm } from './heap-rows-kernel-wasm.js';

/** heap-rows-kernel.wat: the parameters of `countRows`, `placeRows` and `dropRows` (values, then byte addresses). */
export const HEAP_ROWS_KERNEL = defineKernel({
  plain: heapRowsKernelWasm,
  exports: {
    countRows: 'm src dst lo span simplify counts st',
    placeRows: 'm src dst lo span simplify cursor entries',
    dropRows: 'offsets entries from to end write bits',
  },
});
