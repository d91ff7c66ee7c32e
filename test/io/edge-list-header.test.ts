import { describe, expect, it } from 'vitest';
import { createEdgeListParser, parseEdgeList } from '../../src/index.js';

// Each first line below is a real edge of its file: none may be taken as a header (#13).
const KEPT: [string, number][] = [
  ['5 4294967296\n6 0\n', 2],
  ['007 7\n1 2\n', 2],
  ['2147483648 1\n1 2\n2 3\n', 3],
  ['-1 2\n1 2\n', 2],
  ['1.5 2\n1 2\n', 2],
  ['1 a\n2 3\nb 1\n', 3], // networkx keeps 3 edges
  ['alice bob\n0 1\nbob carol\n', 3], // a later string line shows the file is string-keyed
];

describe('edge-list header detection', () => {
  it.each(KEPT)('keeps the first line of %j as an edge', (text, edges) => {
    const { report } = parseEdgeList(text);
    expect(report.header).toBeNull();
    expect(report.edges).toBe(edges);
    expect(report.lines).toBe(report.edges + report.comments + report.blank + report.skipped.length);
  });

  it('keeps the first line in any chunking', () => {
    const bytes = new TextEncoder().encode('alice bob\n0 1\n1 2\nbob carol\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const parser = createEdgeListParser();
      parser.push(bytes.slice(0, cut));
      parser.push(bytes.slice(cut));
      const { report, csr } = parser.finish();
      expect(report.edges).toBe(4);
      expect(report.header).toBeNull();
      expect(csr.keys.key(0)).toBe('alice'); // first-seen order holds: the first line comes first
    }
  });

  it('still takes a word header over integer lines, and says so', () => {
    expect(parseEdgeList('source target\n0 1\n1 2\n').report).toMatchObject({ header: 'source target', edges: 2 });
    expect(parseEdgeList('alice bob\n0 1\n1 2\n').report).toMatchObject({
      header: 'alice bob',
      edges: 2,
      keyMode: 'integer',
    });
    expect(parseEdgeList('Source,Target,Weight\nada,bob,1\n').report).toMatchObject({
      header: 'Source,Target,Weight',
      edges: 1,
    });
  });
});

describe('one long line (#13)', () => {
  // Joining the carried line at every chunk made a 48 MB line take 8.8 s: quadratic in its length.
  const time = (megabytes: number): number => {
    const bytes = new TextEncoder().encode(`x y\n${'a '.repeat((megabytes << 20) / 2)}\nb c\n`);
    const started = performance.now();
    const parser = createEdgeListParser();
    for (let i = 0; i < bytes.length; i += 4096) parser.push(bytes.subarray(i, i + 4096));
    const { report } = parser.finish();
    expect(report).toMatchObject({ edges: 3, extraColumns: 1 });
    return performance.now() - started;
  };

  it('costs time linear in its length', () => {
    time(1); // warm up
    const small = Math.max(time(1), 5);
    const large = time(8);
    expect(large / small).toBeLessThan(24); // linear: about 8; quadratic: about 64
    expect(large).toBeLessThan(5000);
  });
});
