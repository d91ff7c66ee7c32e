// Edge lists with CSV-quoted keys — what a spreadsheet saves when a name holds a space, a comma or
// a quote (`"Ada Moreau","Zoé, ""Z"" Laurent"`) — read as those keys. They were read as garbage
// (`"Ada` and `Moreau"`, the rest "extra columns"). toEdgesCsv's output now reads back whole.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ParseError, parseEdgeList, toEdgesCsv } from '../../src/index.js';
import { readEdgeList } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-quoted-');

// the edges as sorted "a|b" pairs of keys (undirected), from the index
function edges(csr: ReturnType<typeof parseEdgeList>['csr']): string[] {
  const out: string[] = [];
  for (let u = 0; u < csr.order; u++)
    for (let p = csr.offsets[u]!; p < csr.offsets[u + 1]!; p++) {
      const v = csr.targets[p]!;
      if (u <= v) out.push([csr.keys.key(u), csr.keys.key(v)].sort().join('|'));
    }
  return out.sort();
}

// an independent CSV quoting: every key quoted, quotes doubled
const quote = (key: string): string => `"${key.replaceAll('"', '""')}"`;

describe('quoted keys in edge lists', () => {
  it('a spreadsheet export: header, quoted names with spaces, commas and quotes', () => {
    const text = 'source,target\n"Ada Moreau","Theo Brun"\r\n"Theo Brun","Zoé, ""Z"" Laurent"\n';
    const { csr, report } = parseEdgeList(text);
    expect(edges(csr)).toEqual(['Ada Moreau|Theo Brun', 'Theo Brun|Zoé, "Z" Laurent']);
    expect(report).toMatchObject({ lines: 3, edges: 2, header: 'source,target', extraColumns: 0 });
  });

  it('quoted and bare keys mix; a quote inside a bare token is a character', () => {
    expect(edges(parseEdgeList('"a b" c extra\na"b "c"\n"" d\n').csr)).toEqual(['a b|c', 'a"b|c', '|d'].sort());
  });

  it('"3" is the key 3 (string mode, as the other keys become)', () => {
    expect(edges(parseEdgeList('1 2\n"3" 4\n').csr)).toEqual(['1|2', '3|4']);
  });

  it.each([
    ['"abc d\n', /line 1: a quoted key has no closing quote/],
    ['a b\n"abc"x d\n', /line 2: text after the closing quote of a key/],
    ['"a\nb" c\n', /line 1: a quoted key has no closing quote/], // a key never spans lines
  ])('%j is a ParseError naming the line', (text, reason) => {
    expect(() => parseEdgeList(text, { source: 'q.csv' })).toThrow(ParseError);
    expect(() => parseEdgeList(text, { source: 'q.csv' })).toThrow(reason);
  });

  it('invalidLines: skip counts the line: lines = edges + header + blank + comments + skipped', () => {
    const { report } = parseEdgeList('a b\n"open c\nc d\n', { invalidLines: 'skip' });
    expect(report.skipped).toEqual([{ line: 2, reason: 'a quoted key has no closing quote' }]);
    expect(report.edges).toBe(2);
  });

  const key = fc
    .string({ unit: 'grapheme', maxLength: 6 })
    .filter((k) => !/[\r\n\0]/.test(k) && !/^[=+\-@\t]/.test(k.trimStart()));
  test.prop([fc.array(fc.tuple(key, key), { minLength: 1, maxLength: 25 })])(
    'any keys written quoted read back as themselves (vs an independent quoting)',
    (pairs) => {
      const text = `source,target\n${pairs.map(([a, b]) => `${quote(a)},${quote(b)}`).join('\n')}\n`;
      const expected = [...new Set(pairs.filter(([a, b]) => a !== b).map(([a, b]) => [a, b].sort().join('|')))].sort();
      expect(edges(parseEdgeList(text).csr)).toEqual(expected);
    },
  );

  // toCsv quotes only what RFC 4180 needs (comma, quote, line end): a key with a space, tab or
  // semicolon, or an empty one, is left bare and splits, a bare # or % first starts a comment;
  // commas and quotes now read back
  const csvKey = key.filter((k) => k !== '' && !/[ \t;]/.test(k) && !/^[#%]/.test(k)); // # and % start comments
  test.prop([fc.array(fc.tuple(csvKey, csvKey), { minLength: 1, maxLength: 25 })])(
    "toEdgesCsv's output reads back as the same connections (keys with commas and quotes too)",
    (pairs) => {
      const g = new Graph({ type: 'undirected' });
      for (const [a, b] of pairs) if (a !== b) g.mergeEdge(g.mergeNode(a)[0], g.mergeNode(b)[0]);
      if (g.size === 0) return;
      const expected = g.mapEdges((_e, _a, s, t) => [s, t].sort().join('|')).sort();
      expect(edges(parseEdgeList(toEdgesCsv(g, { formulaGuard: false })).csr)).toEqual(expected);
    },
  );

  it('two worker threads read a quoted file as one thread does', async () => {
    const path = join(tmp, 'quoted.csv');
    const lines = Array.from({ length: 3000 }, (_, i) => `${i},${i + 1}`);
    lines.splice(2000, 0, '"Ada Moreau","Theo, Brun"');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const one = await readEdgeList(path);
    const two = await readEdgeList(path, { workers: 2 });
    expect(edges(two)).toEqual(edges(one));
    expect(edges(one)).toContain('Ada Moreau|Theo, Brun');
  });
});
