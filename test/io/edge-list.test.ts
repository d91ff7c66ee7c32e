import { describe, expect, it } from 'vitest';
import { ParseError, createEdgeListParser, distancesFrom, parseEdgeList } from '../../src/index.js';

describe('parseEdgeList', () => {
  it('reads comments, CRLF, tabs, commas, extra columns and a header', () => {
    const { csr, report } = parseEdgeList('# comment\r\nsource,target,weight\r\n1,2,0.5\r\n2\t3\r\n\r\n% x\n3 3\n');
    expect(report).toMatchObject({
      lines: 7,
      edges: 3,
      comments: 2,
      blank: 1,
      header: 'source,target,weight',
      extraColumns: 1,
      selfLoops: 1,
      keyMode: 'sorted-integer',
    });
    expect(csr.order).toBe(3);
    expect(distancesFrom(csr, '1').get('3')).toBe(2);
  });

  it('switches to string keys and keeps odd ones', () => {
    // constructor — __proto__ — 7
    const { csr, report } = parseEdgeList('constructor __proto__\n__proto__ 7\n');
    expect(report.keyMode).toBe('string');
    expect(report.header).toBeNull(); // next line is not numeric: the first line is an edge
    expect(distancesFrom(csr, 'constructor').get('7')).toBe(2);
  });

  it('detects a non-keyword header when the data is numeric', () => {
    const { csr, report } = parseEdgeList('alice bob\n0 1\n1 2\n');
    expect(report.header).toBe('alice bob');
    expect(report.keyMode).toBe('integer');
    expect(csr.order).toBe(3);
  });

  it('uses the compact integer mode for 0..n-1', () => {
    const { csr } = parseEdgeList('0 1\n1 2\n');
    expect(csr.keys.integer).toBe(true);
    expect(csr.keys.id('01')).toBe(-1);
  });

  it('names the source and line of a malformed line, or skips and counts it', () => {
    expect(() => parseEdgeList('0 1\nlonely\n', { source: 'g.txt' })).toThrow(
      /g\.txt, line 2: expected two node keys, found one/,
    );
    try {
      parseEdgeList('0 1\nlonely\n', { source: 'g.txt' });
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).line).toBe(2);
    }
    const { report } = parseEdgeList('0 1\nlonely\n1 2', { invalidLines: 'skip' });
    expect(report.skipped).toEqual([{ line: 2, reason: 'expected two node keys, found one ("lonely")' }]);
    expect(report.lines).toBe(
      report.edges + report.comments + report.blank + report.skipped.length + (report.header ? 1 : 0),
    );
  });

  // Latin-1 names (Ren\xe9, Ren\xe8) would both decode as "Ren\u{fffd}": one person instead of two.
  it.each([
    ['bytes that are not UTF-8', [0x52, 0x65, 0x6e, 0xe9], /line 2: a node key holds bytes that are not UTF-8/],
    ['a NUL byte', [0x63, 0x00, 0x64], /line 2: a node key holds a NUL byte/],
  ])('refuses a node key with %s, naming the line, or skips the whole line', (_, key, pattern) => {
    const enc = (t: string): number[] => [...new TextEncoder().encode(t)];
    const bytes = new Uint8Array([...enc('ann bob\n'), ...key, ...enc(' cyd\nRen\u00e8 dee\n')]);
    expect(() => parseEdgeList(bytes, { source: 'g.txt' })).toThrow(pattern);
    const { csr, report } = parseEdgeList(bytes, { invalidLines: 'skip' });
    expect(report.skipped).toMatchObject([{ line: 2 }]);
    expect(csr.order).toBe(4); // ann bob René dee: nothing of line 2, not even cyd
    expect(report.edges).toBe(2);
  });

  it('handles chunk boundaries anywhere', () => {
    const text = new TextEncoder().encode('# c\n10 20\n20 30\r\n30 40\n');
    for (let cut = 0; cut <= text.length; cut++) {
      const parser = createEdgeListParser();
      parser.push(text.slice(0, cut));
      parser.push(text.slice(cut));
      const { csr, report } = parser.finish();
      expect(csr.order).toBe(4);
      expect(report.edges).toBe(3);
    }
  });
});
