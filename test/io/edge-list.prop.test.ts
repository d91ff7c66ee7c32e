// The byte-level parser against a naive line-by-line oracle (split, trim, regex), on random
// edge lists mixing separators, CRLF, comments, blank lines, extra columns, leading zeros,
// overlong integers, UTF-8 and odd tokens, fed in random chunks. Directed and unsimplified, so the
// index holds exactly the parsed edges (as a multiset).
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { createEdgeListParser } from '../../src/index.js';

const token = fc.oneof(
  { weight: 6, arbitrary: fc.nat(40).map(String) },
  fc.constantFrom('007', '0', '2147483647', '2147483648', '99999999999', 'ada', 'é', '北京', '-3', 'x.y', '1e3'),
);
const sep = fc.constantFrom(' ', '\t', ',', ';', '  ', ' ,\t', ', ');
const line = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom('', ' ', '\t'), token, sep, token, fc.constantFrom('', ' ', '\t', ','))
      .map(([l, a, s, b, t]) => `${l}${a}${s}${b}${t}`),
  },
  { weight: 2, arbitrary: fc.tuple(token, sep, token, sep, token).map((x) => x.join('')) },
  fc.constantFrom('# comment 1 2', '% 3 4', '', '   ', 'lonely', '5'),
);
const input = fc.record({
  lines: fc.array(line, { maxLength: 40 }),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  cuts: fc.array(fc.nat(2000), { maxLength: 6 }),
});

function oracle(lines: string[]) {
  const edges: string[] = [];
  let comments = 0;
  let blank = 0;
  let extraColumns = 0;
  const skipped: number[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\r$/, '');
    const trimmed = text.replace(/^[ \t]+/, '');
    if (trimmed === '') return void blank++;
    if (trimmed[0] === '#' || trimmed[0] === '%') return void comments++;
    const tokens = trimmed.split(/[ \t,;]+/).filter((t) => t !== '');
    if (tokens.length < 2) return void skipped.push(i + 1);
    if (tokens.length > 2) extraColumns++;
    edges.push(`${tokens[0]}→${tokens[1]}`);
  });
  return { edges: edges.sort(), comments, blank, extraColumns, skipped };
}

describe('edge-list parser', () => {
  test.prop([input])('matches a naive line parser, whatever the chunking', ({ lines, crlf, finalNewline, cuts }) => {
    const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length > 0 ? '\n' : '');
    const bytes = new TextEncoder().encode(text);
    const parser = createEdgeListParser({ directed: true, simplify: false, header: false, invalidLines: 'skip' });
    let at = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      const to = Math.min(cut, bytes.length);
      if (to > at) parser.push(bytes.slice(at, to));
      at = Math.max(at, to);
    }
    parser.push(bytes.slice(at));
    const { csr, report } = parser.finish();
    const got: string[] = [];
    for (let u = 0; u < csr.order; u++) {
      for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++)
        got.push(`${csr.keys.key(u)}→${csr.keys.key(csr.targets[j]!)}`);
    }
    const want = oracle(text === '' ? [] : text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined));
    expect(got.sort()).toEqual(want.edges);
    expect(report.edges).toBe(want.edges.length);
    expect({ comments: report.comments, blank: report.blank, extraColumns: report.extraColumns }).toEqual({
      comments: want.comments,
      blank: want.blank,
      extraColumns: want.extraColumns,
    });
    expect(report.skipped.map((s) => s.line)).toEqual(want.skipped);
  });
});
