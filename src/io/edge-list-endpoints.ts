// The edge-list parser's endpoints: two growable Int32Arrays of sources and targets. For large
// inputs they live in the WebAssembly heap the index is then built in (csr/index-memory.ts): the
// parse kernel writes there, the scatter reads there in place, and no endpoint is copied. Past
// what the heap build takes they move to ordinary arrays. Input windows come from the same heap.

import type { Csr } from '../csr/csr.js';
import { buildCsr } from '../csr/from-edges.js';
import { HEAP_MIN_ENTRIES, type IndexMemory, indexStorage } from '../csr/index-memory.js';
import type { NodeKeys } from '../csr/node-keys.js';
import { heapScatterAllocator } from '../csr/wasm/heap-scatter.js';
import { wasmMemoryLimit } from '../wasm/memory-limit.js';
import { createWasmHeap, type WasmHeap } from '../wasm/wasm-heap.js';
import { IntBuffer } from './edge-list-keys.js';

/** Input bytes from which `memory: 'auto'` parses into a WebAssembly heap from the start. */
export const HEAP_MIN_BYTES = 1 << 20;

/** Edges up to which endpoints stay in the heap: 2²⁵ (the heap build's limit), less when tests lower the memory limit. */
export function heapMaxEdges(): number {
  return Math.min(1 << 25, Math.floor(wasmMemoryLimit() / 32));
}

/** What the endpoints need to know of the parser's options. */
export interface EndpointOptions {
  /** Where the endpoints and the index live (`'auto'` by default). */
  memory?: IndexMemory;
  /** The input's expected size, to make room for its edges once. */
  totalBytes?: number;
}

/** Sources and targets read so far, and where they live. */
export class Endpoints {
  readonly src = new IntBuffer();
  readonly dst = new IntBuffer();
  /** The heap the endpoints (and then the index) live in; undefined until decided, null for none. */
  heap: WasmHeap | null | undefined;
  private sized = false; // the arrays were sized from the expected bytes
  private readonly windows: number[] = []; // input windows handed out by `window`

  constructor(private readonly options: EndpointOptions) {}

  /** Appends one edge. */
  store(a: number, b: number): void {
    this.src.reserve(1);
    this.dst.reserve(1);
    this.src.data[this.src.length++] = a;
    this.dst.data[this.dst.length++] = b;
  }

  /** Decides the heap once: with `memory: 'wasm'`, or `'auto'` when the input is `large`. */
  useHeap(large: boolean): WasmHeap | null {
    if (this.heap !== undefined) return this.heap;
    const memory = this.options.memory ?? 'auto';
    if (memory === 'js' || (memory === 'auto' && !large && (this.options.totalBytes ?? 0) < HEAP_MIN_BYTES))
      return null;
    this.heap = createWasmHeap(0);
    if (this.heap !== null) {
      this.src.moveTo(this.heap, this.src.data.length);
      this.dst.moveTo(this.heap, this.dst.data.length);
    }
    return this.heap;
  }

  /** After a stretch of `lines` integer lines over `bytes` bytes: size once, leave the heap when too large. */
  grew(lines: number, bytes: number): void {
    if (!this.sized && this.heap && lines > 0) this.sizeFrom(lines, bytes);
    if (this.src.heap !== null && this.src.length > heapMaxEdges()) this.leaveHeap(this.src.length * 2);
  }

  // Once the first lines show how long a line is, room for the whole expected input (plus a
  // tenth): growing by doubling copied 120 MB at 10⁷ edges and left the old blocks behind. With
  // no expected size (a pipe), room for the most the heap build takes: address space only, as a
  // page of a memory costs nothing until written (bench/pipe.bench.ts: doubling peaked at 1.59×
  // the file's RSS); the unwritten end goes back to the heap before the build, which reuses it.
  private sizeFrom(lines: number, bytes: number): void {
    this.sized = true;
    const total = this.options.totalBytes;
    if (bytes <= 0) return;
    const expected = total === undefined ? heapMaxEdges() : Math.ceil((total * lines * 1.1) / bytes) + 1024;
    if (expected > heapMaxEdges()) {
      this.leaveHeap(expected);
      return;
    }
    // Only where the heap has the room: a wrong size (a damaged gzip trailer) must not cost memory.
    if (this.src.presize(expected)) this.dst.presize(expected);
  }

  // Past what the build in the heap takes, the endpoints go to ordinary arrays (freed after the
  // build, where a heap keeps every page it touched: 8 bytes per edge more after loading 10⁸
  // edges) and the index is built as from any arrays; input windows stay in the heap.
  private leaveHeap(capacity: number): void {
    this.src.moveOut(capacity);
    this.dst.moveOut(capacity);
  }

  /** A buffer of `bytes` for input: in the heap where there is one (parsed in place), else an ordinary array. */
  window(bytes: number, heap: WasmHeap | null): Uint8Array {
    const at = heap?.alloc(bytes) ?? null;
    if (heap === null || at === null) return new Uint8Array(bytes);
    this.windows.push(at);
    return heap.uint8(at, bytes);
  }

  /**
   * Builds the index from the endpoints, in the heap they are in when there is one, and releases them.
   *
   * @param keys - the node keys.
   * @param options - `directed`, `simplify`, `shared`.
   * @returns the index.
   */
  build(keys: NodeKeys, options: { directed: boolean; simplify: boolean; shared: boolean }): Csr {
    const sources = this.src.view();
    const targets = this.dst.view();
    const memory = this.options.memory ?? 'auto';
    const heap = this.heap ?? null;
    const storage =
      heap !== null && (memory === 'wasm' || 2 * sources.length >= HEAP_MIN_ENTRIES)
        ? heapScatterAllocator(heap)
        : indexStorage(memory, keys.size, 2 * sources.length, options.directed ? 2 : 1, options.shared);
    if (heap !== null) for (const at of this.windows.splice(0)) heap.free(at);
    this.src.trim();
    this.dst.trim();
    const csr = buildCsr(
      { sources, targets },
      keys,
      { directed: options.directed, simplify: options.simplify },
      storage,
    );
    this.src.release();
    this.dst.release();
    return csr;
  }
}
