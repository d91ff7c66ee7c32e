// Byte mutations for the fuzz suite: random replacements, insertions (of bytes that matter to the
// parsers: quotes, delimiters, line ends, NUL, invalid UTF-8, markup), deletions and duplicated
// slices, applied to a real input.
import { fc } from '@fast-check/vitest';

const INTERESTING = [
  0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x00, 0xff, 0xfe, 0x3c, 0x3e, 0x2f, 0x26, 0x23, 0x20, 0x30, 0x2d, 0x5c,
];

/** One mutation: where (a fraction of the length), what, and the bytes involved. */
export type Mutation = { at: number; kind: 'replace' | 'insert' | 'delete' | 'duplicate'; byte: number; span: number };

/** An arbitrary list of mutations. */
export const mutations = (max = 6): fc.Arbitrary<Mutation[]> =>
  fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      kind: fc.constantFrom('replace', 'insert', 'delete', 'duplicate'),
      byte: fc.oneof(fc.constantFrom(...INTERESTING), fc.integer({ min: 0, max: 255 })),
      span: fc.integer({ min: 1, max: 64 }),
    }),
    { minLength: 1, maxLength: max },
  );

/** Applies mutations to a copy of `input`. */
export function mutate(input: Uint8Array, list: readonly Mutation[]): Uint8Array {
  let bytes: Uint8Array = input.slice();
  for (const m of list) {
    const i = Math.min(bytes.length, Math.floor(m.at * bytes.length));
    const end = Math.min(bytes.length, i + m.span);
    if (m.kind === 'replace' && i < bytes.length) bytes[i] = m.byte;
    else if (m.kind === 'insert') bytes = concat(bytes.subarray(0, i), new Uint8Array([m.byte]), bytes.subarray(i));
    else if (m.kind === 'delete') bytes = concat(bytes.subarray(0, i), bytes.subarray(end));
    else if (m.kind === 'duplicate')
      bytes = concat(bytes.subarray(0, end), bytes.subarray(i, end), bytes.subarray(end));
  }
  return bytes;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
