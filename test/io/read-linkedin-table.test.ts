// The one frame of every LinkedIn table parser: which rows fit the header in each width mode
// (checked against a plain split-based oracle on random tables), blank lines, the report built
// by the table's own factory, and the malformed count Connections.csv derives from it.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections } from '../../src/index.js';
import { readLinkedInTable, type LinkedInTableSpec } from '../../src/io/read-linkedin-table.js';

const spec = (width: LinkedInTableSpec<'a' | 'c'>['width'], widthHint = false): LinkedInTableSpec<'a' | 'c'> => ({
  where: 'test',
  source: 't.csv',
  expected: 'a row with `A`',
  isHeader: (c) => c.includes('a'),
  columns: { a: ['a'], c: ['c', 'see'] },
  ...(width === undefined ? {} : { width }),
  widthHint,
});

function read(text: string, width: LinkedInTableSpec<'a' | 'c'>['width'], widthHint = false) {
  const table = readLinkedInTable(text, spec(width, widthHint), (base) => ({ ...base, own: 0 }));
  const rows = [...table.rows].map((r) => [r.line, r.get('a'), r.get('c')]);
  return { ...table, rows };
}

describe('readLinkedInTable', () => {
  const text = 'Notes:\n\nA,B,See\n1,2,3\n\n4,5\n6,7,8,\n9,10,11, x \n';

  it("'at least' (default): short rows skipped, extra cells ignored", () => {
    const t = read(text, undefined);
    expect(t.rows).toEqual([
      [4, '1', '3'],
      [7, '6', '8'],
      [8, '9', '11'],
    ]);
    expect(t.skipped).toEqual([{ line: 6, reason: 'row has 2 cells where the header has 3' }]);
    expect(t.report).toMatchObject({ headerLine: 3, blankLines: 1, rowsRead: 4, skipped: 1, imported: 0 });
    expect(t.column).toEqual({ a: 0, c: 2 });
  });

  it("'exact': non-blank cells past the header skip the row too; the hint names the delimiter", () => {
    const t = read(text.replaceAll(',', ';'), 'exact', true);
    expect(t.rows.map((r) => r[0])).toEqual([4, 7]);
    expect(t.skipped).toEqual([
      { line: 6, reason: 'row has 2 cells where the header has 3 (an unquoted `;`?)' },
      { line: 8, reason: 'row has 4 cells where the header has 3 (an unquoted `;`?)' },
    ]);
  });

  it("'any': every non-blank row, absent cells read ''", () => {
    const t = read(text, 'any');
    expect(t.rows).toEqual([
      [4, '1', '3'],
      [6, '4', ''],
      [7, '6', '8'],
      [8, '9', '11'],
    ]);
    expect(t.skipped).toEqual([]);
  });

  it("builds the table's own report: its key order, the shared counts written into it", () => {
    const t = readLinkedInTable('A,B\n1,2\n', spec(undefined), (base) => ({ own: 0, ...base }));
    [...t.rows];
    expect(Object.keys(t.report)).toEqual([
      'own',
      'source',
      'encoding',
      'delimiter',
      'headerLine',
      'columns',
      'blankLines',
      'rowsRead',
      'imported',
      'skipped',
    ]);
    expect(t.report.rowsRead).toBe(1);
  });

  test.prop([
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(fc.stringMatching(/^[a-z0-9 ]{0,3}$/), { minLength: 1, maxLength: 6 }), { maxLength: 12 }),
    fc.constantFrom('at least' as const, 'exact' as const, 'any' as const),
  ])('yields the rows a split-based oracle keeps, and counts the others', (width, body, mode) => {
    const header = ['a', 'b', 'c', 'd'].slice(0, width);
    const text = `${[header.join(','), ...body.map((cells) => cells.join(','))].join('\n')}\n`;
    const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
    const expected: number[] = [];
    let blanks = 0;
    body.forEach((cells, i) => {
      if (blank(cells)) blanks++;
      else if (mode === 'any' || (cells.length >= width && (mode === 'at least' || blank(cells.slice(width)))))
        expected.push(i + 2);
    });
    const t = readLinkedInTable(text, { ...spec(mode), isHeader: (c) => c[0] === 'a' }, (base) => base);
    expect([...t.rows].map((r) => r.line)).toEqual(expected);
    expect(t.report.blankLines).toBe(blanks);
    expect(t.report.rowsRead).toBe(expected.length + t.report.skipped);
    expect(t.skipped.length).toBe(t.report.skipped);
  });
});

describe('Connections.csv on the reader', () => {
  it('counts as malformed the rows of the wrong width and the stray quotes, not duplicates or the owner', () => {
    const url = (s: string) => `https://www.linkedin.com/in/${s}`;
    const { report, skipped } = parseLinkedInConnections(
      [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        `Ann,A,${url('ann')},,Acme,P,15 Mar 2021`,
        'Short,Row',
        `Eve,"Quote,${url('eve')},,Acme,P,15 Mar 2021`,
        `Bob,"B",${url('bob')},,Acme,P,15 Mar 2021`,
        `Ann,Again,${url('ann')},,Acme,P,15 Mar 2021`,
        `Me,Myself,${url('me')},,Acme,P,15 Mar 2021`,
      ].join('\n'),
      { owner: url('me') },
    );
    expect(report).toMatchObject({ rowsRead: 6, imported: 2, skipped: 4, malformed: 2, duplicates: 1, ownerRows: 1 });
    expect(skipped.map((s) => s.line)).toEqual([3, 4, 6, 7]);
    expect(skipped[0]!.reason).toBe('row has 2 cells where the header has 7 (an unquoted `,`?)');
  });
});
