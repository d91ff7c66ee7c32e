// The kernels' packing (scripts/compile-wat.ts packKernel and toBase91, src/wasm/kernel-pack.ts
// unpackKernel): base 91 both ways, and the decoder against Zopfli (what ships) and zlib, two
// independent DEFLATE encoders, over every block type zlib writes
// (stored at level 0 and for noise, fixed Huffman under Z_FIXED, dynamic otherwise, several blocks
// for long inputs), lengths and distances up to their largest codes.
import { constants, deflateRawSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { packKernel, toBase91 } from '../../scripts/compile-wat.js';
import { unpackKernel } from '../../src/wasm/kernel-pack.js';

const unpack = (deflated: Uint8Array): number[] => Array.from(unpackKernel(toBase91(deflated)));
const STRATEGIES = [
  constants.Z_DEFAULT_STRATEGY,
  constants.Z_FILTERED,
  constants.Z_HUFFMAN_ONLY,
  constants.Z_RLE,
  constants.Z_FIXED,
];
// A linear congruential generator: no period a match could find in the lengths used here.
const noise = (n: number, seed: number) => {
  let x = seed;
  return Uint8Array.from({ length: n }, () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24);
};

describe('kernel packing', () => {
  // Base 91 alone: the decoder's first step gives the bytes back, and at most one zero byte more.
  test.prop([fc.uint8Array({ maxLength: 100 })])('reads base 91 back (the stored block of level 0)', (bytes) => {
    const stored = deflateRawSync(bytes, { level: 0 });
    expect(Array.from(unpackKernel(toBase91(stored)))).toEqual(Array.from(bytes));
    expect(toBase91(bytes)).toMatch(/^[ !#-&(-[\]-_a-~]*$/);
    expect(toBase91(bytes).length).toBe(2 * Math.ceil((8 * bytes.length) / 13));
  });

  test.prop([fc.uint8Array({ maxLength: 600 })], { numRuns: 30 })('gives back any bytes (Zopfli)', async (bytes) => {
    expect(Array.from(unpackKernel(toBase91(await packKernel(bytes))))).toEqual(Array.from(bytes));
  });

  // Few distinct bytes: many matches, of every length and distance; every level and strategy.
  test.prop([
    fc.array(fc.constantFrom(0, 1, 0x20, 0x41), { maxLength: 3000 }),
    fc.integer({ min: 0, max: 9 }),
    fc.constantFrom(...STRATEGIES),
  ])('reads what zlib writes at any level and strategy', (values, level, strategy) => {
    expect(unpack(deflateRawSync(Uint8Array.from(values), { level, strategy }))).toEqual(values);
  });

  // Byte values four apart: the code lengths have runs of three zeros (code 17), of more than ten
  // (code 18) and of equal lengths (code 16).
  test.prop([fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 100, maxLength: 3000 })])(
    'reads every code-length code',
    (values) => {
      const bytes = values.map((v) => 4 * v);
      expect(unpack(deflateRawSync(Uint8Array.from(bytes)))).toEqual(bytes);
    },
  );

  it('reads stored, fixed and dynamic blocks, several in one stream', () => {
    const head = noise(300, 1);
    // noise (stored blocks past 64 KiB), a far repeat (distance codes up to 29), a run (length 258)
    const bytes = Uint8Array.from([...head, ...noise(70_000, 2), ...head, ...new Array(1000).fill(9)]);
    for (const options of [{ level: 0 }, { level: 9 }, { level: 9, strategy: constants.Z_FIXED }, { level: 1 }]) {
      const deflated = deflateRawSync(bytes, options);
      expect(unpack(deflated), JSON.stringify(options)).toEqual(Array.from(bytes));
    }
    // the first block's type, bits 1–2 of the stream: 0 stored, 1 fixed
    expect((deflateRawSync(bytes, { level: 0 })[0]! >> 1) & 3).toBe(0);
    const text = new TextEncoder().encode('local.get $a local.get $b i32.add '.repeat(40));
    const fixed = deflateRawSync(text, { strategy: constants.Z_FIXED });
    expect((fixed[0]! >> 1) & 3).toBe(1);
    expect(unpack(fixed)).toEqual(Array.from(text));
    expect((deflateRawSync(text)[0]! >> 1) & 3).not.toBe(0);
    // the repeated head costs a few codes, not 300 literals
    expect(deflateRawSync(Uint8Array.from([...head, ...head])).length).toBeLessThan(360);
  });

  it('says so when the stream ends before its last block', () => {
    const deflated = deflateRawSync(noise(2000, 3).map((b) => b & 3));
    expect(() => unpackKernel(toBase91(deflated.subarray(0, deflated.length >> 1)))).toThrow(
      'handshakes: a packed kernel ends early',
    );
    expect(() => unpackKernel('')).toThrow('handshakes: a packed kernel ends early');
  });

  it('reads the documented example', () => {
    expect(Array.from(unpackKernel('WDSU!   '))).toEqual([0x61, 0x62, 0x63]);
    expect(toBase91(deflateRawSync('abc'))).toBe('WDSU!   ');
  });
});
