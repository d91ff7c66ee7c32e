// readGraph and readTeam: every format read through one call, detected from the content (never the
// name), the result equal to the dedicated reader's; errors name the file, line and reason; hostile
// files are refused by what they are. Drawn: the triangle a–b–c plus the edge c–d.
//
//   a ─ b
//    \ /
//     c ─ d

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  HandshakesError,
  InvalidArgumentError,
  OwnerUnknownError,
  ParseError,
  createPeopleGraph,
  mergeConnectionExports,
  parseTeamManifest,
  toGexf,
  toGraphJson,
  toGraphml,
  toCsr,
} from '../../src/index.js';
import { readEdgeList, readGraph, readLinkedInConnections, readTeam, saveGraph } from '../../src/node.js';
import { FILES, OWNER, zipOf } from '../io/export-fixture.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-read-graph-');
const at = (name: string): string => join(dir, name);
const write = (name: string, data: string | Uint8Array): string => (writeFileSync(at(name), data), at(name));

const EDGES = 'a b\nb c\nc a\nc d\n';
const triangle = createPeopleGraph();
for (const [u, v] of [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'a'],
  ['c', 'd'],
] as const)
  triangle.mergeEdge(u, v);

const edgesOf = (graph: { order: number; size: number }): [number, number] => [graph.order, graph.size];
const TEAM = join(import.meta.dirname, '../../examples/data/team.json');

describe('readGraph reads every format, detected from the content', () => {
  it.each([
    ['edge list', 'edges.txt', EDGES, 'edge-list'],
    ['gzip edge list', 'edges.gz', gzipSync(EDGES), 'edge-list'],
    ['GEXF named .txt', 'graph.txt', toGexf(triangle), 'gexf'],
    ['gzip GraphML', 'graph.graphml.gz', gzipSync(toGraphml(triangle)), 'graphml'],
    ['graphology JSON', 'graph.json', toGraphJson(triangle), 'json'],
    [
      'GEXF after a 70 KB prolog',
      'long.gexf',
      `<?xml version="1.0"?><!--${'x'.repeat(70_000)}-->${toGexf(triangle).replace(/^<\?xml[^>]*>/, '')}`,
      'gexf',
    ],
  ] as const)('%s', async (_, name, data, format) => {
    const result = await readGraph([write(name, data)]);
    expect(result.format).toBe(format);
    expect(edgesOf(result.graph)).toEqual([4, 4]);
    expect(result.members).toEqual([]);
  });

  it('an edge list comes back as the index readEdgeList builds, with its report', async () => {
    const path = write('report.txt', `# comment\n${EDGES}c c\n`);
    const [got, direct] = await Promise.all([
      readGraph([path], { directed: true }),
      readEdgeList(path, { directed: true }),
    ]);
    expect(got.report).toEqual(direct.report);
    expect(got.graph).toMatchObject({ kind: 'csr', directed: true, order: 4, size: 4 });
  });

  it('a binary .hsg file is loaded', async () => {
    const path = at('graph.hsg');
    await saveGraph(toCsr(triangle), path);
    const result = await readGraph([path]);
    expect(result.format).toBe('binary');
    expect(edgesOf(result.graph)).toEqual([4, 4]);
  });

  it('a lone Connections.csv belongs to "me"; the report is the parser’s', async () => {
    const path = write('Connections.csv', FILES['Connections.csv']!);
    const result = await readGraph([path]);
    expect(result.format).toBe('linkedin');
    const me = 'https://www.linkedin.com/in/me';
    expect(result.members).toEqual([me]);
    const { people, report } = await readLinkedInConnections(path, { owner: me });
    expect(result.report).toMatchObject({ files: [report], merge: { exports: 1 } });
    expect(result.graph.order).toBe(people.length + 1);
  });

  it('an export zip, its gzip and its folder name their owner', async () => {
    const zip = write('export.zip', zipOf());
    const folder = at('export-folder');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(folder, name), text);
    for (const path of [zip, write('export.zip.gz', gzipSync(zipOf())), folder]) {
      const result = await readGraph([path]);
      expect(result.members).toEqual([OWNER]);
      expect(result.report).toMatchObject({ files: [{ owner: OWNER, ownerFrom: 'invitations' }] });
    }
  });

  it('a team.json merges its members’ exports, as mergeConnectionExports does on each file', async () => {
    const manifest = parseTeamManifest(await import('node:fs').then((fs) => fs.readFileSync(TEAM, 'utf8')));
    const exports = [];
    for (const m of manifest.members.filter((m) => m.export)) {
      const { people } = await readLinkedInConnections(join(TEAM, '..', m.export!), { owner: m.profileUrl });
      exports.push({ owner: m.profileUrl, people });
    }
    const expected = mergeConnectionExports(exports, {
      members: manifest.members.filter((m) => !m.export).map((m) => m.profileUrl),
    });
    const read = await readGraph([TEAM]);
    expect(read.format).toBe('linkedin');
    if (read.format !== 'linkedin') return;
    for (const result of [read, await readTeam(TEAM)]) {
      expect(edgesOf(result.graph)).toEqual(edgesOf(expected.graph));
      expect(result.members).toEqual(expected.graph.filterNodes((_, a) => a.member === true));
      expect(result.members.map((k) => result.graph.getNodeAttribute(k, 'name'))).toEqual(
        manifest.members.map((m) => m.name),
      );
    }
  });

  it('several Connections.csv take their owners from `owners`, or from the team.json beside them', async () => {
    const a = write('a.csv', FILES['Connections.csv']!);
    const b = write('b.csv', FILES['Connections.csv']!.replace('Ada,Lovelace', 'Zoe,Zed'));
    const owners = ['https://www.linkedin.com/in/x', 'https://www.linkedin.com/in/y'];
    const result = await readGraph([a, b], { owners });
    expect(result.members).toEqual(owners);
    write(
      'team.json',
      JSON.stringify({
        members: owners.map((profileUrl, i) => ({ profileUrl, name: `M${i}`, export: ['a.csv', 'b.csv'][i] })),
      }),
    );
    const known = await readGraph([a, b]);
    expect(known.members).toEqual(owners);
    if (known.format !== 'linkedin') throw new Error(`read as ${known.format}`);
    expect(known.graph.getNodeAttribute(owners[1]!, 'name')).toBe('M1');
    rmSync(at('team.json'));
  });
});

