import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, parseLinkedInConnections, parseLinkedInInvitations } from '../../src/index.js';

const HEADER = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n';

describe('parseLinkedInInvitations', () => {
  it('reads direction, dates, multi-line messages and decoded URLs', () => {
    const text = `${HEADER}Me Myself,René Roy,"1/8/24, 6:14 PM","Hello René,\nwe met at ""GraphConf"".",OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/René-Roy\nAda L,Me Myself,"12/30/23, 9:00 AM",,INCOMING,https://www.linkedin.com/in/ada,https://www.linkedin.com/in/me\n`;
    const { invitations, report } = parseLinkedInInvitations(text);
    expect(report).toMatchObject({
      rowsRead: 2,
      imported: 2,
      skipped: 0,
      outgoing: 1,
      incoming: 1,
      withMessage: 1,
      unreadableDates: 0,
    });
    expect(invitations[0]).toEqual({
      line: 2,
      from: 'Me Myself',
      to: 'René Roy',
      direction: 'outgoing',
      sentOn: '2024-01-08',
      sentAtRaw: '1/8/24, 6:14 PM',
      message: 'Hello René,\nwe met at "GraphConf".',
      inviter: 'https://www.linkedin.com/in/me',
      invitee: 'https://www.linkedin.com/in/rené-roy',
      contact: 'https://www.linkedin.com/in/rené-roy',
      contactName: 'René Roy',
      hasNote: true,
    });
    expect(invitations[1]).toMatchObject({
      line: 4,
      direction: 'incoming',
      contact: 'https://www.linkedin.com/in/ada',
      contactName: 'Ada L',
    });
  });

  it('keeps only hasNote with keepNotes: false, and ignores the bare URLs of December 2023 files', () => {
    const bare = 'https://www.linkedin.com/in';
    const text = `${HEADER}Me Myself,René Roy,"12/12/23, 4:16 AM","Hello René",OUTGOING,${bare},${bare}\n`;
    const [invitation] = parseLinkedInInvitations(text, { keepNotes: false }).invitations;
    expect(invitation).toMatchObject({ hasNote: true, contactName: 'René Roy' });
    expect(invitation!.message).toBeUndefined();
    expect(invitation!.inviter).toBeUndefined();
    expect(invitation!.contact).toBeUndefined();
  });

  it('accepts the older layout without URLs, and lists rows that do not fit', () => {
    const { invitations, skipped, report } = parseLinkedInInvitations(
      'From,To,Sent At,Message,Direction\r\nA,B,2024-01-08 18:14:02 UTC,,OUTGOING\r\nbroken\r\n',
    );
    expect(report).toMatchObject({ rowsRead: 2, imported: 1, skipped: 1 });
    expect(invitations[0]).toMatchObject({ sentOn: '2024-01-08', contactName: 'B' });
    expect(invitations[0]!.contact).toBeUndefined();
    expect(skipped).toEqual([{ line: 3, reason: 'row has 1 cell where the header has 5' }]);
  });

  it('throws a ParseError naming the source when there is no header', () => {
    expect(() => parseLinkedInInvitations('First Name,Last Name\n', { source: 'Invitations.csv' })).toThrow(ParseError);
    expect(() => parseLinkedInInvitations('x\n', { source: 'Invitations.csv' })).toThrow(
      /Invitations\.csv, line 1: no header row found/,
    );
  });

  it('matches the sample: decoded URLs here meet percent-encoded ones in Connections.csv', () => {
    const dir = join(import.meta.dirname, '../../examples/data/odile-marchetti');
    const { invitations, report } = parseLinkedInInvitations(readFileSync(join(dir, 'Invitations.csv')));
    expect(report).toMatchObject({ rowsRead: 40, imported: 40, skipped: 0, unreadableDates: 0 });
    expect(report.incoming + report.outgoing).toBe(40);
    const encoded = parseLinkedInConnections(readFileSync(join(dir, 'Connections.csv'))).people.filter((p) =>
      p.profileUrl?.includes('%'),
    );
    const keys = new Set(encoded.map((p) => p.key));
    const nonAscii = invitations.filter((i) => /[^\x00-\x7f]/.test(i.contact ?? ''));
    expect(nonAscii.length).toBeGreaterThan(0);
    // every non-ASCII contact key is written exactly as the encoded URLs of Connections.csv normalise
    for (const i of nonAscii) expect(i.contact).toBe(i.contact!.normalize('NFC').toLowerCase());
    expect(encoded.every((p) => !p.key.includes('%'))).toBe(true);
    expect(keys.size).toBe(encoded.length);
  });
});
