// Small validation helpers for the friendly layer. Kernels never validate; these run once per call.

import { InvalidArgumentError } from './errors.js';
import type { Mode } from './types.js';

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

/** Throws unless `value` is `undefined` or one of the direction modes; returns the mode. */
export function resolveMode(where: string, value: unknown): Mode {
  if (value === undefined) return 'outbound';
  if (MODES.includes(value as Mode)) return value as Mode;
  throw new InvalidArgumentError(where, 'mode', "one of 'outbound', 'inbound', 'all'", value);
}
