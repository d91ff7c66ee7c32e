import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  HandshakesError,
  InvalidArgumentError,
  ParseError,
  identifyLinkedInFile,
  parseLinkedInConnections,
  parseLinkedInExport,
} from '../../src/index.js';
import { FILES, MARKER, OWNER, fileMap, gzipOfZip, zipOf } from './export-fixture.js';

const without = (...names: string[]): Record<string, string> =>
  Object.fromEntries(Object.entries(FILES).filter(([name]) => !names.includes(name)));
/** What must not depend on how the export was packed. */
const essence = (r: ReturnType<typeof parseLinkedInExport>) => ({
  owner: r.owner,
  ownerFrom: r.ownerFrom,
  people: r.connections.people,
  invitations: r.invitations?.invitations,
  messages: [...r.messages!.byPerson.values()],
  profile: r.profile,
  positions: r.positions,
  kinds: r.files.map((f) => [f.name.split('/').pop()!.toLowerCase(), f.kind, f.read]),
});

describe('parseLinkedInExport: the export as people download it', () => {
  const reference = essence(parseLinkedInExport(fileMap()));

  it.each([
    ['the zip', () => zipOf()],
    ['a zip whose files sit in a nested folder', () => zipOf('Basic_LinkedInDataExport_11-20-2026/')],
    ['a zip re-zipped inside a zip', () => zipSync({ 'export.zip': zipOf('inner/') })],
    ['a gzip of the zip', () => gzipOfZip()],
    ['an ArrayBuffer of the zip', () => zipOf().slice().buffer],
    ['a Map of files in another case', () => new Map(Object.entries(fileMap()).map(([n, b]) => [n.toUpperCase(), b]))],
    ['files given as text', () => ({ ...FILES })],
  ])('reads %s to the same result', (_, input) => {
    expect(essence(parseLinkedInExport(input()))).toEqual(reference);
  });

  it('reports every file: read or not, and why', () => {
    const { files } = parseLinkedInExport(zipOf());
    const byName = Object.fromEntries(files.map((f) => [f.name, f]));
    expect(byName['Connections.csv']).toMatchObject({
      kind: 'connections',
      read: true,
      headerLine: 4,
      rowsRead: 5,
      imported: 5,
      skipped: 0,
      encoding: 'utf-8',
    });
    expect(byName['Invitations.csv']).toMatchObject({
      kind: 'invitations',
      read: true,
      rowsRead: 6,
      imported: 6,
      skipped: 0,
    });
    expect(byName['Invitations.csv']!.columns).toContain('inviterprofileurl');
    expect(byName['messages.csv']).toMatchObject({
      kind: 'messages',
      read: true,
      rowsRead: 9,
      imported: 8,
      skipped: 1,
    });
    expect(byName['Contacts.csv']).toMatchObject({
      kind: 'contacts',
      read: false,
      reason: 'synced address book: personal data, never read',
    });
    expect(byName['Endorsement_Received_Info.csv']).toMatchObject({ kind: 'endorsements', read: false });
    for (const f of files) expect(f.rowsRead).toBe(f.imported + f.skipped);
  });

  it('counts messages per person, never their contents (hand-checked)', () => {
    const { messages } = parseLinkedInExport(zipOf());
    expect(messages!.report).toMatchObject({
      rowsRead: 9,
      imported: 8,
      skipped: 1,
      drafts: 1,
      sent: 4,
      received: 4,
      groupMessages: 2,
      unattributed: 1,
      conversations: 4,
    });
    const ada = messages!.byPerson.get('https://www.linkedin.com/in/ada');
    expect(ada).toEqual({
      key: 'https://www.linkedin.com/in/ada',
      name: 'Ada Lovelace',
      sent: 2,
      received: 1,
      group: 0,
      conversations: 1,
      firstOn: '2026-11-21',
      lastOn: '2026-11-22',
    });
    expect(messages!.byPerson.get('https://www.linkedin.com/in/dario')).toMatchObject({
      name: 'Dario Moreau',
      sent: 0,
      received: 0,
      group: 1,
    });
    expect(messages!.byPerson.get('name:bruno silva')).toMatchObject({ received: 1 });
    expect(JSON.stringify([...messages!.byPerson.values(), messages!.report, messages!.skipped])).not.toContain(MARKER);
  });

  it('keeps no note text, profile summary or position description', () => {
    const result = parseLinkedInExport(zipOf());
    expect(result.invitations!.invitations.filter((i) => i.hasNote)).toHaveLength(3);
    const text = JSON.stringify(result, (_, v) => (v instanceof Map ? [...v.values()] : v));
    expect(text).not.toContain(MARKER);
    expect(text).not.toContain('zed@example.com');
  });

  describe('the owner', () => {
    it('comes from the outgoing invitations', () => {
      expect(parseLinkedInExport(zipOf())).toMatchObject({ owner: OWNER, ownerFrom: 'invitations' });
    });
    it('comes from the messages the owner sent when there are no invitations', () => {
      expect(parseLinkedInExport(zipOf('', without('Invitations.csv')))).toMatchObject({
        owner: OWNER,
        ownerFrom: 'messages',
      });
    });
    it('is taken as given, and normalised', () => {
      expect(parseLinkedInExport(zipOf(), { owner: 'linkedin.com/in/Odile-M/?trk=x' })).toMatchObject({
        owner: OWNER,
        ownerFrom: 'option',
      });
    });
    it('is asked for when the export does not show it', () => {
      const run = () =>
        parseLinkedInExport(
          zipOf('', { 'Connections.csv': FILES['Connections.csv']!, 'Profile.csv': FILES['Profile.csv']! }),
          { source: 'Basic.zip' },
        );
      expect(run).toThrow(HandshakesError);
      expect(run).toThrow(/Basic\.zip: cannot tell whose export this is .*pass `owner`, your own profile URL/);
    });
    it('refuses an owner that is not a profile URL', () => {
      expect(() => parseLinkedInExport(zipOf(), { owner: '' })).toThrow(InvalidArgumentError);
    });
  });

  it.each([
    ['bytes that are not a zip', () => strToU8('a b\nb c\n'), /x\.zip: not a zip archive/],
    ['a damaged zip', () => zipOf().slice(0, 60), /not a readable zip archive/],
    [
      'a zip without Connections.csv',
      () => zipOf('', without('Connections.csv')),
      /no Connections\.csv found \(files: Invitations\.csv, messages\.csv/,
    ],
  ])('refuses %s with a message naming the archive', (_, input, reason) => {
    expect(() => parseLinkedInExport(input(), { source: 'x.zip' })).toThrow(reason);
  });

  it('refuses a gzip that inflates past the 256 MiB of a zip, and a truncated gzip, in one line each', () => {
    const bomb = gzipSync(new Uint8Array(257 * 2 ** 20), { level: 9 }); // about 250 KB
    expect(bomb.length).toBeLessThan(2 ** 20);
    expect(() => parseLinkedInExport(bomb, { source: 'bomb.zip.gz' })).toThrow(/inflates past 256 MiB/);
    const cut = gzipOfZip().subarray(0, 60);
    expect(() => parseLinkedInExport(cut)).toThrow(/damaged gzip data/);
  });

  it('refuses an input that is neither bytes nor files', () => {
    expect(() => parseLinkedInExport(42 as never)).toThrow(InvalidArgumentError);
  });
});

describe('each file of the export alone', () => {
  const KINDS: Record<string, string> = {
    'Connections.csv': 'connections',
    'Invitations.csv': 'invitations',
    'messages.csv': 'messages',
    'Profile.csv': 'profile',
    'Positions.csv': 'positions',
    'Endorsement_Received_Info.csv': 'endorsements',
    'Company Follows.csv': 'company-follows',
    'Contacts.csv': 'contacts',
  };
  it.each(Object.keys(FILES))('%s is recognised by its header, whatever its name', (name) => {
    expect(identifyLinkedInFile(FILES[name]!, 'renamed.csv')?.kind).toBe(KINDS[name]);
  });

  it.each(Object.keys(FILES).filter((n) => n !== 'Connections.csv'))(
    '%s is refused by parseLinkedInConnections, named',
    (name) => {
      const run = () => parseLinkedInConnections(FILES[name]!, { source: name });
      expect(run).toThrow(ParseError);
      expect(run).toThrow(
        `this is LinkedIn's ${name === 'Contacts.csv' ? 'Contacts.csv' : name}; pass Connections.csv or the export`,
      );
    },
  );

  it('the 2018 messages layout (From,To,…,Direction) is messages, not invitations', () => {
    expect(
      identifyLinkedInFile(
        'From,To,Date,Subject,Content,Direction,Folder\nA,B,"10/16/18, 8:36 AM",Hi,Hello,INCOMING,INBOX\n',
      )?.kind,
    ).toBe('messages');
  });

  it('a Connections.csv with 13 free-text lines before its header is read as connections', () => {
    const preamble = Array.from(
      { length: 13 },
      (_, i) => `Note line ${i + 1} about this export, with commas, and words`,
    ).join('\n');
    const text = `${preamble}\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Quillstack,Engineer,20 Nov 2026\n`;
    expect(identifyLinkedInFile(text)).toEqual({ kind: 'connections', fileName: 'Connections.csv', headerLine: 14 });
    expect(parseLinkedInConnections(text).report).toMatchObject({ headerLine: 14, preambleLines: 13, imported: 1 });
  });

  it('an edge list is no LinkedIn file', () => {
    expect(identifyLinkedInFile('1 2\n2 3\n', 'edges.txt')).toBeNull();
  });
});