describe('readGraph and readTeam errors name the file, the line and the reason', () => {
  const refusals: [string, string | Uint8Array, RegExp][] = [
    [
      'picture.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
      /picture\.png: this is a PNG image/,
    ],
    [
      'doc.xml',
      '<?xml version="1.0"?><html><body/></html>',
      /doc\.xml: this is an XML document with root <html>, not GEXF or GraphML/,
    ],
    [
      'Invitations.csv',
      FILES['Invitations.csv']!,
      /Invitations\.csv: this is LinkedIn's Invitations\.csv; pass Connections\.csv or the export/,
    ],
    ['messages.csv', FILES['messages.csv']!, /messages\.csv: this is LinkedIn's messages\.csv/],
  ];
  it.each(refusals)('%s is refused by what it is', async (name, data, why) => {
    const error = await readGraph([write(name, data)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandshakesError);
    expect((error as HandshakesError).code).toBe('PARSE_ERROR');
    expect((error as Error).message).toMatch(/^handshakes\/readGraph: /);
    expect((error as Error).message).toMatch(why);
  });

  it('a missing file is a READ_ERROR naming it, under the caller’s name when `where` is given', async () => {
    const error = await readGraph([at('nope.txt')], { where: 'cli' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'READ_ERROR',
      message: `handshakes/cli: cannot read ${at('nope.txt')}: no such file.`,
    });
  });

  it.each([
    ['broken.json', '{"nodes": [\n  {"key": "a"},\n  {"key" "b"}\n]}', /broken\.json, line 3, column 10: invalid JSON/],
    ['edges-bad.txt', 'a b\nonly-one-key\n', /edges-bad\.txt, line 2: expected two node keys, found one/],
    [
      'dangling.graphml',
      '<graphml><graph edgedefault="undirected"><node id="a"/>\n<edge source="a" target="zz"/></graph></graphml>',
      /dangling\.graphml, line 2, column 1: an edge's target "zz" is not a declared node/,
    ],
  ])('%s: a ParseError with file and line', async (name, text, why) => {
    const error = await readGraph([write(name, text)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).toMatch(why);
  });

  it.each([
    [
      'syntax',
      '{"members": [\n  {"profileUrl" "x", "export": "a.csv"}\n]}',
      /team-bad\.json, line 2, column 17: not a valid team manifest/,
    ],
    [
      'members replaced by null',
      '{"members": [{"export": "a.csv"}], "members": null}',
      /team-bad\.json: a team manifest is an object with a `members` list/,
    ],
    [
      'no URL',
      '{"members": [{"export": "a.csv"}]}',
      /team-bad\.json: member 1: `profileUrl` must be a non-empty string/,
    ],
    ['bad export', '{"members": [{"profileUrl": "x", "export": 3}]}', /team-bad\.json: member 1: `export` must be/],
  ])('a team.json with %s is a ParseError naming it', async (_, text, why) => {
    const path = write('team-bad.json', text);
    for (const read of [() => readGraph([path]), () => readTeam(path)]) {
      const error = await read().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParseError);
      expect((error as Error).message).toMatch(why);
    }
  });

  it('a team.json naming a missing export names that file', async () => {
    const path = write('team-missing.json', '{"members": [{"profileUrl": "x", "export": "gone/Connections.csv"}]}');
    await expect(readTeam(path)).rejects.toMatchObject({
      code: 'READ_ERROR',
      message: expect.stringMatching(/gone\/Connections\.csv: no such file/),
    });
  });

  it('mixed formats, two graph files, missing or miscounted owners are InvalidArgumentErrors', async () => {
    const csv = write('c1.csv', FILES['Connections.csv']!);
    const csv2 = write('c2.csv', FILES['Connections.csv']!);
    const edges = write('e.txt', EDGES);
    const cases: [string[], { owners?: string[] }, string][] = [
      [[csv, edges], {}, 'paths'],
      [[edges, edges], {}, 'paths'],
      [[], {}, 'paths'],
      [[csv, csv2], {}, 'owners'],
      [[csv, csv2], { owners: ['https://www.linkedin.com/in/x'] }, 'owners'],
    ];
    for (const [paths, options, argument] of cases) {
      const error = await readGraph(paths, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).argument).toBe(argument);
    }
  });

  it('an export that does not show its owner is an OwnerUnknownError, read with `owners`', async () => {
    const path = write('anonymous.zip', zipOf('', { 'Connections.csv': FILES['Connections.csv']! }));
    await expect(readGraph([path])).rejects.toBeInstanceOf(OwnerUnknownError);
    expect((await readGraph([path], { owners: [OWNER] })).members).toEqual([OWNER]);
  });

  it('a gzip bomb is refused, a damaged gzip named', async () => {
    // 300 gzip members of 1 MiB of spaces each: 300 MiB from a few hundred KB
    const member = gzipSync(Buffer.alloc(1 << 20, 0x20));
    const bomb = write(
      'bomb.json.gz',
      Buffer.concat([gzipSync('{"nodes":['), ...Array.from({ length: 300 }, () => member)]),
    );
    await expect(readGraph([bomb])).rejects.toThrow(/bomb\.json\.gz: the gzip file inflates to more than/);
    const damaged = write('damaged.gexf.gz', gzipSync(toGexf(triangle)).subarray(0, 60));
    await expect(readGraph([damaged])).rejects.toThrow(/damaged\.gexf\.gz/);
  });
});
