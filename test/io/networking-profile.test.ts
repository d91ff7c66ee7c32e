import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  mergeConnectionExports,
  networkingProfile,
  parseLinkedInExport,
  reachByDegree,
} from '../../src/index.js';
import { FILES, MARKER, OWNER, zipOf } from './export-fixture.js';

const SECTORS = { Quillstack: 'Software', 'Ledgerline Bank': 'Finance', 'Harbor & Finch, Inc.': 'Software' };

describe('networkingProfile on the hand-made export (figures checked by hand, see export-fixture.ts)', () => {
  const exported = parseLinkedInExport(zipOf());
  const profile = networkingProfile(exported, { sectors: SECTORS, batchThreshold: 2 });

  it('growth: months from the first connection to the last, batches, the longest quiet stretch', () => {
    expect(profile.connections).toBe(5);
    expect(profile.growth.byMonth).toHaveLength(11);
    expect(profile.growth.byMonth[0]).toEqual({ month: '2026-01', added: 2, total: 2 });
    expect(profile.growth.byMonth.at(-1)).toEqual({ month: '2026-11', added: 2, total: 5 });
    expect(profile.growth.batches).toEqual([{ date: '2026-11-20', added: 2 }]);
    expect(profile.growth.longestQuiet).toEqual({ from: '2026-03-03', to: '2026-11-20', days: 262 });
  });

  it('who you really know: messages both ways (a URL-less row matched by name), not group chats nor drafts', () => {
    expect(profile.known).toEqual({ known: 2, unknown: 3, share: 0.4, byMessages: 2, byNotes: 0, oneWay: 0 });
  });

  it('a URL-less message row matches a name with punctuation (Silva-Costa, as messages.csv writes it)', () => {
    const files = {
      ...FILES,
      'Connections.csv': FILES['Connections.csv']!.replace('Bruno,Silva,', 'Bruno,Silva-Costa,'),
      'messages.csv': FILES['messages.csv']!.replace('c2,,Bruno Silva,,', 'c2,,Bruno Silva-Costa,,'),
    };
    const hyphen = networkingProfile(parseLinkedInExport(zipOf('', files)), { sectors: SECTORS, batchThreshold: 2 });
    expect(hyphen.known).toEqual(profile.known);
  });

  it('invitations: notes, acceptance with and without a note, invitations you accepted', () => {
    expect(profile.invitations).toEqual({
      sent: 4,
      received: 2,
      sentWithNote: 2,
      noteShare: 0.5,
      accepted: 2,
      acceptedWithNote: 1,
      acceptedWithoutNote: 1,
      acceptance: 0.5,
      acceptanceWithNote: 0.5,
      acceptanceWithoutNote: 0.5,
      receivedAccepted: 1,
      receivedAcceptance: 0.5,
    });
  });

  it('companies: top, own past companies, sector coherence', () => {
    expect(profile.companies).toEqual({
      top: [
        { company: 'Quillstack', connections: 2 },
        { company: 'Harbor & Finch, Inc.', connections: 1 },
        { company: 'Ledgerline Bank', connections: 1 },
      ],
      ownCompanies: ['Quillstack', 'Brightlattice'],
      atOwnCompanies: 2,
      ownCompanyShare: 0.4,
      sector: 'Software',
      inSector: 3,
      sectorShare: 0.75,
    });
    expect(networkingProfile(exported).companies).toMatchObject({
      sector: 'Software Development',
      inSector: null,
      sectorShare: null,
    });
  });

  it('a note on an invitation makes a connection known', () => {
    const files = { ...FILES, 'messages.csv': FILES['messages.csv']!.split('\n')[0]! };
    expect(networkingProfile(parseLinkedInExport(zipOf('', files))).known).toEqual({
      known: 1,
      unknown: 4,
      share: 0.2,
      byMessages: 0,
      byNotes: 1,
      oneWay: 0,
    });
  });

  it('reach: estimated with the assumption stated, or measured on a merged team graph', () => {
    expect(profile.reach).toMatchObject({ direct: 5, measured: false });
    expect(profile.reach.method).toMatch(/^estimated \(estimateReach\): everyone has 5 connections like you/);
    expect(profile.reach.indirect).toBe(profile.reach.second + profile.reach.thirdPlus);
    const mate = 'https://www.linkedin.com/in/ada';
    const team = mergeConnectionExports([
      exported,
      { owner: mate, people: [{ key: 'https://www.linkedin.com/in/zoe', identity: 'profile-url', line: 5 }] },
    ]).graph;
    const measured = networkingProfile(exported, { team }).reach;
    const bfs = reachByDegree(team, OWNER);
    expect(measured).toMatchObject({ direct: 5, second: 1, thirdPlus: 0, indirect: 1, measured: true });
    expect([measured.direct, measured.second]).toEqual([bfs.first, bfs.second]);
  });

  it('the strategy it looks like, with the figures, in English and in French', () => {
    expect(profile.strategy.looksLike).toBe('neighbourhood-bar');
    expect(profile.strategy.figures).toEqual({
      knownShare: 0.4,
      receivedAcceptance: 0.5,
      coherence: 0.75,
      noteShare: 0.5,
    });
    expect(profile.strategy.description).toContain('you really know 2 of your 5 connections (40%');
    const fr = networkingProfile(exported, { sectors: SECTORS, locale: 'fr' });
    expect(fr.strategy.description).toContain('ressemble à la stratégie «\u202fbar de quartier\u202f»');
    expect(fr.strategy.description).toContain('vous connaissez vraiment 2 de vos 5 relations (40\u202f%');
    expect(fr.reach.method).toMatch(/^estimée/);
  });

  it('never outputs a message, note or summary', () => {
    expect(JSON.stringify(profile)).not.toContain(MARKER);
  });

  it('refuses what is not an export result, and an unknown locale', () => {
    expect(() => networkingProfile({} as never)).toThrow(InvalidArgumentError);
    expect(() => networkingProfile(exported, { locale: 'de' as never })).toThrow(InvalidArgumentError);
  });
});
