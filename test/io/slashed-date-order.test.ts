import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections, parseLinkedInInvitations, parseLinkedInMessages } from '../../src/index.js';
import { importSummary } from '../../src/cli/import-summary.js';
import type { ReadGraphResult } from '../../src/node/read-graph.js';

// A French spreadsheet re-save writes `Connected On` day first: the order is decided once per file.
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const connections = (...dates: string[]): string =>
  [HEADER, ...dates.map((d, i) => `P${i},Q,https://www.linkedin.com/in/p${i},,,,${d}`)].join('\n');
const datesOf = (text: string): (string | undefined)[] =>
  parseLinkedInConnections(text, { source: 'Connections.csv' }).people.map((p) => p.connectedOn);

describe('slashed dates: one order per file', () => {
  it('a day-first date makes 03/04/2021 the 3rd of April, not the 4th of March', () => {
    const r = parseLinkedInConnections(connections('15/03/2021', '03/04/2021', '02 Feb 2020'), {
      source: 'Connections.csv',
    });
    expect(r.people.map((p) => p.connectedOn)).toEqual(['2021-03-15', '2021-04-03', '2020-02-02']);
    expect(r.report.slashedDates).toEqual({
      order: 'day-first',
      basis: 'evidence',
      note: 'Connections.csv: Connected On dates read day/month (line 2 has 15/03/2021)',
    });
    expect(r.report.unreadableDates).toBe(0);
  });

  it('the deciding date may come after the ambiguous ones', () => {
    expect(datesOf(connections('03/04/2021', '"1/8/18, 6:14 PM"', '28/02/2021'))).toEqual([
      '2021-04-03',
      '2018-08-01',
      '2021-02-28',
    ]);
  });

  it('a month-first date keeps the US order', () => {
    const r = parseLinkedInConnections(connections('03/04/2021', '"12/22/16, 9:55 AM"'), { source: 'Connections.csv' });
    expect(r.people.map((p) => p.connectedOn)).toEqual(['2021-03-04', '2016-12-22']);
    expect(r.report.slashedDates).toMatchObject({ order: 'month-first', basis: 'evidence' });
  });

  it('a file with both orders has its slashed dates refused, naming the file and the two lines', () => {
    const r = parseLinkedInConnections(connections('03/04/2021', '15/03/2021', '03/13/2021', '02 Feb 2020'), {
      source: 'Connections.csv',
    });
    expect(r.people.map((p) => p.connectedOn)).toEqual([undefined, undefined, undefined, '2020-02-02']);
    expect(r.people[1]!.connectedOnRaw).toBe('15/03/2021');
    expect(r.report.unreadableDates).toBe(3);
    expect(r.report.slashedDates).toEqual({
      order: null,
      basis: 'contradictory',
      note: 'Connections.csv: Connected On dates like 03/04/2021 refused: line 3 has 15/03/2021 and line 4 has 03/13/2021, one day/month, the other month/day; save the file with one date format',
    });
  });

  it('an undecidable file keeps month/day and says it was assumed', () => {
    const r = parseLinkedInConnections(connections('03/04/2021', '1/8/18'), { source: 'Connections.csv' });
    expect(r.people.map((p) => p.connectedOn)).toEqual(['2021-03-04', '2018-01-08']);
    expect(r.report.slashedDates).toEqual({
      order: 'month-first',
      basis: 'assumed',
      note: "Connections.csv: Connected On dates read month/day, assumed: every one fits both orders (line 2 has 03/04/2021); LinkedIn's own is month/day",
    });
  });

  it('a file without slashed dates reports none', () => {
    expect(parseLinkedInConnections(connections('15 Mar 2021')).report.slashedDates).toBeNull();
  });

  it('the import summary shows an assumed or refused order even with --quiet', () => {
    const summary = (text: string) => {
      const { report } = parseLinkedInConnections(text, { source: 'Connections.csv' });
      const loaded = {
        format: 'linkedin',
        report: { files: [report], merge: { exports: 1 } },
      } as unknown as ReadGraphResult;
      return importSummary(loaded, ['Connections.csv']).slice(1);
    };
    expect(summary(connections('03/04/2021'))).toEqual([
      {
        text: "Connections.csv: Connected On dates read month/day, assumed: every one fits both orders (line 2 has 03/04/2021); LinkedIn's own is month/day.",
        problem: true,
      },
    ]);
    expect(summary(connections('15/03/2021', '03/13/2021'))[0]!.problem).toBe(true);
    expect(summary(connections('15/03/2021'))[0]!.problem).toBe(false);
    expect(summary(connections('15 Mar 2021'))).toEqual([]);
  });

  it('Invitations.csv and messages.csv decide their own columns the same way', () => {
    const inv = parseLinkedInInvitations(
      'From,To,Sent At,Message,Direction\nAda,Me,15/03/2021,,INCOMING\nBob,Me,03/04/2021,,INCOMING',
      { source: 'Invitations.csv' },
    );
    expect(inv.invitations.map((i) => i.sentOn)).toEqual(['2021-03-15', '2021-04-03']);
    expect(inv.report.slashedDates?.basis).toBe('evidence');
    const msg = parseLinkedInMessages(
      'CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT\nc1,Ada,https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,15/03/2021,hi\nc1,Ada,https://www.linkedin.com/in/ada,Me,https://www.linkedin.com/in/me,03/13/2021,hi',
      { source: 'messages.csv', owner: 'https://www.linkedin.com/in/me' },
    );
    expect(msg.report.slashedDates?.basis).toBe('contradictory');
    expect(msg.report.unreadableDates).toBe(2);
  });
});
