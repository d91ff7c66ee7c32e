// One test per public sample in ../shared/data/linkedin/, each stating what the file holds, checking
// counts against a naive line count written independently of the parser (no silent loss).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections } from '../../src/index.js';
import { SHARED } from '../shared-data.js';

const DIR = SHARED ? join(SHARED, 'data', 'linkedin') : '';
const read = (name: string) => readFileSync(join(DIR, name));
const lines = (name: string) => read(name).toString('utf8').split(/\r?\n/);
const parse = (name: string) => {
  const r = parseLinkedInConnections(read(name), { source: name });
  expect(r.report.rowsRead).toBe(r.report.imported + r.report.skipped);
  expect(r.skipped).toHaveLength(r.report.skipped);
  return r;
};

describe.skipIf(!SHARED)('the LinkedIn samples of ../shared/data/linkedin', () => {
  it('has exactly the four files this suite covers', () => {
    expect(
      readdirSync(DIR)
        .filter((f) => f.endsWith('.csv'))
        .sort(),
    ).toEqual([
      'connections_2016-era_old-9-columns_anonymized__gsnaveen.csv',
      'connections_2021_excel-resaved_preamble-padded_names-removed__importJL.csv',
      'connections_current-columns_no-preamble_synthetic-1869-rows_crlf__YANG-DB.csv',
      'connections_fictitious_non-verbatim-preamble_missing-date__flashesofbrilliance.csv',
    ]);
  });

  it('2016 era: 9-column header, "12/22/16, 9:55 AM" dates, no preamble, CRLF, 3 fake rows with emails and no URL', () => {
    const { people, report } = parse('connections_2016-era_old-9-columns_anonymized__gsnaveen.csv');
    expect(report).toMatchObject({
      format: '2016',
      headerLine: 1,
      preambleLines: 0,
      rowsRead: 3,
      imported: 3,
      skipped: 0,
      withoutIdentity: 3,
      emailsDropped: 3,
      unreadableDates: 0,
    });
    expect(people.map((p) => p.connectedOn)).toEqual(['2016-12-22', '2016-11-21', '2016-11-22']);
    expect(people.every((p) => p.email === undefined && p.identity === 'none')).toBe(true);
  });

  it('2021 Excel re-save: `Notes:,,` padded preamble, Company/Position/Connected On only, 308 rows, no identity column', () => {
    const name = 'connections_2021_excel-resaved_preamble-padded_names-removed__importJL.csv';
    const { people, report } = parse(name);
    const dataLines = lines(name)
      .slice(4)
      .filter((l) => l.trim() !== '');
    const onlyDate = dataLines.filter((l) => l.startsWith(',,')).length; // hidden members: only the date
    expect(dataLines.length).toBe(308);
    expect(report).toMatchObject({
      format: 'partial',
      headerLine: 4,
      preambleLines: 3,
      rowsRead: 308,
      imported: 308,
      skipped: 0,
      unreadableDates: 0,
      missingDates: 0,
    });
    expect(report.hiddenMembers).toBe(onlyDate);
    expect(report.withoutIdentity).toBe(308 - onlyDate);
    expect(people[0]).toMatchObject({
      company: 'TalentQuest Recruitment',
      connectedOn: '2021-11-23',
      connectedOnRaw: '23-Nov-21',
    });
    expect(people.find((p) => p.company === 'The Hongkong and Shanghai Hotels, Limited')).toBeDefined();
    expect(new Set(people.map((p) => p.key)).size).toBe(308); // local keys never collide
  });

  it('current 7 columns, no preamble, CRLF: 1,869 synthetic rows, 63 URLs repeated, most under other names (kept once each)', () => {
    const name = 'connections_current-columns_no-preamble_synthetic-1869-rows_crlf__YANG-DB.csv';
    const { people, skipped, report } = parse(name);
    // naive oracle: the file has no quotes, so a split on commas is exact
    const rows = lines(name)
      .slice(1)
      .filter((l) => l !== '')
      .map((l) => l.split(','));
    const namesByUrl = new Map<string, string[]>();
    for (const [first, last, url] of rows)
      namesByUrl.set(url!.toLowerCase(), [...(namesByUrl.get(url!.toLowerCase()) ?? []), `${first} ${last}`]);
    const renamed = [...namesByUrl.values()].reduce(
      (sum, names) => sum + names.filter((n) => n !== names[0]).length,
      0,
    );
    expect(rows.length).toBe(1869);
    expect([...namesByUrl.values()].filter((names) => names.length > 1).length).toBe(63);
    expect(report).toMatchObject({
      format: 'current',
      rowsRead: 1869,
      imported: namesByUrl.size,
      duplicates: 1869 - namesByUrl.size,
      skipped: 1869 - namesByUrl.size,
      malformed: 0,
    });
    expect(skipped.every((s) => /^duplicate of line \d+/.test(s.reason))).toBe(true);
    expect(skipped.filter((s) => /names differ/.test(s.reason)).length).toBe(renamed);
    expect(people[0]!.connectedOn).toBe('2010-01-21'); // oldest first in this synthetic file
  });

  it('fictitious: a `Notes:` preamble in other words and two blank lines, one empty Connected On', () => {
    const { people, report } = parse(
      'connections_fictitious_non-verbatim-preamble_missing-date__flashesofbrilliance.csv',
    );
    expect(report).toMatchObject({
      format: 'current',
      headerLine: 5,
      preambleLines: 4,
      rowsRead: 7,
      imported: 7,
      skipped: 0,
      missingDates: 1,
    });
    expect(people.at(-1)).toMatchObject({ name: 'Tim Berners-Lee', key: 'https://www.linkedin.com/in/tim' });
    expect(people.at(-1)!.connectedOn).toBeUndefined();
  });
});
