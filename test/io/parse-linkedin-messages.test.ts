import { describe, expect, it } from 'vitest';
import { ParseError, parseLinkedInMessages } from '../../src/index.js';

const ME = 'https://www.linkedin.com/in/odile-m';
const ADA = 'https://www.linkedin.com/in/ada';

describe('parseLinkedInMessages across the layouts of 2018–2026', () => {
  it('2018: From,To,Date,Subject,Content,Direction,Folder — names only, direction given', () => {
    const text =
      'From,To,Date,Subject,Content,Direction,Folder\nOdile Marchetti,Ada Lovelace,"10/16/18, 8:36 AM",Hi,"Hello, Ada",OUTGOING,INBOX\nAda Lovelace,Odile Marchetti,"10/17/18, 9:00 AM",Re: Hi,Thanks,INCOMING,INBOX\n';
    const { byPerson, report, owner } = parseLinkedInMessages(text, { ownerName: 'Odile Marchetti' });
    expect(owner).toBeNull();
    expect(report).toMatchObject({ rowsRead: 2, imported: 2, sent: 1, received: 1, unattributed: 0 });
    expect([...byPerson.values()]).toEqual([
      {
        key: 'name:ada lovelace',
        name: 'Ada Lovelace',
        sent: 1,
        received: 1,
        group: 0,
        conversations: 1,
        firstOn: '2018-10-16',
        lastOn: '2018-10-17',
      },
    ]);
  });

  it('~2020: upper-case names and ISO dates; the owner told apart by name', () => {
    const text =
      'FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\nAda Lovelace,Odile Marchetti,2019-11-06T02:08:20,,x,,INBOX\n';
    const { byPerson, report } = parseLinkedInMessages(text, { ownerName: 'odile marchetti' });
    expect(report).toMatchObject({ received: 1, unreadableDates: 0 });
    expect(byPerson.get('name:ada lovelace')).toMatchObject({ received: 1, firstOn: '2019-11-06' });
  });

  it('2022: sender URLs without recipient URLs; the owner given', () => {
    const text = `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\nc1,,Odile Marchetti,${ME},Ada Lovelace,2022-03-01 10:00:00 UTC,,x,SENT\nc1,,Ada Lovelace,${ADA},Odile Marchetti,2022-03-02 10:00:00 UTC,,y,INBOX\n`;
    const { byPerson } = parseLinkedInMessages(text, { owner: ME });
    // the sent message has no recipient URL: its recipient is keyed by name
    expect(byPerson.get('name:ada lovelace')).toMatchObject({ sent: 1 });
    expect(byPerson.get(ADA)).toMatchObject({ received: 1 });
  });

  it('finds the owner as the one URL in every conversation, when not given', () => {
    const text = `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\nc1,,Ada,${ADA},Me,${ME},2024-01-01 10:00:00 UTC,,x,INBOX\nc2,,Me,${ME},Bob,https://www.linkedin.com/in/bob,2024-01-02 10:00:00 UTC,,y,INBOX\n`;
    expect(parseLinkedInMessages(text).owner).toBe(ME);
    expect(parseLinkedInMessages(text.split('\n').slice(0, 2).join('\n')).owner).toBeNull(); // one conversation proves nothing
  });

  it('2024-12: drafts flagged per message or per conversation are skipped and counted', () => {
    const head =
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT';
    const text = `${head}\nc1,,Me,${ME},Ada,${ADA},2024-12-01 10:00:00 UTC,,x,INBOX,Yes,No\nc2,,Me,${ME},Ada,${ADA},2024-12-01 10:00:00 UTC,,x,INBOX,No,Yes\nc3,,Me,${ME},Ada,${ADA},2024-12-01 10:00:00 UTC,,x,INBOX,No,No\n`;
    const { report, skipped, byPerson } = parseLinkedInMessages(text, { owner: ME });
    expect(report).toMatchObject({ rowsRead: 3, imported: 1, skipped: 2, drafts: 2, sent: 1 });
    expect(skipped.map((s) => s.line)).toEqual([2, 3]);
    expect(byPerson.get(ADA)).toMatchObject({ sent: 1, conversations: 1 });
  });

  it('lists rows that do not fit and throws a ParseError without a header', () => {
    const { skipped, report } = parseLinkedInMessages('FROM,TO,CONTENT\nA,B\n');
    expect(report).toMatchObject({ rowsRead: 1, imported: 0, skipped: 1 });
    expect(skipped).toEqual([{ line: 2, reason: 'row has 2 cells where the header has 3' }]);
    expect(() => parseLinkedInMessages('a b\n', { source: 'messages.csv' })).toThrow(ParseError);
  });
});
