// Integer node keys read from an edge list → dense ids. Values exactly 0..max become the compact
// integer key mode (ids = values, no strings); others are ranked into a sorted-integer mapping,
// through a presence table when the values are dense enough, else by sorting a copy.

import { integerKeys, type NodeKeys } from '../csr/node-keys.js';
import { sortedIntegerKeys } from '../csr/sorted-integer-keys.js';
import type { WasmHeap } from '../wasm/wasm-heap.js';

/**
 * Growable Int32Array: amortised O(1) append, no per-element allocation. It may live in a
 * WebAssembly heap (`moveTo`), where the parse kernel writes into it and the index build reads
 * it in place; past the heap's 4 GiB it falls back to an ordinary array.
 */
export class IntBuffer {
  /** Backing store; the first `length` entries are valid. */
  data: Int32Array;
  /** Number of valid entries. */
  length = 0;
  /** The heap `data` lives in, or null. */
  heap: WasmHeap | null = null;
  /** Byte address of `data` in `heap` (0 when ordinary). */
  address = 0;
  constructor(capacity = 1 << 16) {
    this.data = new Int32Array(capacity);
  }
  /**
   * An empty buffer over `capacity` entries at `address` of `heap` (a block its caller holds):
   * filled in place, moved out to an ordinary array if it needs more.
   */
  static at(heap: WasmHeap, address: number, capacity: number): IntBuffer {
    const buffer = new IntBuffer(0);
    buffer.data = heap.int32(address, capacity);
    buffer.heap = heap;
    buffer.address = address;
    return buffer;
  }
  /** Makes room for `extra` more entries. */
  reserve(extra: number): void {
    if (this.length + extra <= this.data.length) return;
    this.resize(Math.max(this.data.length * 2, this.length + extra), this.heap);
  }
  /** Moves the entries into `heap`, with room for `capacity` entries in all. */
  moveTo(heap: WasmHeap, capacity: number): void {
    this.resize(Math.max(capacity, this.length), heap);
  }
  /** Moves the entries out of the heap into an ordinary array with room for `capacity` in all. */
  moveOut(capacity: number): void {
    this.resize(Math.max(capacity, this.length), null);
  }
  /** Makes room for `capacity` entries in all in the heap it lives in, if the heap has it (else unchanged). */
  presize(capacity: number): boolean {
    if (this.heap === null || capacity <= this.data.length) return false;
    const address = this.heap.alloc(4 * capacity);
    if (address === null) return false;
    const bigger = this.heap.int32(address, capacity);
    bigger.set(this.data.subarray(0, this.length));
    this.heap.free(this.address);
    this.data = bigger;
    this.address = address;
    return true;
  }
  /** The valid entries (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  /** Gives a heap block's unused end back to the heap (the view stays valid). */
  trim(): void {
    if (this.heap === null) return;
    this.heap.shrink(this.address, 4 * this.length);
    this.data = this.heap.int32(this.address, this.length);
  }
  /** Returns a heap block to its heap; the buffer must not be used afterwards. */
  release(): void {
    if (this.heap !== null) this.heap.free(this.address);
    this.heap = null;
    this.address = 0;
    this.data = new Int32Array(0);
    this.length = 0;
  }

  private resize(capacity: number, heap: WasmHeap | null): void {
    const address = heap === null ? null : heap.alloc(4 * capacity);
    const bigger = address === null ? new Int32Array(capacity) : heap!.int32(address, capacity);
    bigger.set(this.data.subarray(0, this.length));
    if (this.heap !== null) this.heap.free(this.address);
    this.data = bigger;
    this.heap = address === null ? null : heap;
    this.address = address ?? 0;
  }
}

/** Endpoints in parts (edges in file order, part after part): each part's sources and targets. */
export type EndpointParts = readonly { readonly sources: Int32Array; readonly targets: Int32Array }[];

/**
 * Turns the integer endpoints of `sources` and `targets` into dense ids, in place.
 *
 * @returns the key mapping: `integerKeys` when the values are exactly 0..max, else sorted ranks.
 * @remarks Time O(m + max) with a presence table, O(m log m) when very sparse.
 */
export function integerIds(sources: Int32Array, targets: Int32Array): NodeKeys {
  return integerIdsOf([{ sources, targets }]);
}

/**
 * `integerIds` over endpoints held in parts (the worker-parallel reader's ranges, where they
 * landed): the ids are those of the parts laid end to end.
 *
 * @remarks Time O(m + max) with a presence table, O(m log m) when very sparse.
 */
export function integerIdsOf(parts: EndpointParts): NodeKeys {
  let m = 0;
  let max = -1;
  for (const { sources, targets } of parts) {
    m += sources.length;
    for (let i = 0; i < sources.length; i++) {
      const a = sources[i]!;
      const b = targets[i]!;
      if (a > max) max = a;
      if (b > max) max = b;
    }
  }
  if (max > 8 * m + (1 << 20)) return sparseIntegerIds(parts, m);
  // Presence as a bitmap (max/8 bytes: cache-resident longer than a byte per value).
  const present = new Int32Array((max + 32) >>> 5); // empty when max = -1 (no edges)
  for (const { sources, targets } of parts) {
    for (let i = 0; i < sources.length; i++) {
      const a = sources[i]!;
      const b = targets[i]!;
      present[a >>> 5] = present[a >>> 5]! | (1 << (a & 31));
      present[b >>> 5] = present[b >>> 5]! | (1 << (b & 31));
    }
  }
  let distinct = 0;
  for (let w = 0; w < present.length; w++) {
    let x = present[w]!;
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    distinct += Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
  }
  if (distinct === max + 1) return integerKeys(distinct);
  const rank = new Int32Array(max + 1);
  const sorted = new Float64Array(distinct);
  let r = 0;
  for (let v = 0; v <= max; v++) {
    if ((present[v >>> 5]! & (1 << (v & 31))) !== 0) {
      rank[v] = r;
      sorted[r++] = v;
    }
  }
  for (const { sources, targets } of parts) {
    for (let i = 0; i < sources.length; i++) {
      sources[i] = rank[sources[i]!]!;
      targets[i] = rank[targets[i]!]!;
    }
  }
  return sortedIntegerKeys(sorted);
}

// Very sparse values: rank by sorting a copy instead of a presence table of size max.
function sparseIntegerIds(parts: EndpointParts, m: number): NodeKeys {
  const sorted = new Int32Array(2 * m);
  let at = 0;
  for (const { sources, targets } of parts) {
    sorted.set(sources, at);
    sorted.set(targets, at + sources.length);
    at += 2 * sources.length;
  }
  sorted.sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++)
    if (i === 0 || sorted[i] !== sorted[distinct - 1]) sorted[distinct++] = sorted[i]!;
  const unique = sorted.subarray(0, distinct);
  const rankOf = (x: number): number => {
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (unique[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const { sources, targets } of parts) {
    for (let i = 0; i < sources.length; i++) {
      sources[i] = rankOf(sources[i]!);
      targets[i] = rankOf(targets[i]!);
    }
  }
  return sortedIntegerKeys(Float64Array.from(unique));
}
