// The worker-parallel edge-list reader against the single-thread one: on random files (integer
// lines, extra columns, odd separators, CRLF, comments, blank and malformed lines, a header or
// not, now and then a string key or a non-canonical number), cut anywhere — inside a line too —
// into 2–4 ranges, both give the same index, keys and report, or the same error. A string-keyed
// file is the one case the parallel reader hands back (null) to the single thread. With
// `memory: 'wasm'` the ranges parse into the heap and the threads build the rows there together.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { EdgeListOptions } from '../../src/io/edge-list.js';
import { readEdgeList } from '../../src/node.js';
import { readEdgeListParallel } from '../../src/node/parallel-edge-list.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-parallel-');

const token = fc.nat(60).map(String);
const sep = fc.constantFrom(' ', '\t', ',', ';', '  ', ' \t');
const line = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(token, sep, token).map(([a, s, b]) => `${a}${s}${b}`) },
  { weight: 2, arbitrary: fc.tuple(token, sep, token, sep, token).map(([a, s, b, t, c]) => `${a}${s}${b}${t}${c}`) },
  { weight: 2, arbitrary: fc.constantFrom('# comment', '% note', '', ' \t', '3 4 ', '1 2\r', '\r', ' 5 6') },
  { weight: 1, arbitrary: fc.constantFrom('5', ',,', 'x') },
);
// Now and then one line with a key that is not a canonical int32 (the file is string-keyed).
const odd = fc.option(fc.tuple(fc.constantFrom('007', '2147483648', '12x', 'ada', '-1', '1.5'), fc.nat(60), fc.nat()), {
  freq: 3,
});
const first = fc.constantFrom('', 'source target', 'from,to,weight', 'a b', '# head', '0 1');
const file = fc
  .tuple(first, fc.array(line, { maxLength: 50 }), odd, fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([head, lines, o, eol, last]) => {
    if (o !== null) lines.splice(o[2] % (lines.length + 1), 0, `${o[1]} ${o[0]}`);
    return [...(head ? [head] : []), ...lines].join(eol) + (last ? eol : '');
  });

// Lines with two keys or more (not comments): the parallel reader needs two, whole, to start.
const dataLines = (text: string): number =>
  text.split('\n').filter((l) => !/^[ \t]*[#%]/.test(l) && l.split(/[ \t,;\r]+/).filter(Boolean).length >= 2).length;

type Outcome =
  | { error: string }
  | { order: number; offsets: number[]; targets: number[]; in: number[]; keys: string[]; report: unknown };

async function outcome(read: () => Promise<Awaited<ReturnType<typeof readEdgeList>> | null>): Promise<Outcome | null> {
  try {
    const csr = await read();
    if (csr === null) return null;
    return {
      order: csr.order,
      offsets: Array.from(csr.offsets),
      targets: Array.from(csr.targets),
      in: Array.from(csr.inTargets),
      keys: Array.from({ length: csr.order }, (_, i) => csr.keys.key(i)),
      report: csr.report,
    };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

let count = 0;
// Ranges parsed in this thread (many runs, no thread started) or on real workers (fewer runs).
for (const inThread of [true, false]) {
  describe(`readEdgeList with workers = one thread (${inThread ? 'ranges in-thread' : 'worker threads'})`, () => {
    test.prop(
      [
        file,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<'error' | 'skip'>('error', 'skip'),
        fc.constantFrom<boolean | 'auto'>('auto', 'auto', false, true),
        fc.boolean(),
        fc.constantFrom<'auto' | 'js'>('auto', 'js'),
        fc.boolean(),
        fc.constantFrom<'auto' | 'wasm' | 'js'>('auto', 'wasm', 'wasm', 'js'),
      ],
      { numRuns: inThread ? 200 : 30 },
    )(
      'same index, keys and report (or error) for any file and any cuts',
      async (text, at, invalidLines, header, directed, kernel, simplify, memory) => {
        const path = join(dir, `f${count++}.txt`);
        const bytes = Buffer.from(text);
        writeFileSync(path, bytes);
        // memory 'wasm': even a small index is built in the heap, by the threads together (undirected).
        const options: EdgeListOptions = { invalidLines, header, directed, kernel, simplify, memory };
        const cuts = at.map((x) => Math.floor(x * bytes.length)).sort((a, b) => a - b);
        const one = await outcome(() => readEdgeList(path, options));
        const many = await outcome(() =>
          readEdgeListParallel(path, bytes.length, cuts.length + 1, options, { cuts, inThread }),
        );
        if (many === null) {
          // Handed back to one thread: a string-keyed file (or an error after a string key), or too short.
          const handedBack =
            one !== null && ('error' in one || (one.report as { keyMode: string }).keyMode === 'string');
          expect(handedBack || dataLines(text) <= 2).toBe(true);
          return;
        }
        expect(many).toEqual(one);
      },
      240_000,
    );
  });
}
