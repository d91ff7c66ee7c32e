// Validation helpers for generator options: counts and probabilities, checked once at the
// friendly boundary with the `handshakes/<fn>: ` messages of src/errors.ts.

import { InvalidArgumentError } from '../errors.js';

/** Returns `value` (or `fallback` when undefined) after checking it is an integer in [min, max]. */
export function integerOption(
  where: string,
  name: string,
  value: unknown,
  fallback: number | undefined,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const v = value === undefined ? fallback : value;
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
  const range = max === Number.MAX_SAFE_INTEGER ? `an integer ≥ ${min}` : `an integer in [${min}, ${max}]`;
  throw new InvalidArgumentError(where, name, range, value);
}

/** Returns `value` (or `fallback`) after checking it is a number in [0, 1]. */
export function probabilityOption(where: string, name: string, value: unknown, fallback: number): number {
  const v = value === undefined ? fallback : value;
  if (typeof v === 'number' && v >= 0 && v <= 1) return v;
  throw new InvalidArgumentError(where, name, 'a probability in [0, 1]', value);
}

/** Largest node count the pair keys of the edge set represent exactly (n² < 2^53). */
export const MAX_GENERATED_ORDER = 94_906_265;
