// A key mapping for integer node ids that are not 0..n-1 (e.g. SNAP files numbered from 1, or
// with gaps): dense id i is the rank of the i-th smallest value. Stores one float64 per node and
// no strings; lookups by binary search.

import type { NodeKeys } from './node-keys.js';

const CANONICAL_INT = /^(0|-?[1-9][0-9]*)$/;

class SortedIntegerKeys implements NodeKeys {
  readonly integer = false;
  constructor(readonly values: Float64Array) {}
  get size(): number {
    return this.values.length;
  }
  key(id: number): string {
    return String(this.values[id]!);
  }
  id(key: string): number {
    if (!CANONICAL_INT.test(key)) return -1;
    const x = Number(key);
    let lo = 0;
    let hi = this.values.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.values[mid]!;
      if (v === x) return mid;
      if (v < x) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/**
 * Key mapping over sorted distinct integers: id i has key `String(values[i])`.
 *
 * @param values - strictly increasing safe integers.
 * @returns the mapping; no string is stored.
 * @remarks Memory 8 bytes per node; lookup O(log n).
 */
export function sortedIntegerKeys(values: Float64Array): NodeKeys {
  return new SortedIntegerKeys(values);
}

/**
 * The sorted values behind a sorted-integer key mapping, or `null` for any other `NodeKeys`
 * (used by graph files to store the mapping without strings).
 *
 * @param keys - a key mapping.
 * @returns the values (not a copy), or `null`.
 * @remarks Time O(1).
 */
export function sortedIntegerValues(keys: NodeKeys): Float64Array | null {
  return keys instanceof SortedIntegerKeys ? keys.values : null;
}
