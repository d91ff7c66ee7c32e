// The edge-list parser's integer stretches: the WebAssembly line loop where it can run (set up on
// the first stretch, set up again in the index's heap once the input looks large or has grown so,
// the endpoints moving in once, small), else the JavaScript loop (edge-list-int-lines.ts). The
// same heap holds the input windows file readers fill, so the loop parses them in place.

import { HEAP_MIN_ENTRIES } from '../csr/index-memory.js';
import { type Endpoints, HEAP_MIN_BYTES } from './edge-list-endpoints.js';
import { type IntStretch, jsIntLines } from './edge-list-int-lines.js';
import { createIntLineParser, type IntLineParser } from './wasm/wasm-int-lines.js';

/** Runs integer stretches into the endpoints, choosing the loop and the heap. */
export class IntStretches {
  private wasmLines: IntLineParser | null | undefined; // undefined until the first stretch
  /** Bytes of the chunk the first stretch comes from (the parser replays its head, cut from a larger chunk, first). */
  hint = 0;

  /**
   * @param ends - the endpoints the lines go to.
   * @param kernel - `'js'` forces the JavaScript loop and ordinary arrays.
   */
  constructor(
    private readonly ends: Endpoints,
    private readonly kernel: 'auto' | 'js',
  ) {}

  /**
   * Parses the integer lines of `bytes[p … limit)` (every line ends with NL).
   *
   * @returns where the stretch stopped (limit, or a line for the general path) and what it read.
   * @remarks Time O(bytes parsed).
   */
  run(bytes: Uint8Array, p: number, limit: number): IntStretch {
    const ends = this.ends;
    if (this.wasmLines === undefined || (ends.heap === undefined && ends.src.length >= HEAP_MIN_ENTRIES >>> 1)) {
      const bytes = Math.max(limit - p, this.hint);
      const large = bytes >= HEAP_MIN_BYTES || ends.src.length >= HEAP_MIN_ENTRIES >>> 1;
      const heap = this.kernel === 'js' ? null : ends.useHeap(large);
      if (this.wasmLines === undefined || heap !== null) {
        this.wasmLines?.release();
        this.wasmLines = this.kernel === 'js' ? null : createIntLineParser(bytes, heap);
      }
    }
    const r = this.wasmLines
      ? this.wasmLines(bytes, p, limit, ends.src, ends.dst)
      : jsIntLines(bytes, p, limit, ends.src, ends.dst);
    ends.grew(r.lines, r.p - p);
    return r;
  }

  /** A buffer of `bytes` for input: in the heap where there is one (parsed in place), else an ordinary array. */
  window(bytes: number): Uint8Array {
    const heap = this.kernel === 'js' ? null : this.ends.useHeap(bytes >= HEAP_MIN_BYTES);
    return this.ends.window(bytes, heap);
  }

  /** Releases the WebAssembly loop (before the index is built). */
  release(): void {
    this.wasmLines?.release();
    this.wasmLines = null;
  }
}
