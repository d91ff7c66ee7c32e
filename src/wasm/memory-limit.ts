// The most bytes one WebAssembly memory may hold: 4 GiB for a 32-bit memory. Engines whose arrays
// would not fit take their large-graph path (JavaScript kernels over typed arrays, or HyperBall's
// windowed adjacency). Tests lower the limit to force small graphs through that path.

/** Bytes of the largest 32-bit WebAssembly memory (65,536 pages of 64 KiB). */
export const WASM_MEMORY_MAX_BYTES = 65536 * 65536;

let limit = WASM_MEMORY_MAX_BYTES;

/**
 * The byte limit engines respect when they lay out a WebAssembly memory.
 *
 * @returns 4 GiB, unless lowered by `setWasmMemoryLimit`.
 * @remarks Time O(1).
 */
export function wasmMemoryLimit(): number {
  return limit;
}

/**
 * Lowers (or restores, with no argument) the limit, so tests can force small graphs through the
 * large-graph path. Internal: not part of the public API.
 *
 * @param bytes - the new limit, at most 4 GiB (default: 4 GiB).
 * @returns the previous limit.
 * @remarks Time O(1). Engines already created keep their memories.
 */
export function setWasmMemoryLimit(bytes: number = WASM_MEMORY_MAX_BYTES): number {
  const previous = limit;
  limit = Math.min(bytes, WASM_MEMORY_MAX_BYTES);
  return previous;
}
