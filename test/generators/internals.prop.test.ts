// The pair hash set against a JS Set, and the generator stream against an independent BigInt
// implementation of splitmix32 seeding + xoshiro128** (Blackman & Vigna's reference algorithm).
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EdgeSet } from '../../src/generators/edge-set.js';
import { createRng } from '../../src/index.js';

describe('EdgeSet', () => {
  test.prop([
    fc.integer({ min: 1, max: 30 }),
    fc.array(fc.tuple(fc.constantFrom('add', 'delete', 'has'), fc.nat(), fc.nat()), { maxLength: 400 }),
  ])('behaves as a Set of unordered pairs through growth, tombstones and rehashing', (n, ops) => {
    const set = new EdgeSet(n, 1);
    const oracle = new Set<string>();
    for (const [op, a, b] of ops) {
      const u = a % n;
      const v = b % n;
      const key = u < v ? `${u},${v}` : `${v},${u}`;
      if (op === 'add') expect(set.add(u, v)).toBe(!oracle.has(key)), oracle.add(key);
      else if (op === 'delete') expect(set.delete(v, u)).toBe(oracle.delete(key));
      else expect(set.has(u, v)).toBe(oracle.has(key));
      expect(set.size).toBe(oracle.size);
    }
  });
});

const M32 = (1n << 32n) - 1n;
function referenceRng(seed: number): () => number {
  let sm = BigInt(seed) & M32;
  const splitmix = (): bigint => {
    sm = (sm + 0x9e3779b9n) & M32;
    let z = sm;
    z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M32;
    z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M32;
    return z ^ (z >> 16n);
  };
  let [a, b, c, d] = [splitmix(), splitmix(), splitmix(), splitmix()];
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & M32;
  return () => {
    const result = (rotl((b * 5n) & M32, 7n) * 9n) & M32;
    const t = (b << 9n) & M32;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11n);
    return Number(result) / 2 ** 32;
  };
}

describe('createRng', () => {
  it.each([0, 1, 42, 123456789, -7])('matches an independent xoshiro128** for seed %i', (seed) => {
    const ours = createRng(seed);
    const theirs = referenceRng(seed);
    for (let i = 0; i < 1000; i++) expect(ours()).toBe(theirs());
  });
});
