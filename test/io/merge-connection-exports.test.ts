import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  mergeConnectionExports,
  parseLinkedInConnections,
  reachByDegree,
} from '../../src/index.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const ADA = 'https://www.linkedin.com/in/ada';
const BOB = 'https://www.linkedin.com/in/bob';
const CY = 'https://www.linkedin.com/in/cy';

//   ada ── bob (both exports list it)      ada ── rené (encoded in ada's file, decoded in bob's) ── bob
//   ada ── hidden#L4 ; bob ── hidden#L4    two Jo Kim at Acme under different keys: a possible duplicate
//   cy: a member without an export, listed by bob
const adaFile = `${HEADER}Bob,Builder,https://www.linkedin.com/in/bob/,,Acme,CTO,01 Jan 2020
René,Roy,https://www.linkedin.com/in/ren%C3%A9-roy,,Acme,Dev,02 Jan 2020
,,,,,,03 Jan 2020
Jo,Kim,https://www.linkedin.com/in/jo-kim,,Acme,Dev,04 Jan 2020`;
const bobFile = `${HEADER}Ada,Lovelace,http://uk.linkedin.com/in/ADA,,Engines,CEO,01 Jan 2020
René,Roy,https://www.linkedin.com/in/René-Roy?trk=x,,Acme,Dev,05 Jan 2019
,,,,,,03 Jan 2020
Jo,Kim,https://www.linkedin.com/in/jo-kim-2,,ACME,Dev,04 Jan 2020
Cy,Young,https://www.linkedin.com/in/cy,,Acme,PM,06 Jan 2020`;

function team() {
  return mergeConnectionExports(
    [
      { owner: ADA, people: parseLinkedInConnections(adaFile).people, source: 'ada.csv' },
      { owner: `${BOB}?trk=me`, people: parseLinkedInConnections(bobFile).people, source: 'bob.csv' },
    ],
    { members: [CY] },
  );
}

describe('mergeConnectionExports', () => {
  it('deduplicates by normalised URL, joins members, keeps hidden rows apart', () => {
    const { graph, report } = team();
    const rene = 'https://www.linkedin.com/in/rené-roy';
    expect(graph.hasEdge(ADA, BOB)).toBe(true);
    expect(graph.neighbors(rene).sort()).toEqual([ADA, BOB]);
    expect(graph.hasEdge(BOB, CY)).toBe(true);
    expect(graph.getNodeAttributes(CY)).toMatchObject({ member: true, name: 'Cy Young', company: 'Acme' });
    expect(graph.getNodeAttributes(ADA)).toMatchObject({ member: true, name: 'Ada Lovelace' });
    expect(graph.hasNode(`${ADA}#L4`) && graph.hasNode(`${BOB}#L4`)).toBe(true);
    // 3 members + rené + 2 hidden + 2 Jo Kim
    expect(report).toMatchObject({
      exports: 2,
      rows: 9,
      members: 3,
      people: 8,
      edges: 8,
      sharedContacts: 1,
      membersJoined: 3,
      localPeople: 2,
      nameConflicts: 0,
    });
    expect(graph.order).toBe(report.people);
    expect(graph.size).toBe(report.edges);
  });

  it('records provenance on every edge and keeps the earliest date', () => {
    const { graph } = team();
    const both = graph.getEdgeAttributes(graph.edge(ADA, BOB)!);
    expect(both.provenance).toEqual([
      { export: ADA, file: 'ada.csv', line: 2, connectedOn: '2020-01-01' },
      { export: BOB, file: 'bob.csv', line: 2, connectedOn: '2020-01-01' },
    ]);
    const rene = graph.getEdgeAttributes(graph.edge(BOB, 'https://www.linkedin.com/in/rené-roy')!);
    expect(rene).toMatchObject({ source: BOB, connectedOn: '2019-01-05' });
    graph.forEachEdge((_e, a) => expect(a.provenance.length).toBeGreaterThan(0));
  });

  it('reports possible duplicates (same name and company, different keys) without merging them', () => {
    const { graph, possibleDuplicates } = team();
    expect(possibleDuplicates).toEqual([
      {
        name: 'jo kim',
        company: 'acme',
        keys: ['https://www.linkedin.com/in/jo-kim', 'https://www.linkedin.com/in/jo-kim-2'],
      },
    ]);
    expect(graph.hasNode('https://www.linkedin.com/in/jo-kim-2')).toBe(true);
  });

  it('counts name conflicts under one key, ignores owner rows', () => {
    const people = parseLinkedInConnections(
      `${HEADER}Bobby,Other,${BOB},,X,Y,01 Jan 2020\nAda,L,${ADA},,X,Y,01 Jan 2020`,
    ).people;
    const { report, graph } = mergeConnectionExports([
      { owner: ADA, people },
      { owner: BOB, people: parseLinkedInConnections(bobFile).people },
    ]);
    expect(report.ownerRows).toBe(1);
    expect(report.nameConflicts).toBe(0); // members' own rows: Bobby Other vs nothing yet
    expect(graph.hasEdge(ADA, ADA)).toBe(false);
  });

  it.each([
    ['a non-array', 'nope', undefined, 'exports'],
    ['an owner that is not a URL', [{ owner: '', people: [] }], undefined, 'exports[0].owner'],
    ['people that are not an array', [{ owner: ADA, people: 3 }], undefined, 'exports[0].people'],
    ['a bad member', [], { members: [7] }, 'members[0]'],
    ['a person without a key', [{ owner: ADA, people: [{ name: 'x' }] }], undefined, 'exports[0].people[0].key'],
  ])('rejects %s with InvalidArgumentError', (_n, exports, options, argument) => {
    try {
      mergeConnectionExports(exports as never, options as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).code).toBe('INVALID_ARGUMENT');
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
  });

  it('merges the fictional sample team of examples/data', () => {
    const dir = join(import.meta.dirname, '../../examples/data');
    const meta = JSON.parse(readFileSync(join(dir, 'team.json'), 'utf8')) as {
      members: { profileUrl: string; export: string | null; connections: number }[];
    };
    const exports = meta.members
      .filter((m) => m.export)
      .map((m) => ({
        owner: m.profileUrl,
        source: m.export!,
        people: parseLinkedInConnections(readFileSync(join(dir, m.export!)), { owner: m.profileUrl }).people,
      }));
    const { graph, report, possibleDuplicates } = mergeConnectionExports(exports, {
      members: meta.members.filter((m) => !m.export).map((m) => m.profileUrl),
    });
    expect(report.rows).toBe(meta.members.reduce((s, m) => s + m.connections, 0));
    expect(report.members).toBe(5);
    expect(report.sharedContacts).toBeGreaterThan(50);
    expect(possibleDuplicates.some((d) => d.name === 'marie laurent')).toBe(true);
    // every edge touches a member; the team reaches everyone within two hops of some member
    graph.forEachEdge((_e, _a, s, t) =>
      expect(graph.getNodeAttribute(s, 'member') || graph.getNodeAttribute(t, 'member')).toBe(true),
    );
    const first = reachByDegree(graph, meta.members[0]!.profileUrl);
    expect(first.direct).toBe(graph.degree(meta.members[0]!.profileUrl));
  });
});
