// Pairwise overlaps of the members' 1st- and 2nd-degree sets, from the packed lists and the
// shared counts of degree-sets.ts: shared size, and Jaccard index |A ∩ B| / |A ∪ B| with
// |A ∪ B| = |A| + |B| − |A ∩ B| (0 when both sets are empty).

import type { MemberLists } from './degree-sets.js';

/** Overlap of two sets. */
export interface DegreeOverlap {
  /** People in both sets. */
  shared: number;
  /** |A ∩ B| / |A ∪ B|, in [0, 1]; 0 when both sets are empty. */
  jaccard: number;
}

/** How much two members' networks overlap. */
export interface MemberOverlap {
  /** The first member (earlier in the order given). */
  a: string;
  /** The second member. */
  b: string;
  /** Overlap of their 1st-degree sets (their contacts). */
  first: DegreeOverlap;
  /** Overlap of their 2nd-degree sets (people at distance exactly 2 from each alone). */
  second: DegreeOverlap;
}

function overlapOf(sizeA: number, sizeB: number, shared: number): DegreeOverlap {
  const union = sizeA + sizeB - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/**
 * Builds the overlap list for every pair a < b.
 *
 * @param keys - member keys, in order.
 * @param first - 1st-degree lists.
 * @param second - 2nd-degree lists.
 * @param sharedFirst - `sharedFirst[a * k + b]`, the shared 1st-degree counts.
 * @param sharedSecond - the same for 2nd degree.
 * @returns k(k−1)/2 overlaps.
 * @remarks Time O(k²).
 */
export function memberOverlaps(
  keys: readonly string[],
  first: MemberLists,
  second: MemberLists,
  sharedFirst: Int32Array,
  sharedSecond: Int32Array,
): MemberOverlap[] {
  const k = keys.length;
  const out: MemberOverlap[] = [];
  for (let a = 0; a < k; a++) {
    const firstA = first.offsets[a + 1]! - first.offsets[a]!;
    const secondA = second.offsets[a + 1]! - second.offsets[a]!;
    for (let b = a + 1; b < k; b++) {
      const firstB = first.offsets[b + 1]! - first.offsets[b]!;
      const secondB = second.offsets[b + 1]! - second.offsets[b]!;
      out.push({
        a: keys[a]!,
        b: keys[b]!,
        first: overlapOf(firstA, firstB, sharedFirst[a * k + b]!),
        second: overlapOf(secondA, secondB, sharedSecond[a * k + b]!),
      });
    }
  }
  return out;
}
