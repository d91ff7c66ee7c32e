// The rows a Csr build produces and where they go (ordinary arrays, SharedArrayBuffers, or an
// allocator over the index's WebAssembly heap), the pass that drops repeated entries of a row, and
// the exact-length entries each build ends with. Shared by the row-by-row build
// (scatter-direct.ts) and the blocked ones (scatter.ts, scatter-task.ts).

import type { ScatterInput } from './wasm/wasm-scatter.js';

/** The rows of one adjacency. */
export interface ScatteredRows {
  /** Row bounds (length n + 1; `offsets[n] === entries.length`). */
  offsets: Int32Array;
  /** Entries, row after row, each row in edge order. */
  entries: Int32Array;
  /** Self-loops met (left out of the rows when simplifying). */
  selfLoops: number;
  /** Repeated entries left out (simplifying only). */
  duplicates: number;
}

/** Allocates the index's arrays in a memory of the caller's (an index built in a WebAssembly heap). */
export interface IndexAllocator {
  /** A zeroed array of `length` int32. */
  int32(length: number): Int32Array;
  /** Whether `array` came from this allocator. */
  holds(array: Int32Array): boolean;
  /**
   * The first `length` int32 of `array` (one of this allocator's), the rest given back: a
   * simplifying build writes its entries here and drops repeats in place, without a copy.
   */
  readonly shrink?: (array: Int32Array, length: number) => Int32Array;
  /**
   * Builds the rows in place when the edges already live where this allocator puts the index
   * (the edge-list parser's heap: wasm/heap-scatter.ts), by blocks of 2^shift rows or row by row
   * (`direct`); `null` when it cannot, and the build goes on as without it.
   */
  readonly scatter?: (input: ScatterInput, direct: boolean) => ScatteredRows | null;
}

/** Where the index's arrays go: ordinary arrays (`false`), SharedArrayBuffers (`true`), or an allocator. */
export type IndexStorage = boolean | IndexAllocator;

/** An Int32Array from `storage`: ordinary, on a SharedArrayBuffer (`true`), or the allocator's. */
export function allocInt32(length: number, storage: IndexStorage): Int32Array {
  if (typeof storage === 'object') return storage.int32(length);
  return storage ? new Int32Array(new SharedArrayBuffer(length * 4)) : new Int32Array(length);
}

// Whether `array` is where `storage` puts the final arrays.
function placed(array: Int32Array, storage: IndexStorage): boolean {
  if (typeof storage === 'object') return storage.holds(array);
  return !storage || array.buffer instanceof SharedArrayBuffer;
}

/**
 * Compacts rows `from … to` (row u spans `offsets[u] … offsets[u+1]`, the last one ending at
 * `end`) to start at `write`, keeping the first occurrence of each entry; rewrites their bounds.
 * `bits` (one bit per node) is all zeros before and after: each row clears its own bits, which
 * took 0.43 s → 0.18 s against per-node generation stamps at 10⁷ edges. Returns the new write
 * position.
 */
export function dropRepeats(
  offsets: Int32Array,
  entries: Int32Array,
  from: number,
  to: number,
  end: number,
  write: number,
  bits: Int32Array,
): number {
  let start = offsets[from]!;
  for (let u = from; u < to; u++) {
    const stop = u + 1 < to ? offsets[u + 1]! : end;
    const first = write;
    offsets[u] = first;
    for (let j = start; j < stop; j++) {
      const v = entries[j]!;
      const word = v >>> 5;
      const bit = 1 << (v & 31);
      const b = bits[word]!;
      if ((b & bit) !== 0) continue;
      bits[word] = b | bit;
      entries[write++] = v;
    }
    for (let j = first; j < write; j++) bits[entries[j]! >>> 5] = 0;
    start = stop;
  }
  return write;
}

/**
 * Where a build writes its entries before dropping repeats: where the index stays when the
 * storage can give back the unused end (a heap); else an ordinary array, copied at the end.
 * Writing them in the heap spares a copy and as many freshly touched pages (on this VM 10–25 µs
 * each): the professional network's two layers, 733 → 385 page faults (issue 18).
 */
export function entryStorage(simplify: boolean, shared: IndexStorage): IndexStorage {
  if (!simplify || (typeof shared === 'object' && shared.shrink !== undefined)) return shared;
  return false;
}

/** The rows with entries of exactly `length` (the first ones of `entries`), where the storage puts them. */
export function exactRows(
  offsets: Int32Array,
  entries: Int32Array,
  length: number,
  selfLoops: number,
  shared: IndexStorage,
): ScatteredRows {
  const duplicates = entries.length - length;
  if (typeof shared === 'object' && shared.shrink !== undefined && shared.holds(entries)) {
    if (duplicates > 0) entries = shared.shrink(entries, length);
  } else if (duplicates > 0 || !placed(entries, shared)) {
    const exact = allocInt32(length, shared);
    exact.set(entries.subarray(0, length));
    entries = exact;
  }
  return { offsets, entries, selfLoops, duplicates };
}
