// The CLI's --json output is written in parts (writeJson), so a 10⁷-level distribution with its
// error bars never has to fit one string: the parts, joined, are exactly what JSON.stringify with
// the CLI's replacer gives (the oracle below is the replacer toJson used before it streamed);
// every part stays small; and an output past V8's longest string is written whole.

import { constants } from 'node:buffer';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/cli/context.js';
import { toJson, writeJson } from '../../src/cli/output.js';

const PART = 1 << 16;

function oracle(value: unknown): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === 'bigint') return v.toString();
      if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return Array.from(v as unknown as ArrayLike<number>);
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      if (typeof v === 'number' && !Number.isInteger(v)) return Number(v.toPrecision(12));
      return v;
    },
    2,
  );
}

const parts = (value: unknown): string[] => {
  const out: string[] = [];
  writeJson(value, (p) => out.push(p));
  return out;
};

const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 1 }),
  fc.double(),
  fc.bigInt(),
  fc.constant(undefined),
  fc.constant(() => 1),
  fc.date({ noInvalidDate: true }),
  fc.float64Array({ maxLength: 5 }),
  fc.int32Array({ maxLength: 5 }),
  fc.bigInt64Array({ maxLength: 3 }),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object'), tie('map'), tie('set')),
  array: fc.array(tie('tree'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 4 }), tie('tree'), { maxKeys: 4 }),
  map: fc
    .array(fc.tuple(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), tie('tree')), { maxLength: 3 })
    .map((entries) => new Map(entries)),
  set: fc.array(tie('tree'), { maxLength: 3 }).map((items) => new Set(items)),
}));

describe('writeJson', () => {
  test.prop([fc.oneof(fc.object(), fc.array(tree), fc.dictionary(fc.string(), tree))])(
    'joined, its parts are JSON.stringify with the CLI replacer',
    (value) => {
      expect(parts(value).join('')).toBe(oracle(value));
      expect(toJson(value)).toBe(oracle(value));
    },
  );

  it.each([
    ['a number', 1.0000000000000007],
    ['a string', 'é"\n'],
    ['null', null],
    ['an empty array', []],
    ['an empty object', {}],
    ['a typed array', new Float64Array([1, Number.NaN, 2.5, Number.POSITIVE_INFINITY])],
    ['a Buffer (its toJSON)', Buffer.from('ab')],
    ['a Map of Sets', new Map([['a', new Set([1, 2])]])],
  ])('%s', (_, value) => expect(parts(value).join('')).toBe(oracle(value)));

  it('hands over parts of about 64 K characters', () => {
    const summary = { distribution: Float64Array.from({ length: 200_000 }, (_, i) => i * 1.5), people: 3 };
    const out = parts(summary);
    expect(out.length).toBeGreaterThan(10);
    for (const p of out) expect(p.length).toBeLessThan(PART + 64);
    expect(JSON.parse(out.join(''))).toEqual(JSON.parse(oracle(summary)));
  });

  it('writes an output longer than the longest string V8 can hold', () => {
    // 36·10⁶ entries of "\n    1234567890," = 576·10⁶ characters, past 2²⁹ − 24
    const n = 36_000_000;
    const distribution = new Int32Array(n).fill(1_234_567_890);
    let length = 0;
    let longest = 0;
    let first = '';
    let last = '';
    writeJson({ distribution }, (p) => {
      if (first === '') first = p.slice(0, 37);
      length += p.length;
      longest = Math.max(longest, p.length);
      last = p;
    });
    expect(length).toBe('{\n  "distribution": ['.length + n * '\n    1234567890,'.length - 1 + '\n  ]\n}'.length);
    expect(length).toBeGreaterThan(constants.MAX_STRING_LENGTH);
    expect(longest).toBeLessThan(PART + 64);
    expect(first).toBe('{\n  "distribution": [\n    1234567890,');
    expect(last.endsWith('1234567890\n  ]\n}')).toBe(true);
  }, 120_000);

  it('is how the CLI prints --json: in parts, the same text', () => {
    const out: string[] = [];
    const ctx = createContext({
      stdout: (t) => out.push(t),
      stderr: () => {},
      signal: new AbortController().signal,
      interactive: false,
      cwd: '.',
      terminal: false,
    });
    const summary = { distribution: Array.from({ length: 50_000 }, (_, i) => i), meanDistance: 4.57 };
    ctx.json(summary);
    expect(out.length).toBeGreaterThan(2);
    expect(out.join('')).toBe(`${oracle(summary)}\n`);
  });
});
