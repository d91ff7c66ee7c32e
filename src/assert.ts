// The validation helpers of the friendly layer, all in one place: counts, integers in a range,
// probabilities, the direction mode, the locale. Kernels never validate; these run once per call,
// with the `handshakes/<fn>: ` messages of errors.ts.

import { InvalidArgumentError } from './errors.js';
import type { Locale, Mode } from './types.js';

const MODES: readonly Mode[] = ['outbound', 'inbound', 'all'];

/** Throws unless `value` is `undefined` or an integer ≥ 0 (or `Infinity` when `infinite`). */
export function assertOptionalCount(where: string, name: string, value: unknown, infinite = true): void {
  if (value === undefined) return;
  if (typeof value === 'number' && ((Number.isInteger(value) && value >= 0) || (infinite && value === Infinity)))
    return;
  throw new InvalidArgumentError(
    where,
    name,
    infinite ? 'a non-negative integer or Infinity' : 'a non-negative integer',
    value,
  );
}

/** Throws unless `value` is `undefined` or an integer ≥ 1. */
export function assertOptionalPositive(where: string, name: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return;
  throw new InvalidArgumentError(where, name, 'a positive integer', value);
}

/** Throws unless `value` is `undefined` or a function (a callback option). */
export function assertOptionalFunction(where: string, name: string, value: unknown, expected = 'a function'): void {
  if (value !== undefined && typeof value !== 'function') throw new InvalidArgumentError(where, name, expected, value);
}

/** Throws unless `value` is `undefined` or one of the direction modes; returns the mode. */
export function resolveMode(where: string, value: unknown): Mode {
  if (value === undefined) return 'outbound';
  if (MODES.includes(value as Mode)) return value as Mode;
  throw new InvalidArgumentError(where, 'mode', "one of 'outbound', 'inbound', 'all'", value);
}

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

/** Throws unless `value` is `undefined`, `null` or a supported locale; returns it (default `'en'`). */
export function resolveLocale(where: string, value: unknown): Locale {
  if (value === undefined || value === null) return 'en';
  if (value === 'en' || value === 'fr') return value;
  throw new InvalidArgumentError(where, 'locale', "'en' or 'fr'", value);
}

/** Whether `value` is an iterable object (a string is not an object, so it is not one here). */
export function isIterableObject(value: unknown): value is Iterable<unknown> {
  return (
    value !== null && typeof value === 'object' && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}
