// The one seeded random source of handshakes: xoshiro128** (Blackman & Vigna), its 128-bit state
// seeded by splitmix32 from one integer, with one default seed (42), so every generator, sample,
// simulation and layout repeats exactly for a seed on every platform; and the one sampler without
// replacement built on it. Not cryptographic.

import { InvalidArgumentError } from './errors.js';

/** A seeded random source: call it for a float in [0, 1); `int(k)` gives an integer in [0, k). */
export interface Rng {
  /** A float uniform in [0, 1), 32 bits of randomness. */
  (): number;
  /** An integer uniform in [0, bound) for 1 ≤ bound ≤ 2³²; the bias is below bound / 2³². */
  int(bound: number): number;
  /** A new generator seeded from this one (an independent stream that leaves this one repeatable). */
  fork(): Rng;
}

/** Seed used when none is given. */
export const DEFAULT_SEED = 42;

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

/**
 * Creates a seeded xoshiro128** generator.
 *
 * The same seed always gives the same sequence, on every platform. Seeds are integers (other
 * numbers are truncated to their low 32 bits after `Math.trunc`).
 *
 * @param seed - any finite number (default 42).
 * @returns an `Rng`: `rng()` → [0, 1), `rng.int(k)` → [0, k), `rng.fork()` → a child stream.
 * @throws InvalidArgumentError when `seed` is not a finite number.
 * @remarks Time O(1) per draw, state 16 bytes; period 2¹²⁸ − 1.
 * @see Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021,
 * doi:10.1145/3460772
 * @example
 * const rng = createRng(7);
 * rng();      // 0.39… (always the same for seed 7)
 * rng.int(6); // a die roll in 0…5
 */
export function createRng(seed: number = DEFAULT_SEED): Rng {
  if (typeof seed !== 'number' || !Number.isFinite(seed))
    throw new InvalidArgumentError('createRng', 'seed', 'a finite number', seed);
  let sm = Math.trunc(seed) | 0;
  let a: number, b: number, c: number, d: number;
  [sm, a] = splitmix32(sm);
  [sm, b] = splitmix32(sm);
  [sm, c] = splitmix32(sm);
  [sm, d] = splitmix32(sm);
  if ((a | b | c | d) === 0) a = 1;
  const nextUint = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const rng = (): number => nextUint() / 4294967296;
  return Object.assign(rng, {
    int: (bound: number): number => Math.floor((nextUint() / 4294967296) * bound),
    fork: (): Rng => createRng(nextUint() ^ Math.imul(nextUint(), 0x27d4eb2d)),
  });
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/**
 * Resolves an `rng` or `seed` option pair to a generator: the `rng` when given, else a new one.
 *
 * @param rng - a caller's generator, if any.
 * @param seed - the seed to use otherwise (default 42).
 * @returns a generator.
 * @remarks Time O(1).
 */
export function resolveRng(rng: Rng | (() => number) | undefined, seed: number | undefined): Rng {
  if (rng === undefined) return createRng(seed ?? DEFAULT_SEED);
  if (typeof (rng as Rng).int === 'function') return rng as Rng;
  const plain = rng;
  return Object.assign(() => plain(), {
    int: (bound: number) => Math.floor(plain() * bound),
    fork: (): Rng => createRng(Math.floor(plain() * 4294967296)),
  });
}

/**
 * Draws `k` distinct items uniformly (a seeded partial Fisher–Yates shuffle of a copy): the one
 * source sampler of the sampled estimates (`separation`) and of the small-world check (`strategies`).
 *
 * @param items - the population (not modified).
 * @param k - how many to draw (at most `items.length` are).
 * @param random - floats in [0, 1).
 * @returns the first min(k, N) items of the shuffle, in draw order.
 * @remarks Time O(N) for the copy plus O(k) draws.
 */
export function sampleWithoutReplacement(items: Int32Array, k: number, random: () => number): Int32Array {
  const N = items.length;
  const count = Math.min(k, N);
  const pool = items.slice();
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (N - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.subarray(0, count);
}
