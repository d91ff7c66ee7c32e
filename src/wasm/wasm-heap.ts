// One shared WebAssembly memory per index: the index is built in it (csr/index-storage.ts) and
// every engine over it allocates only its scratch beside it, so no engine copies the adjacency.
// Shared, because growing a shared memory never detaches the buffers that earlier views hold
// (a plain memory's would); blocks are 64-byte aligned and address 0 is never handed out.

/** Bytes in one WebAssembly page. */
const PAGE = 65536;
/** The most pages a 32-bit memory may have (4 GiB). */
const MAX_PAGES = 65536;
/** Alignment of every block (a HyperBall counter of 64 registers is one cache line). @internal */
export const ALIGN = 64;

/** A growable shared memory handing out blocks. */
export interface WasmHeap {
  /** The memory every kernel over this heap imports (shared). */
  readonly memory: WebAssembly.Memory;
  /** Allocates `bytes` (64-byte aligned); returns the address, or `null` past 4 GiB. */
  alloc(bytes: number): number | null;
  /** Returns a block to the heap (its memory is reused by later blocks, never given back). */
  free(address: number): void;
  /** Gives back the end of a block past its first `bytes` (a no-op when that is not smaller). */
  shrink(address: number, bytes: number): void;
  /** Frees `address` once every one of `owners` has been garbage-collected. */
  freeWhenCollected(address: number, owners: readonly object[]): void;
  /** A view of `length` int32 at `address` (valid for the life of the heap, across growth). */
  int32(address: number, length: number): Int32Array;
  /** A view of `length` bytes at `address`. */
  uint8(address: number, length: number): Uint8Array;
  /** Bytes the heap occupies (its high-water mark). */
  readonly size: number;
}

const heaps = new WeakMap<ArrayBufferLike, WasmHeap>();
const collector =
  typeof FinalizationRegistry === 'function' ? new FinalizationRegistry<() => void>((release) => release()) : null;
/** The block each owner keeps alive, for `releaseScratch`. */
const owned = new WeakMap<object, { heap: WasmHeap; address: number }>();

/** The memory's current buffer, registered as `heap`'s unless a heap of this thread claimed it first. @internal */
export function bufferOf(memory: WebAssembly.Memory, heap: WasmHeap): ArrayBufferLike {
  const b = memory.buffer;
  if (!heaps.has(b)) heaps.set(b, heap);
  return b;
}

/**
 * Frees at once the heap block `owner` (an engine, or a view it exposes) keeps alive, instead of
 * when it is collected: for callers that create an engine, use it and drop it in one synchronous
 * call (collection callbacks only run once the caller yields). Does nothing for other objects.
 *
 * @remarks Time O(1). The owner's views must not be used afterwards.
 */
export function releaseScratch(owner: object): void {
  const block = owned.get(owner);
  if (block !== undefined) block.heap.free(block.address);
}

/**
 * A new heap of at least `bytes`, or `null` where shared WebAssembly memories are unavailable
 * (no WebAssembly, no SharedArrayBuffer, or the runtime refuses the memory).
 *
 * @remarks Time O(1): the pages are reserved, and zeroed by the operating system on first touch.
 */
export function createWasmHeap(bytes = 0): WasmHeap | null {
  if (typeof WebAssembly !== 'object' || typeof SharedArrayBuffer !== 'function') return null;
  let memory: WebAssembly.Memory;
  try {
    memory = new WebAssembly.Memory({
      initial: Math.max(1, Math.ceil((bytes + ALIGN) / PAGE)),
      maximum: MAX_PAGES,
      shared: true,
    });
  } catch {
    return null;
  }
  let top = ALIGN; // address 0 means "no region" to the kernels
  let high = top; // bytes below were handed out before: zeroed again when reused
  const blocks = new Map<number, number>(); // address → bytes, live blocks
  const tokens = new Map<number, object>(); // address → unregister token of its owners
  const spare: [number, number][] = []; // freed blocks, [address, bytes]
  const buffer = (): ArrayBufferLike => bufferOf(memory, heap);
  const heap: WasmHeap = {
    memory,
    get size() {
      return top;
    },
    alloc(size) {
      const need = Math.ceil(Math.max(size, 1) / ALIGN) * ALIGN;
      const fit = spare.findIndex(([, b]) => b >= need);
      if (fit >= 0) {
        // A freed block serves; what it has beyond `need` stays spare (a 40 MB block of parsed
        // edges is not handed whole, and zeroed whole, to a 64-byte request).
        const [address, b] = spare[fit]!;
        if (b - need >= ALIGN) spare[fit] = [address + need, b - need];
        else spare.splice(fit, 1);
        const size = b - need >= ALIGN ? need : b;
        blocks.set(address, size);
        new Uint8Array(buffer(), address, size).fill(0);
        return address;
      }
      const end = top + need;
      const pages = Math.ceil(end / PAGE) - memory.buffer.byteLength / PAGE;
      if (end > MAX_PAGES * PAGE) return null;
      if (pages > 0) {
        try {
          memory.grow(pages);
        } catch {
          return null;
        }
      }
      const address = top;
      top = end;
      blocks.set(address, need);
      if (address < high) new Uint8Array(buffer(), address, Math.min(end, high) - address).fill(0);
      high = Math.max(high, end);
      buffer();
      return address;
    },
    free(address) {
      const b = blocks.get(address);
      if (b === undefined) return;
      blocks.delete(address);
      const token = tokens.get(address);
      if (token !== undefined) {
        tokens.delete(address);
        collector?.unregister(token);
      }
      if (address + b === top) top = address;
      else spare.push([address, b]);
    },
    shrink(address, size) {
      const b = blocks.get(address);
      const keep = Math.ceil(Math.max(size, 1) / ALIGN) * ALIGN;
      if (b === undefined || keep >= b) return;
      blocks.set(address, keep);
      if (address + b === top) top = address + keep;
      else spare.push([address + keep, b - keep]);
    },
    freeWhenCollected(address, owners) {
      for (const owner of owners) owned.set(owner, { heap, address });
      if (collector === null) return;
      const token = {};
      tokens.set(address, token);
      let alive = owners.length;
      for (const owner of owners) collector.register(owner, () => --alive === 0 && heap.free(address), token);
    },
    int32(address, length) {
      return new Int32Array(buffer(), address, length);
    },
    uint8(address, length) {
      return new Uint8Array(buffer(), address, length);
    },
  };
  buffer();
  return heap;
}

/**
 * The heap every one of `arrays` lives in, or `null` when one of them is an ordinary array (or they
 * live in different heaps).
 *
 * @remarks Time O(arrays).
 */
export function heapOf(...arrays: readonly ArrayBufferView[]): WasmHeap | null {
  let found: WasmHeap | null = null;
  for (const a of arrays) {
    const h = heaps.get(a.buffer);
    if (h === undefined || (found !== null && h !== found)) return null;
    found = h;
  }
  return found;
}
