import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections, type LinkedInConnectionsResult } from '../../src/index.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

function balanced(r: LinkedInConnectionsResult): void {
  expect(r.report.rowsRead).toBe(r.report.imported + r.report.skipped);
  expect(r.people.length).toBe(r.report.imported);
  expect(r.skipped.length).toBe(r.report.skipped);
}

describe('parseLinkedInConnections on hostile input (#13)', () => {
  it('a stray quote does not swallow the rows after it', () => {
    const r = parseLinkedInConnections(
      [
        HEADER,
        'Eve,"Quote,https://www.linkedin.com/in/eve,,Acme,P,15 Mar 2021',
        'Bob,B,https://www.linkedin.com/in/bob,,Acme,P,15 Mar 2021',
        'Ann,"Other",https://www.linkedin.com/in/ann,,Acme,P,15 Mar 2021',
      ].join('\n'),
    );
    balanced(r);
    expect(r.report).toMatchObject({ rowsRead: 3, imported: 2, skipped: 1, malformed: 1 });
    expect(r.people.map((p) => [p.key, p.name, p.line])).toEqual([
      ['https://www.linkedin.com/in/bob', 'Bob B', 3],
      ['https://www.linkedin.com/in/ann', 'Ann Other', 4],
    ]);
    expect(r.skipped[0]!.line).toBe(2);
    expect(r.skipped[0]!.reason).toMatch(/quote/);
  });

  it('a legal quoted field across lines stays one row', () => {
    const r = parseLinkedInConnections(
      `${HEADER}\nAda,L,https://www.linkedin.com/in/ada,,Acme,"Head of\nEngines",15 Mar 2021\nBob,B,https://www.linkedin.com/in/bob,,Acme,P,15 Mar 2021\n`,
    );
    balanced(r);
    expect(r.report).toMatchObject({ rowsRead: 2, imported: 2, skipped: 0 });
    expect(r.people[0]!.position).toBe('Head of\nEngines');
    expect(r.people[1]!.line).toBe(4);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty'])(
    'a URL cell %j is an ordinary (unidentified) row',
    (url) => {
      const r = parseLinkedInConnections(
        `${HEADER}\nAda,L,${url},,Acme,P,15 Mar 2021\nBob,B,${url},,Acme,P,15 Mar 2021\n`,
      );
      balanced(r);
      expect(r.report.rowsRead).toBe(2);
    },
  );

  it('reports bytes that are not UTF-8', () => {
    // a UTF-8 file (Zoë) with two damaged bytes: not read as Windows-1252
    const head = new TextEncoder().encode(`${HEADER}\nZoë,L,https://www.linkedin.com/in/ada,,Acme,P,15 Mar 2021\nB`);
    const tail = new TextEncoder().encode('b,B,https://www.linkedin.com/in/bob,,Acme,P,15 Mar 2021\n');
    const bytes = new Uint8Array([...head, 0xff, 0xfe, ...tail]);
    const r = parseLinkedInConnections(bytes);
    expect(r.report.invalidUtf8).toEqual({ count: 2, firstLine: 3 }); // one U+FFFD per invalid byte (WHATWG)
    const clean = parseLinkedInConnections(
      new TextEncoder().encode(`${HEADER}\nAda,L,https://www.linkedin.com/in/ada,,Acme,P,\uFFFD\n`),
    );
    expect(clean.report.invalidUtf8).toEqual({ count: 0, firstLine: null }); // a real U+FFFD is not an error
  });

  it('refuses a header that names the URL (or another) column twice', () => {
    expect(() =>
      parseLinkedInConnections(
        'First Name,Last Name,URL,Company,URL,Connected On\nAda,L,https://www.linkedin.com/in/ada,Acme,https://www.linkedin.com/in/x,15 Mar 2021\n',
        { source: 'c.csv' },
      ),
    ).toThrow(/c\.csv, line 1: the header has two `url` columns \(3 and 5\)/);
  });
});

describe('stray quotes, more shapes', () => {
  it('catches a stray quote on the line just before the one that closes it', () => {
    const r = parseLinkedInConnections(
      `${HEADER}\nEve,"Quote,https://www.linkedin.com/in/eve,,Acme,P,15 Mar 2021\nAnn,"Other",https://www.linkedin.com/in/ann,,Acme,P,15 Mar 2021\n`,
    );
    balanced(r);
    expect(r.report).toMatchObject({ rowsRead: 2, imported: 1, malformed: 1 });
    expect(r.people[0]!.key).toBe('https://www.linkedin.com/in/ann');
  });

  it('keeps a legal multi-line cell in the last column, and one whose tail looks like cells', () => {
    const last = parseLinkedInConnections(`${HEADER}\nAda,L,https://www.linkedin.com/in/ada,,Acme,P,"15 Mar\n2021"\n`);
    expect(last.report).toMatchObject({ rowsRead: 1, imported: 1 });
    const tail = parseLinkedInConnections(`${HEADER}\n,"\n,-",https://www.linkedin.com/in/x,,,,01 Jan 2020\n`);
    expect(tail.report).toMatchObject({ rowsRead: 1, imported: 1 });
    expect(tail.people[0]!.lastName).toBe(',-'); // cells are trimmed
  });

  it('keeps a multi-line name after a quoted name full of commas (fast-check seed 167878806)', () => {
    // Dropping every quote of the first line split ",,A,,": seven cells and a bare slug read as a full row.
    const r = parseLinkedInConnections(`${HEADER}\n",,A,,",",\n,-",https://www.linkedin.com/in/a,,,,01 Mar 2021\n`);
    balanced(r);
    expect(r.report).toMatchObject({ rowsRead: 1, imported: 1, malformed: 0 });
    expect(r.people[0]).toMatchObject({ firstName: ',,A,,', lastName: ',\n,-' });
  });
});
