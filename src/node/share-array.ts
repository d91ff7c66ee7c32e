// An Int32Array on a SharedArrayBuffer for the workers: the array itself when it is on one
// already (an index built with `shared: true`, or in a WebAssembly heap's shared memory), else one
// copy per array, cached while the array lives.

const sharedCopies = new WeakMap<Int32Array, Int32Array>();

/**
 * The array itself when it already lives on a SharedArrayBuffer, else a cached shared copy.
 *
 * @remarks Time O(1) when shared or cached, else O(length) once per array.
 * @example
 * const offsets = shareArray(adj.offsets); // posted to every worker, never copied again
 */
export function shareArray(array: Int32Array): Int32Array {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  let copy = sharedCopies.get(array);
  if (!copy) {
    copy = new Int32Array(new SharedArrayBuffer(array.length * 4));
    copy.set(array);
    sharedCopies.set(array, copy);
  }
  return copy;
}
