import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandshakesError, ParseError, createPeopleGraph } from '../../src/index.js';
import {
  readGexf,
  readGraphJson,
  readGraphml,
  readLinkedInConnections,
  readLinkedInInvitations,
  writeGexf,
  writeGraphJson,
  writeGraphml,
} from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-io-');
const EXAMPLES = join(import.meta.dirname, '../../examples/data');
const CSV =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nZoë,Åberg,https://www.linkedin.com/in/zo%C3%AB,,Café,Barista,15 Mar 2021\r\n';

describe('Node readers of LinkedIn exports', () => {
  it.each([
    ['utf-8', Buffer.from(CSV, 'utf8'), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]), 'utf-8'],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]), 'utf-16le'],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CSV, 'utf16le').swap16()]), 'utf-16be'],
    ['utf-16le without BOM', Buffer.from(CSV, 'utf16le'), 'utf-16le'],
  ])('reads %s', async (name, bytes, encoding) => {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, bytes);
    const { people, report } = await readLinkedInConnections(path);
    expect(report).toMatchObject({ source: path, encoding, imported: 1, rowsRead: 1 });
    expect(people[0]).toMatchObject({ key: 'https://www.linkedin.com/in/zoë', name: 'Zoë Åberg', company: 'Café' });
  });

  it('reads the sample team exports and invitations', async () => {
    const { report } = await readLinkedInConnections(join(EXAMPLES, 'tobias-wendt/Connections.csv'), {
      owner: 'https://www.linkedin.com/in/tobias-wendt',
    });
    expect(report).toMatchObject({ format: 'current', preambleLines: 3, skipped: 0 });
    expect(report.hiddenMembers).toBeGreaterThan(0);
    expect((await readLinkedInInvitations(join(EXAMPLES, 'odile-marchetti/Invitations.csv'))).report.imported).toBe(40);
  });

  it('names the file in errors', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'nothing here\n');
    await expect(readLinkedInConnections(bad)).rejects.toThrow(ParseError);
    await expect(readLinkedInConnections(bad)).rejects.toThrow(`${bad}, line 1: no header row found`);
    await expect(readLinkedInConnections(join(dir, 'missing.csv'))).rejects.toThrow(HandshakesError);
    await expect(readLinkedInInvitations(join(dir, 'missing.csv'))).rejects.toThrow(
      /readLinkedInInvitations: cannot read/,
    );
  });
});

describe('Node graph files', () => {
  //   ada ── bob (connectedOn)
  const g = createPeopleGraph();
  g.addNode('ada', { name: 'Ada', member: true });
  g.addNode('bob', { name: 'Bob', company: 'Acme' });
  g.addEdge('ada', 'bob', { connectedOn: '2020-01-01' });

  it.each([
    ['team.gexf', writeGexf, readGexf],
    ['team.graphml', writeGraphml, readGraphml],
    ['team.json', writeGraphJson, readGraphJson],
  ] as const)('%s: write then read', async (file, write, read) => {
    const path = join(dir, file);
    await write(path, g);
    const back = await read(path);
    expect(back.order).toBe(2);
    expect(back.getNodeAttributes('ada')).toEqual({ name: 'Ada', member: true });
    expect(back.getEdgeAttributes(back.edges()[0]!)).toEqual({ connectedOn: '2020-01-01' });
  });

  it('names the file of a malformed document', async () => {
    const path = join(dir, 'broken.graphml');
    writeFileSync(path, '<graphml><graph>\n<node id="a/></graph></graphml>');
    await expect(readGraphml(path)).rejects.toThrow(`${path}, line 2`);
  });
});
