// The WebAssembly integer-line loop of the edge-list parser against the JavaScript one: on random
// texts mixing integer lines, extra columns, CRLF, odd separators, leading zeros, numbers past
// int32, comments, headers and string keys, fed in random chunks, both give the same index and
// the same report. Large inputs cross the 64 KiB window, and a line longer than it goes the general way.
// The same holds when the endpoints are parsed straight into a WebAssembly heap (`memory: 'wasm'`,
// or `'auto'` once the input grows large) and the index is built there in place.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createEdgeListParser, parseEdgeList, type EdgeListOptions } from '../../src/io/edge-list.js';
import { setWasmMemoryLimit } from '../../src/wasm/memory-limit.js';
import { heapOf } from '../../src/wasm/wasm-heap.js';

const token = fc.oneof(
  { weight: 8, arbitrary: fc.nat(3000).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('0', '00', '007', '2147483647', '2147483648', '99999999999', '12x', 'ada', '-1'),
  },
);
const sep = fc.constantFrom(' ', '\t', ',', ';', '  ', ' \t');
const line = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(token, sep, token).map(([a, s, b]) => `${a}${s}${b}`) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(token, sep, token, sep, fc.string({ maxLength: 6 }))
      .map(([a, s, b, t, x]) => `${a}${s}${b}${t}${x.replace(/[\r\n]/g, '')}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('# comment', '% note', '', ' ', 'source target', '5', '3 4 ', '1 2\r', '\r'),
  },
);
const text = fc
  .tuple(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
  .map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ''));

function run(input: string, options: EdgeListOptions, cuts: number[]) {
  const bytes = new TextEncoder().encode(input);
  const parser = createEdgeListParser(options);
  let at = 0;
  try {
    for (const c of [...cuts.map((x) => x % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
      parser.push(bytes.subarray(at, Math.max(at, c)));
      at = Math.max(at, c);
    }
    const { csr, report } = parser.finish();
    return {
      order: csr.order,
      offsets: Array.from(csr.offsets),
      targets: Array.from(csr.targets),
      keys: Array.from({ length: csr.order }, (_, i) => csr.keys.key(i)),
      report,
    };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('edge-list integer lines: WebAssembly = JavaScript', () => {
  test.prop(
    [
      text,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.constantFrom<'error' | 'skip'>('error', 'skip'),
      fc.constantFrom<boolean | 'auto'>('auto', false, true),
    ],
    { numRuns: 300 },
  )('same index, keys and report for any text and chunking', (input, cuts, invalidLines, header) => {
    expect(run(input, { invalidLines, header, kernel: 'auto' }, cuts)).toEqual(
      run(input, { invalidLines, header, kernel: 'js' }, cuts),
    );
  });

  it('across many windows, with a line longer than a window', () => {
    const lines: string[] = [];
    for (let i = 0; i < 40_000; i++) lines.push(`${i % 997} ${(i * 31) % 1013}${i % 50 === 0 ? ' 7 extra' : ''}`);
    lines.splice(20_000, 0, `1 2 ${'x'.repeat(70_000)}`, '# a comment', '3\t4');
    const input = lines.join('\n') + '\n';
    const wasm = parseEdgeList(input);
    const js = parseEdgeList(input, { kernel: 'js' });
    expect(Array.from(wasm.csr.targets)).toEqual(Array.from(js.csr.targets));
    expect(Array.from(wasm.csr.offsets)).toEqual(Array.from(js.csr.offsets));
    expect(wasm.report).toEqual(js.report);
    expect(wasm.report.edges).toBe(40_002);
    expect(wasm.report.extraColumns).toBe(801);
  });

  test.prop(
    [
      text,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.constantFrom<'error' | 'skip'>('error', 'skip'),
      fc.constantFrom<boolean | 'auto'>('auto', false, true),
      fc.boolean(),
    ],
    { numRuns: 300 },
  )('parsed into a heap: same index, keys and report', (input, cuts, invalidLines, header, directed) => {
    expect(run(input, { invalidLines, header, directed, memory: 'wasm' }, cuts)).toEqual(
      run(input, { invalidLines, header, directed, memory: 'js', kernel: 'js' }, cuts),
    );
  });

  it('moves into a heap once the edges grow, whatever the chunks, and falls back to strings there', () => {
    // 50 000 integer lines in 1 KiB chunks, CRLF, a comment and an extra column on the way, then
    // one string key: the endpoints already in the heap become string ids in place.
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++)
      lines.push(`${(i * 7919) % 40_000} ${(i * 31) % 39_989}${i % 1000 === 0 ? ' 1.5' : ''}`);
    lines.splice(25_000, 0, '# halfway');
    for (const tail of [[], ['ada 17']]) {
      const input = [...lines, ...tail].join('\r\n');
      const cuts = Array.from({ length: Math.ceil(input.length / 1024) }, (_, i) => i * 1024 + 1);
      const auto = run(input, {}, cuts);
      const js = run(input, { memory: 'js', kernel: 'js' }, cuts);
      expect(auto).toEqual(js);
      expect(auto.report!.keyMode).toBe(tail.length ? 'string' : 'integer');
      // Small chunks, no size given: the parser starts in ordinary arrays and moves into a heap.
      const parser = createEdgeListParser();
      const bytes = new TextEncoder().encode(input);
      for (let at = 0; at < bytes.length; at += 1024) parser.push(bytes.subarray(at, at + 1024));
      const heap = (parser as unknown as { ends: { heap: unknown } }).ends.heap;
      const { csr } = parser.finish();
      expect(heap).toBeTruthy();
      expect(heapOf(csr.offsets, csr.targets)).toBe(heap);
    }
  });

  it('leaves the heap past the edges its build takes (a lowered memory limit stands for 2^25)', () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => `${i % 5000} ${(i * 7) % 4999}`);
    const input = `${lines.join('\n')}\n`;
    const previous = setWasmMemoryLimit(1 << 20); // 32,768 edges
    try {
      for (const totalBytes of [input.length, undefined]) {
        const parser = createEdgeListParser({ memory: 'wasm', ...(totalBytes ? { totalBytes } : {}) });
        const bytes = new TextEncoder().encode(input);
        for (let at = 0; at < bytes.length; at += 1 << 16) parser.push(bytes.subarray(at, at + (1 << 16)));
        const src = (parser as unknown as { ends: { src: { heap: unknown } } }).ends.src;
        expect(src.heap).toBeNull();
        const got = parser.finish();
        const want = parseEdgeList(input, { memory: 'js', kernel: 'js' });
        expect(Array.from(got.csr.targets)).toEqual(Array.from(want.csr.targets));
        expect(got.report).toEqual(want.report);
      }
    } finally {
      setWasmMemoryLimit(previous);
    }
  });
});
