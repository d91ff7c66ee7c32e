// The kernels' packing (scripts/compile-wat.ts packKernel, src/wasm/kernel-pack.ts unpackKernel):
// any bytes come back as they went in, with literal runs past 128 bytes, matches past the longest
// token, overlapping matches (a run of one byte) and offsets of one, two and three LEB128 bytes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { packKernel, toBase64 } from '../../scripts/compile-wat.js';
import { unpackKernel } from '../../src/wasm/kernel-pack.js';

const roundTrip = (bytes: Uint8Array): Uint8Array => unpackKernel(toBase64(packKernel(bytes)));

describe('kernel packing', () => {
  test.prop([fc.uint8Array({ maxLength: 600 })])('gives back any bytes', (bytes) => {
    expect(Array.from(roundTrip(bytes))).toEqual(Array.from(bytes));
  });

  // Few distinct bytes: many matches, of every length and offset.
  test.prop([fc.array(fc.constantFrom(0, 1, 0x20, 0x41), { maxLength: 2000 })])(
    'gives back repetitive bytes (matches, overlapping ones included)',
    (values) => {
      const bytes = Uint8Array.from(values);
      expect(Array.from(roundTrip(bytes))).toEqual(values);
    },
  );

  it('reads matches far behind (two- and three-byte offsets) and long runs', () => {
    // A linear congruential generator: no period a match could find in 20,000 bytes.
    const noise = (n: number, seed: number) => {
      let x = seed;
      return Uint8Array.from({ length: n }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
    };
    const head = noise(300, 1);
    const bytes = Uint8Array.from([...head, ...noise(20_000, 2), ...head, ...new Array(1000).fill(9)]);
    const packed = packKernel(bytes);
    expect(Array.from(roundTrip(bytes))).toEqual(Array.from(bytes));
    // the repeated head costs a few tokens, not 300 literals
    expect(packed.length).toBeLessThan(bytes.length - 250);
  });

  it('reads the documented example', () => {
    expect(Array.from(unpackKernel('AmFiYw=='))).toEqual([0x61, 0x62, 0x63]);
  });
});
