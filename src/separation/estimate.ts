// Estimates with error bars, the seeded random generator of the approximate engines, and the
// quantiles of the 95% intervals: value ± q·SE, q from Student's t for the degrees of freedom the
// standard error was estimated with (k − 1 sampled sources, B − 1 jackknife blocks).

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

/** An `Estimate` from a value, a standard error and the interval's quantile (default z, normal). */
export function estimate(value: number, standardError: number, quantile = Z95): Estimate {
  return { value, standardError, low: value - quantile * standardError, high: value + quantile * standardError };
}

/** `e` moved by `delta` (same standard error, same quantile): meanDistance − 1 is degrees of separation. */
export function shifted(e: Estimate, delta: number): Estimate {
  return { value: e.value + delta, standardError: e.standardError, low: e.low + delta, high: e.high + delta };
}

/**
 * `e` with its interval cut to the possible values [min, max] (a count never goes below what was
 * seen), but never past the estimate itself (a HyperLogLog total can exceed every possible count).
 */
export function clamped(e: Estimate, min: number, max = Infinity): Estimate {
  return { ...e, low: Math.min(Math.max(e.low, min), e.value), high: Math.max(Math.min(e.high, max), e.value) };
}

/** `clamped(estimate(value, standardError, quantile), min, max)` as one object (one per distance on long graphs). */
export function clampedEstimate(
  value: number,
  standardError: number,
  quantile: number,
  min: number,
  max: number,
): Estimate {
  return {
    value,
    standardError,
    low: Math.min(Math.max(value - quantile * standardError, min), value),
    high: Math.max(Math.min(value + quantile * standardError, max), value),
  };
}

/**
 * Student's t quantile 0.975 for `df` degrees of freedom (Cornish–Fisher expansion around z;
 * within 0.001 of the exact value for df ≥ 7 and 0.03 for df ≥ 3, exact in the limit).
 */
export function t95(df: number): number {
  if (!(df >= 1)) return Infinity;
  const z = Z95;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
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
