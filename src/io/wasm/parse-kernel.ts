// The table of parse-kernel.wat (wasm/kernel-spec.ts): the integer-pair line parser of edge lists,
// driven by wasm-int-lines.ts. Edit it with the .wat, then run `npm run build:wasm`.

import { defineKernel } from '../../wasm/kernel-spec.js';
import { parseKernelWasm } from './parse-kernel-wasm.js';

/** parse-kernel.wat: the parameters of `parse` (byte addresses and positions). */
export const PARSE_KERNEL = defineKernel({
  plain: parseKernelWasm,
  exports: {
    parse: 'bytes p limit outA outB st',
  },
});
