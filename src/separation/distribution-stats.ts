// Figures of a distance distribution over ordered pairs u ≠ v: mean, median, harmonic mean,
// effective diameter, diameter. Shared by every engine (exact counts or estimated ones) and by the
// estimators' replicates, so an exact and an approximate summary always mean the same thing.

import { snapEffectiveDiameter } from './effective-diameter.js';

/** The figures read off one distribution. */
export interface DistributionStats {
  /** Pairs at a finite distance ≥ 1. */
  reachablePairs: number;
  /** Mean distance over reachable pairs (NaN when none). */
  meanDistance: number;
  /** Smallest d with at least half the reachable pairs at distance ≤ d (NaN when none). */
  medianDistance: number;
  /** All pairs over the sum of 1/d, unreachable pairs counting 1/∞ = 0 (Infinity when none reachable). */
  harmonicMeanDistance: number;
  /** SNAP-interpolated 90% effective diameter (NaN when none). */
  effectiveDiameter: number;
  /** Largest d with a positive count (0 when none). */
  diameter: number;
}

/**
 * Reads the figures off `distribution` (index = distance, index 0 ignored).
 *
 * @param distribution - pair counts by distance.
 * @param totalPairs - all ordered pairs u ≠ v considered, reachable or not (for the harmonic mean).
 * @returns the figures.
 * @remarks Time O(D) for D distances.
 */
export function distributionStats(distribution: ArrayLike<number>, totalPairs: number): DistributionStats {
  let reachable = 0;
  let sum = 0;
  let inverse = 0;
  let diameter = 0;
  for (let d = 1; d < distribution.length; d++) {
    const c = distribution[d]!;
    if (c <= 0) continue;
    reachable += c;
    sum += d * c;
    inverse += c / d;
    diameter = d;
  }
  let median = NaN;
  let cumulative = 0;
  for (let d = 1; d < distribution.length && Number.isNaN(median); d++) {
    const c = distribution[d]!;
    if (c > 0) cumulative += c;
    if (reachable > 0 && cumulative >= 0.5 * reachable) median = d;
  }
  return {
    reachablePairs: reachable,
    meanDistance: reachable > 0 ? sum / reachable : NaN,
    medianDistance: median,
    harmonicMeanDistance: inverse > 0 ? totalPairs / inverse : Infinity,
    effectiveDiameter: snapEffectiveDiameter(distribution, 0.9),
    diameter,
  };
}
