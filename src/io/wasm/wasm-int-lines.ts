// The edge-list parser's integer-line loop in WebAssembly (parse-kernel.wat, table in
// parse-kernel.ts), in windows that end on a line end. Over a heap (wasm/wasm-heap.ts), bytes that
// already live there are parsed in place and the endpoints written straight into the parser's
// arrays when those live there too (no copy in or out); otherwise bytes are copied into a window
// and the endpoints out of two. Same lines taken, same values, same stops as the JavaScript loop.

import { allocateArena } from '../../wasm/arena.js';
import { bindKernel } from '../../wasm/kernel-spec.js';
import { inMemory } from '../../wasm/heap-region.js';
import type { WasmHeap } from '../../wasm/wasm-heap.js';
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
export type IntLineParser = ((
  bytes: Uint8Array,
  p: number,
  limit: number,
  src: IntBuffer,
  dst: IntBuffer,
) => IntLines) & {
  /** Returns the parser's heap blocks (heap mode); it must not be used afterwards. */
  release(): void;
};

const MIN_WINDOW = 1 << 16;
const MAX_WINDOW = 1 << 22;

// The regions one parser needs, by name: bytes in, endpoints out (a line takes 4 bytes at least).
interface Regions {
  bytes: number;
  outA: number;
  outB: number;
  state: number;
}

/**
 * A WebAssembly integer-line parser with windows of up to `bytes` bytes (64 KiB … 4 MiB), or
 * `null` when WebAssembly is missing. With `heap`, it runs in that heap (see the header).
 *
 * @remarks Memory: three windows (the bytes, and room for a line per 4 bytes in each endpoint
 * array), allocated in the heap only when needed.
 */
export function createIntLineParser(bytes: number, heap: WasmHeap | null = null): IntLineParser | null {
  const window = Math.min(MAX_WINDOW, Math.max(MIN_WINDOW, bytes));
  const sizes: Regions = { bytes: window + 16, outA: window, outB: window, state: 16 };
  let memory: WebAssembly.Memory;
  let region: (name: keyof Regions) => number | null;
  const held: number[] = [];
  if (heap === null) {
    const arena = allocateArena(sizes);
    if (arena === null) return null;
    memory = arena.memory;
    region = (name) => arena.ptr[name];
  } else {
    memory = heap.memory;
    const ptr: Partial<Record<keyof Regions, number>> = {};
    region = (name) => {
      let at = ptr[name];
      if (at === undefined) {
        const got = heap.alloc(sizes[name]);
        if (got === null) return null;
        held.push(got);
        ptr[name] = at = got;
      }
      return at;
    };
  }
  const kernel = bindKernel(PARSE_KERNEL, memory, heap !== null);
  const st = region('state');
  if (kernel === null || st === null) return null;
  const state = (): Int32Array => new Int32Array(memory.buffer, st, 2);
  const parse = (bytes: Uint8Array, p: number, limit: number, src: IntBuffer, dst: IntBuffer): IntLines => {
    let lines = 0;
    let extras = 0;
    const inPlace = heap !== null && inMemory(memory, bytes);
    while (p < limit) {
      let end = Math.min(limit, p + window);
      if (end < limit) {
        const nl = bytes.lastIndexOf(NL, end - 1);
        if (nl < p) break; // a line longer than the window: the general path takes it
        end = nl + 1;
      }
      let base: number;
      if (inPlace) base = bytes.byteOffset + p;
      else {
        const at = region('bytes');
        if (at === null) break; // the heap is full: the general path goes on
        new Uint8Array(memory.buffer, at, end - p).set(bytes.subarray(p, end));
        base = at;
      }
      // Straight into the parser's arrays when they live in this heap (reserved for a line per 4 bytes).
      const most = ((end - p) >>> 2) + 1;
      if (heap !== null) {
        src.reserve(most);
        dst.reserve(most);
      }
      const direct = heap !== null && src.heap?.memory === memory && dst.heap?.memory === memory;
      const outA = direct ? src.address + 4 * src.length : region('outA');
      const outB = direct ? dst.address + 4 * dst.length : region('outB');
      if (outA === null || outB === null) break;
      const stop = kernel.parse({ bytes: base, p: 0, limit: end - p, outA, outB, st });
      const [count, extra] = state();
      if (!direct) {
        src.reserve(count!);
        dst.reserve(count!);
        src.data.set(new Int32Array(memory.buffer, outA, count), src.length);
        dst.data.set(new Int32Array(memory.buffer, outB, count), dst.length);
      }
      src.length += count!;
      dst.length += count!;
      lines += count!;
      extras += extra!;
      p += stop;
      if (p < end) break; // a line for the general path
    }
    return { p, lines, extras };
  };
  return Object.assign(parse, {
    release() {
      if (heap !== null) for (const at of held.splice(0)) heap.free(at);
    },
  });
}
