// Estimates with error bars, the seeded random generator of the approximate engines, and the
// normal quantile of the 95% intervals. Intervals are value ± 1.96·SE (normal approximation).

/** An estimated figure with its standard error and 95% confidence interval. */
export interface Estimate {
  /** The point estimate. */
  value: number;
  /** Its standard error. */
  standardError: number;
  /** Lower end of the 95% confidence interval. */
  low: number;
  /** Upper end of the 95% confidence interval. */
  high: number;
}

/** z such that P(|Z| ≤ z) = 0.95 for a standard normal Z. */
export const Z95 = 1.959963984540054;

/** An `Estimate` from a value and a standard error. */
export function estimate(value: number, standardError: number): Estimate {
  return { value, standardError, low: value - Z95 * standardError, high: value + Z95 * standardError };
}

/** Mulberry32: a small seeded 32-bit generator; returns floats in [0, 1). */
export function createRng(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sample standard deviation of `values` (0 when fewer than two). */
export function standardDeviation(values: ArrayLike<number>): number {
  const k = values.length;
  if (k < 2) return 0;
  let mean = 0;
  for (let i = 0; i < k; i++) mean += values[i]!;
  mean /= k;
  let ss = 0;
  for (let i = 0; i < k; i++) ss += (values[i]! - mean) ** 2;
  return Math.sqrt(ss / (k - 1));
}
