// The edge-list parser's integer-line loop in WebAssembly (parse-kernel.wat, table in
// parse-kernel.ts): bytes are copied in windows that end on a line end, parsed there, and the
// endpoints copied out into the parser's growable arrays. Same lines taken, same values, same stops as the JavaScript loop.

import { allocateArena } from '../../wasm/arena.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import type { IntBuffer } from '../edge-list-keys.js';
import { NL } from '../edge-list-tokens.js';
import { PARSE_KERNEL } from './parse-kernel.js';

/** What one call parsed. */
export interface IntLines {
  /** Position of the first byte not parsed: `limit`, or the start of a line for the general path. */
  p: number;
  /** Lines (= edges) parsed. */
  lines: number;
  /** Lines with a third column. */
  extras: number;
}

/** Parses integer lines of `bytes[p, limit)` (every line ending with NL) into `src` / `dst`. */
export type IntLineParser = (bytes: Uint8Array, p: number, limit: number, src: IntBuffer, dst: IntBuffer) => IntLines;

const MIN_WINDOW = 1 << 16;
const MAX_WINDOW = 1 << 22;

/**
 * A WebAssembly integer-line parser with windows of up to `bytes` bytes (64 KiB … 4 MiB), or
 * `null` when WebAssembly is missing.
 *
 * @remarks Memory: three windows (the bytes, and room for a line per 4 bytes in each endpoint array).
 */
export function createIntLineParser(bytes: number): IntLineParser | null {
  const window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, bytes));
  const arena = allocateArena({ bytes: window + 16, outA: window, outB: window, state: 16 });
  if (arena === null) return null;
  const kernel = bindKernel(PARSE_KERNEL, arena.memory, false);
  if (kernel === null) return null;
  const input = arena.uint8('bytes');
  const outA = arena.int32('outA');
  const outB = arena.int32('outB');
  const state = arena.int32('state');
  const ptr = arena.ptr;
  return (bytes, p, limit, src, dst) => {
    let lines = 0;
    let extras = 0;
    while (p < limit) {
      let end = Math.min(limit, p + window);
      if (end < limit) {
        const nl = bytes.lastIndexOf(NL, end - 1);
        if (nl < p) break; // a line longer than the window: the general path takes it
        end = nl + 1;
      }
      input.set(bytes.subarray(p, end));
      const stop = kernel.parse({
        bytes: ptr.bytes,
        p: 0,
        limit: end - p,
        outA: ptr.outA,
        outB: ptr.outB,
        st: ptr.state,
      });
      const count = state[0]!;
      src.reserve(count);
      dst.reserve(count);
      src.data.set(outA.subarray(0, count), src.length);
      dst.data.set(outB.subarray(0, count), dst.length);
      src.length += count;
      dst.length += count;
      lines += count;
      extras += state[1]!;
      p += stop;
      if (p < end) break; // a line for the general path
    }
    return { p, lines, extras };
  };
}
