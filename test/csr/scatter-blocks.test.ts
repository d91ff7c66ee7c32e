// scatterRows by blocks of rows (the path of inputs past 2^19 edges), forced onto small graphs
// with small blocks so that many blocks, a partial last block and empty rows occur: rows, their
// order, the self-loop and duplicate counts and shared memory must match a naive build, for the
// WebAssembly kernel (the default) and the JavaScript one.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { blockShift, scatterRows } from '../../src/csr/scatter.js';

function naive(
  n: number,
  s: number[],
  t: number[],
  flags: number[] | null,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
) {
  const rows: number[][] = Array.from({ length: n }, () => []);
  let selfLoops = 0;
  for (let i = 0; i < s.length; i++) {
    const [a, b] = reverse ? [t[i]!, s[i]!] : [s[i]!, t[i]!];
    if (a === b) selfLoops++;
    if (a === b && simplify) continue;
    rows[a]!.push(b);
    if (a !== b && (!directed || flags?.[i] === 1)) rows[b]!.push(a);
  }
  const kept = simplify ? rows.map((r) => [...new Set(r)]) : rows;
  const duplicates = rows.reduce((sum, r, u) => sum + r.length - kept[u]!.length, 0);
  return { rows: kept, selfLoops, duplicates };
}

// The first index where the arrays differ (a length mismatch at the shorter length), or -1.
function mismatch(a: Int32Array, b: Int32Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

const input = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(
      fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 1 })),
      { maxLength: 300 },
    ),
    shift: fc.integer({ min: 0, max: 6 }),
    directed: fc.boolean(),
    reverse: fc.boolean(),
    simplify: fc.boolean(),
    shared: fc.boolean(),
  }),
);

describe('scatterRows by blocks', () => {
  test.prop([input], { numRuns: 300 })(
    'matches a naive build for any block size',
    ({ n, edges, shift, directed, reverse, simplify, shared }) => {
      const s = edges.map((e) => e[0]);
      const t = edges.map((e) => e[1]);
      const flags = edges.map((e) => e[2]);
      const want = naive(n, s, t, flags, directed, reverse, simplify);
      const trusted = {
        sources: Int32Array.from(s),
        targets: Int32Array.from(t),
        undirectedEdges: Uint8Array.from(flags),
      };
      for (const [k, kernel] of [
        [shift, 'auto'],
        [shift, 'js'],
        [undefined, 'auto'],
      ] as const) {
        const got = scatterRows(n, trusted, directed, reverse, simplify, shared, k, kernel);
        expect(got.offsets.length).toBe(n + 1);
        expect(got.offsets[n]).toBe(got.entries.length);
        expect(
          Array.from({ length: n }, (_, u) => Array.from(got.entries.subarray(got.offsets[u]!, got.offsets[u + 1]!))),
        ).toEqual(want.rows);
        expect([got.selfLoops, got.duplicates]).toEqual([want.selfLoops, want.duplicates]);
        expect([
          got.offsets.buffer instanceof SharedArrayBuffer,
          got.entries.buffer instanceof SharedArrayBuffer,
        ]).toEqual([shared, shared]);
      }
    },
  );

  it('the empty graph', () => {
    for (const kernel of ['auto', 'js'] as const) {
      const got = scatterRows(
        0,
        { sources: new Int32Array(0), targets: new Int32Array(0) },
        false,
        false,
        true,
        false,
        3,
        kernel,
      );
      expect([Array.from(got.offsets), got.entries.length]).toEqual([[0], 0]);
    }
  });

  it('WebAssembly, JavaScript and row-by-row builds give the same bytes on a graph past 2^19 edges', () => {
    const n = 300_000;
    const m = 600_000;
    let x = 12345;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const trusted = { sources: Int32Array.from({ length: m }, next), targets: Int32Array.from({ length: m }, next) };
    const shift = blockShift(n);
    for (const simplify of [true, false]) {
      const direct = scatterRows(n, trusted, false, false, simplify, false); // up to 2^21 rows: row by row
      for (const kernel of ['auto', 'js'] as const) {
        const blocked = scatterRows(n, trusted, false, false, simplify, false, shift, kernel);
        // element by element (toEqual on a million entries takes tens of seconds on a loaded machine)
        expect(mismatch(blocked.offsets, direct.offsets)).toBe(-1);
        expect(mismatch(blocked.entries, direct.entries)).toBe(-1);
        expect([blocked.selfLoops, blocked.duplicates]).toEqual([direct.selfLoops, direct.duplicates]);
      }
    }
  });

  it('keeps about 512 blocks or fewer, of 2^11 to 2^16 rows', () => {
    expect([1, 1e5, 1e6, 1e7, 1e8, 2 ** 31 - 2].map(blockShift)).toEqual([11, 11, 11, 15, 16, 16]);
    expect(Math.ceil(1e7 / 2 ** blockShift(1e7))).toBeLessThanOrEqual(512);
  });
});
