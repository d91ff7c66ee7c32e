import { describe, expect, it } from 'vitest';
import {
  AbortError,
  HandshakesError,
  ParseError,
  parseLinkedInConnections,
  type LinkedInConnectionsResult,
  type Progress,
} from '../../src/index.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';

/** rows read = imported + skipped, and the skipped list matches the count. */
function balanced(r: LinkedInConnectionsResult): void {
  expect(r.report.rowsRead).toBe(r.report.imported + r.report.skipped);
  expect(r.people.length).toBe(r.report.imported);
  expect(r.skipped.length).toBe(r.report.skipped);
}

const utf16 = (text: string, endian: 'le' | 'be', bom: boolean): Uint8Array => {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\uFEFF' : '') + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = u & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = u >> 8;
  }
  return out;
};

describe('parseLinkedInConnections: the variants of ../shared/data/linkedin/README.md', () => {
  it('current export: preamble, LF, no final newline, newest first', () => {
    const r = parseLinkedInConnections(
      `${PREAMBLE}${HEADER}\nAda,Lovelace,https://www.linkedin.com/in/ada,,Analytical Engines,Founder,15 Mar 2021\nAlan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Researcher,02 Feb 2020`,
    );
    balanced(r);
    expect(r.report).toMatchObject({ format: 'current', headerLine: 4, preambleLines: 3, rowsRead: 2, imported: 2 });
    expect(r.people[0]).toEqual({
      key: 'https://www.linkedin.com/in/ada',
      identity: 'profile-url',
      line: 5,
      name: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      profileUrl: 'https://www.linkedin.com/in/ada',
      company: 'Analytical Engines',
      position: 'Founder',
      connectedOn: '2021-03-15',
      connectedOnRaw: '15 Mar 2021',
    });
  });

  it('BOM plus blank lines before and inside the data', () => {
    const r = parseLinkedInConnections(
      `\uFEFF\n\n${PREAMBLE}\n\n${HEADER}\r\n\r\nAda,Lovelace,https://www.linkedin.com/in/ada,,X,Y,15 Mar 2021\r\n\r\n,,,,,,\r\n`,
    );
    balanced(r);
    expect(r.report).toMatchObject({ headerLine: 8, preambleLines: 7, blankLines: 3, rowsRead: 1, imported: 1 });
  });

  it('semicolon-delimited spreadsheet output with re-saved dates', () => {
    const r = parseLinkedInConnections(
      `First Name;Last Name;URL;Email Address;Company;Position;Connected On\r\nSøren;Holm;https://www.linkedin.com/in/soren;;"Holm; Sons";CEO;16.09.2021\r\nAda;Byron;linkedin.com/in/ada-b;;X;Y;06-May-22\r\n`,
    );
    balanced(r);
    expect(r.report.delimiter).toBe(';');
    expect(r.people.map((p) => [p.company, p.connectedOn])).toEqual([
      ['Holm; Sons', '2021-09-16'],
      ['X', '2022-05-06'],
    ]);
  });

  it('tab-separated UTF-16LE with BOM (old archives), UTF-16BE, and UTF-16LE without BOM', () => {
    const text =
      'First Name\tLast Name\tEmail Address\tCompany\tPosition\tConnected On\r\nZoë\tÅberg\t\tCafé\tBarista\t1/8/18, 6:14 PM\r\n';
    for (const bytes of [utf16(text, 'le', true), utf16(text, 'be', true), utf16(text, 'le', false)]) {
      const r = parseLinkedInConnections(bytes);
      balanced(r);
      expect(r.report).toMatchObject({ delimiter: '\t', format: '2018', imported: 1, withoutIdentity: 1 });
      expect(r.people[0]).toMatchObject({ name: 'Zoë Åberg', company: 'Café', connectedOn: '2018-01-08', key: '#L2' });
    }
  });

  it('the 9-column 2016 header with "12/22/16, 9:55 AM" dates and emails dropped by default', () => {
    const text =
      'First Name,Last Name,Address,Email Address,Company,Position,Connected On,Websites,Instant Messengers\r\nJoe,Frank,,joe@example.com,Company A,Founder,"12/22/16, 9:55 AM",,\r\n';
    const r = parseLinkedInConnections(text, { owner: 'https://www.linkedin.com/in/me' });
    balanced(r);
    expect(r.report).toMatchObject({ format: '2016', emailsDropped: 1, withoutIdentity: 1 });
    expect(r.people[0]).toMatchObject({
      key: 'https://www.linkedin.com/in/me#L2',
      identity: 'none',
      connectedOn: '2016-12-22',
    });
    expect(r.people[0]!.email).toBeUndefined();
    const kept = parseLinkedInConnections(text, { keepEmails: true });
    expect(kept.people[0]).toMatchObject({
      key: 'mailto:joe@example.com',
      identity: 'email',
      email: 'joe@example.com',
    });
    expect(kept.report.emailsDropped).toBe(0);
  });

  it('the padded `Notes:,,` preamble of an Excel re-save, names removed, hidden rows', () => {
    const text =
      'Notes:,,\r\n"When exporting, some fields, like emails, are missing.",,\r\n,,\r\nCompany,Position,Connected On\r\nEY,"Director - Banking, Fintech",23-Nov-21\r\n,,5-Jan-26\r\n';
    const r = parseLinkedInConnections(text);
    balanced(r);
    expect(r.report).toMatchObject({
      format: 'partial',
      headerLine: 4,
      preambleLines: 3,
      imported: 2,
      withoutIdentity: 1,
      hiddenMembers: 1,
    });
    expect(r.people[1]).toMatchObject({ identity: 'hidden', connectedOn: '2026-01-05' });
  });

  it('a percent-encoded slug and its decoded form are one person: the second is a duplicate', () => {
    const r = parseLinkedInConnections(
      `${HEADER}\nRené,Dupont,https://www.linkedin.com/in/ren%C3%A9-dupont,,A,B,01 Jan 2020\nRené,Dupont,https://fr.linkedin.com/in/René-Dupont/,,A,B,01 Jan 2020\n`,
    );
    balanced(r);
    expect(r.report).toMatchObject({ imported: 1, duplicates: 1 });
    expect(r.people[0]!.key).toBe('https://www.linkedin.com/in/rené-dupont');
    expect(r.skipped).toEqual([
      { line: 3, reason: 'duplicate of line 2 (same profile URL https://www.linkedin.com/in/rené-dupont)' },
    ]);
  });

  it('a quoted field holding commas, doubled quotes and a newline; line numbers count physical lines', () => {
    const r = parseLinkedInConnections(
      `${HEADER}\nSangari,"Ray, PhD",https://www.linkedin.com/in/ray,,"Stripe, Inc.","Head of ""Growth""\nEMEA",15 Mar 2021\nBo,Li,https://www.linkedin.com/in/bo,,X,Y,15 Mar 2021\n`,
    );
    balanced(r);
    expect(r.people[0]).toMatchObject({
      lastName: 'Ray, PhD',
      company: 'Stripe, Inc.',
      position: 'Head of "Growth"\nEMEA',
      line: 2,
    });
    expect(r.people[1]!.line).toBe(4);
  });

  it('skips and lists rows that do not fit the header, the owner row, and counts dates', () => {
    const owner = 'https://www.linkedin.com/in/me';
    const r = parseLinkedInConnections(
      `${HEADER}\nA,B,https://www.linkedin.com/in/a,,Acme, Inc.,CEO,15 Mar 2021\nlonely\nMe,Self,https://linkedin.com/in/ME/,,X,Y,15 Mar 2021\nC,D,https://www.linkedin.com/in/c,,X,Y,\nE,F,https://www.linkedin.com/in/e,,X,Y,sometime\nG,H,https://www.linkedin.com/in/g,,X,Y,15 Mar 2021,,\n`,
      { owner },
    );
    balanced(r);
    expect(r.report).toMatchObject({
      rowsRead: 6,
      imported: 3,
      skipped: 3,
      malformed: 2,
      ownerRows: 1,
      missingDates: 1,
      unreadableDates: 1,
    });
    expect(r.skipped.map((s) => s.line)).toEqual([2, 3, 4]);
    expect(r.skipped[0]!.reason).toMatch(/row has 8 cells where the header has 7/);
    expect(r.people.find((p) => p.key.endsWith('/e'))).toMatchObject({ connectedOnRaw: 'sometime' });
  });

  it.each([
    ['no header at all', 'just,some\ncsv,text\n', /no header row found/],
    ['empty text', '', /no header row found/],
    ['an unterminated quote', `${HEADER}\nA,"B,https://x,,C,D,1 Jan 2020\n`, /line 2: unterminated quoted field/],
  ])('throws a ParseError naming the source and line: %s', (_name, text, pattern) => {
    try {
      parseLinkedInConnections(text, { source: 'Connections.csv' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).code).toBe('PARSE_ERROR');
      expect((error as ParseError).line).toBeGreaterThanOrEqual(1);
      expect((error as Error).message).toMatch(/^handshakes\/parseLinkedInConnections: Connections\.csv, line \d+: /);
      expect((error as Error).message).toMatch(pattern);
    }
  });

  it.each([[42], [{}]])('rejects a bad owner (%j) with INVALID_ARGUMENT', (owner) => {
    expect(() => parseLinkedInConnections(HEADER, { owner: owner as unknown as string })).toThrow(HandshakesError);
    try {
      parseLinkedInConnections(HEADER, { owner: owner as unknown as string });
    } catch (error) {
      expect((error as HandshakesError).code).toBe('INVALID_ARGUMENT');
    }
  });

  it('reports progress in characters and stops on an aborted signal', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `A,B,https://www.linkedin.com/in/p${i},,X,Y,15 Mar 2021`);
    const text = `${HEADER}\n${rows.join('\n')}`;
    const seen: Progress[] = [];
    parseLinkedInConnections(text, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.at(-1)).toEqual({ done: text.length, total: text.length, phase: 'reading connections' });
    expect(seen.every((p, i) => i === 0 || p.done >= seen[i - 1]!.done)).toBe(true);
    expect(() => parseLinkedInConnections(text, { signal: AbortSignal.abort() })).toThrow(AbortError);
    const controller = new AbortController();
    expect(() =>
      parseLinkedInConnections(text, {
        signal: controller.signal,
        onProgress: (p) => p.done > 0 && controller.abort(),
      }),
    ).toThrow(/aborted/);
  });
});
