// effectiveDiameter: the distance within which a fraction q of the connected pairs lie, linearly
// interpolated between integer distances exactly as SNAP's TSnap::CalcEffDiam (snap-core/anf.cpp)
// does, quirks included: strict `>` when scanning the CDF, and 1 when the first bin already exceeds
// q. Only distances with a positive count are bins (as in SNAP's pdf); distance 0 is ignored.

import { InvalidArgumentError } from '../errors.js';

const WHERE = 'effectiveDiameter';

/**
 * The effective diameter of a distance distribution: the (interpolated) distance d such that a
 * fraction `q` of the connected pairs are at distance ≤ d.
 *
 * `distribution[d]` counts pairs at distance d (ordered or unordered: the result is the same);
 * `distribution[0]` is ignored. Returns `NaN` when no pair is connected.
 *
 * @param distribution - pair counts by distance (an array or typed array).
 * @param q - the fraction, in (0, 1] (default 0.9, the usual "90% effective diameter").
 * @returns SNAP's interpolated effective diameter.
 * @throws InvalidArgumentError when `q` is not in (0, 1] or a count is negative or not finite.
 * @remarks Time O(D) for D distances.
 * @see Leskovec, Kleinberg, Faloutsos, "Graphs over time", KDD 2005, doi:10.1145/1081870.1081893;
 * SNAP `TSnap::TSnapDetail::CalcEffDiam`.
 * @example
 * effectiveDiameter([0, 78, 265, 137, 73, 8]); // 3.3410958904109593 (karate club)
 */
export function effectiveDiameter(distribution: ArrayLike<number>, q = 0.9): number {
  if (typeof q !== 'number' || !(q > 0 && q <= 1)) throw new InvalidArgumentError(WHERE, 'q', 'a number in (0, 1]', q);
  for (let d = 0; d < distribution.length; d++) {
    const c = distribution[d]!;
    if (!(Number.isFinite(c) && c >= 0))
      throw new InvalidArgumentError(WHERE, `distribution[${d}]`, 'a finite non-negative count', c);
  }
  return snapEffectiveDiameter(distribution, q);
}

/** The kernel of `effectiveDiameter`, trusting its input (used by the estimators per replicate). */
export function snapEffectiveDiameter(distribution: ArrayLike<number>, q: number): number {
  let total = 0;
  for (let d = 1; d < distribution.length; d++) total += distribution[d]!;
  if (total === 0) return NaN;
  const target = q * total;
  let previousKey = 0;
  let previousCdf = 0;
  let cdf = 0;
  let first = true;
  let lastKey = 0;
  for (let d = 1; d < distribution.length; d++) {
    const c = distribution[d]!;
    if (c <= 0) continue;
    cdf += c;
    lastKey = d;
    if (cdf > target) {
      if (first) return 1;
      const delta = cdf - previousCdf;
      return previousKey + (target - previousCdf) / delta;
    }
    first = false;
    previousKey = d;
    previousCdf = cdf;
  }
  return lastKey;
}
