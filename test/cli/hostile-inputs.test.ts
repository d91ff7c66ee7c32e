// The hostile inputs of #13 through the built command line: a one-line error and a non-zero exit
// for what cannot be read, the right graph for what can.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { parseEdgeList } from '../../src/index.js';
import { saveGraph } from '../../src/node.js';
import { Checksum, layout, readHeader } from '../../src/node/graph-file-format.js';
import { mutate, mutations } from '../fuzz/mutations.js';
import { cli, ensureBuilt } from './built-cli.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-hostile-');
beforeAll(() => ensureBuilt(), 120_000);

const file = (name: string, content: string | Uint8Array): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

function oneLineError(args: string[]): string {
  const r = cli(args);
  expect(r.code).not.toBe(0);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).not.toMatch(/unexpected error/);
  return lines[0]!;
}

const GEXF =
  '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.2" version="1.2"><graph defaultedgetype="undirected"><nodes><node id="a"/><node id="b"/><node id="c"/></nodes><edges><edge source="a" target="b"/><edge source="b" target="c"/></edges></graph></gexf>\n';

describe('hostile inputs through the CLI (#13)', () => {
  it('a GEXF or GraphML behind a 70 KB comment is read as what it is', () => {
    const comment = `<!-- ${'x'.repeat(70_000)} -->\n`;
    const path = file('long-comment.gexf', GEXF.replace('\n', `\n${comment}`));
    const r = cli(['stats', path, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ summary: { people: 3, distribution: [0, 4, 2] } });
  });

  it.each([
    // a file starting with PK is read as a LinkedIn export zip (#15): a damaged one is refused as such
    ['archive.bin', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), /not a readable zip archive/],
    ['doc.pdf', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n'), /this is a PDF document/],
    ['page.html', '<!DOCTYPE html><html><body>hi</body></html>', /this is an HTML page/],
    ['noise.bin', new Uint8Array(Array.from({ length: 2000 }, (_, i) => (i * 37) % 32)), /this is binary data/],
    // Latin-1 names are text in the wrong encoding, not binary data: the line is named
    [
      'latin1.txt',
      new Uint8Array([...new TextEncoder().encode('Ann Bob\nH'), 0xe9, 0x6c, 0xe8, 0x6e, 0x65, 0x20, 0x47, 0xe9, 0x72]),
      /latin1\.txt, line 2: a node key holds bytes that are not UTF-8/,
    ],
    [
      'svg.xml',
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      /an XML document with root <svg>, not GEXF or GraphML/,
    ],
    [
      'deep.gexf',
      `<?xml version="1.0"?><gexf><graph>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</graph></gexf>`,
      /nest deeper than 256 levels/,
    ],
    [
      'deep.gexf.gz',
      gzipSync(`<?xml version="1.0"?><gexf><graph>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</graph></gexf>`),
      /nest deeper than 256 levels/,
    ],
  ])('%s: one-line error naming what it is, exit ≠ 0', (name, content, pattern) => {
    expect(oneLineError(['stats', file(name, content)])).toMatch(pattern);
  });
});

describe('pseudonymized outputs leak nothing (#13)', () => {
  const ROOT_DIR = join(import.meta.dirname, '../..');
  const TEAM_FILE = join(ROOT_DIR, 'examples/data/team.json');
  const SECRET = 'a team secret of 2026';
  const team = JSON.parse(readFileSync(TEAM_FILE, 'utf8')) as { members: { name: string; export: string | null }[] };
  // every full name of the exports, and the members' names
  const names = new Set(team.members.map((m) => m.name));
  for (const m of team.members.filter((x) => x.export)) {
    for (const line of readFileSync(join(ROOT_DIR, 'examples/data', m.export!), 'utf8').split('\n')) {
      const [first, last] = line.split(',');
      if (first && last && first !== 'First Name' && `${first} ${last}`.length > 6) names.add(`${first} ${last}`);
    }
  }
  const clean = (path: string): void => {
    const text = readFileSync(path).toString('utf8');
    expect(text).not.toMatch(/linkedin\.com/i);
    expect(text).not.toMatch(/Connections\.csv/);
    expect(text).not.toContain(ROOT_DIR);
    expect(text).not.toContain(tmp);
    for (const name of names) expect(text.includes(name), `${path} holds ${name}`).toBe(false);
  };
  const EXTS = ['.json', '.gexf', '.graphml', '.csv', '.hsg'];

  it.each(EXTS)('team.json → %s', (ext) => {
    const out = join(tmp, `p${ext}`);
    const r = cli(['convert', TEAM_FILE, '--out', out, '--pseudonymize', SECRET, '--json', '--quiet']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ pseudonymized: true });
    clean(out);
  });

  it('team.json → clear .gexf → pseudonymized .json (every other path: test/io/pseudonymize-leaks.test.ts)', () => {
    const middle = join(tmp, 'clear.gexf');
    expect(cli(['convert', TEAM_FILE, '--out', middle]).code).toBe(0);
    const out = join(tmp, 'via-gexf.json');
    expect(cli(['convert', middle, '--out', out, '--pseudonymize', SECRET]).code).toBe(0);
    clean(out);
  });

  it.each([' '.repeat(20), 'hunter2-short', '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t'])(
    'refuses the secret %j without printing it back',
    (secret) => {
      const line = oneLineError(['convert', TEAM_FILE, '--out', join(tmp, 'x.json'), '--pseudonymize', secret]);
      expect(line).toMatch(/secret/);
      if (secret.trim()) expect(line).not.toContain(secret.trim());
    },
  );

  it('the clear CSV edge export names files by their base name', () => {
    const out = join(tmp, 'edges.csv');
    expect(cli(['convert', TEAM_FILE, '--out', out]).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Connections.csv');
    expect(text).not.toContain(ROOT_DIR);
  });
});

describe('fuzzed inputs through the CLI (#13)', () => {
  const EXPORT = readFileSync(
    join(import.meta.dirname, '../../examples/data/odile-marchetti/Connections.csv'),
  ).subarray(0, 6000);
  const EDGES = new TextEncoder().encode('# friends\nsource target\n0 1\n1 2\n2 3\nada bob\n');
  const samples = fc.sample(mutations(), { numRuns: 3, seed: 13 });

  it.each([
    ['Connections.csv', EXPORT],
    ['edges.txt', EDGES],
    ['g.gexf', new TextEncoder().encode(GEXF)],
  ] as const)('damaged %s: a result, or a one-line error and exit ≠ 0', (name, bytes) => {
    for (const [i, list] of samples.entries()) {
      const r = cli(['stats', file(`${i}-${name}`, mutate(bytes, list))]);
      if (r.code === 0) continue;
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^error: /);
      expect(lines[0]).not.toMatch(/unexpected error/);
    }
  });

  it('a crafted .hsg (target out of range, valid checksum) is a one-line CORRUPT_FILE error', async () => {
    const path = join(tmp, 'crafted.hsg');
    await saveGraph(parseEdgeList('0 1\n1 2\n').csr, path);
    const bytes = new Uint8Array(readFileSync(path));
    const view = new DataView(bytes.buffer);
    const at = layout(readHeader(view));
    view.setInt32(at.targets, 99, true);
    const sum = new Checksum();
    sum.update(new Int32Array(bytes.buffer, 0, at.checksum >>> 2));
    view.setInt32(at.checksum, sum.h1, true);
    view.setInt32(at.checksum + 4, sum.h2, true);
    writeFileSync(path, bytes);
    for (const command of ['stats', 'reach']) {
      const args = command === 'reach' ? [command, path, '--from', '0'] : [command, path];
      expect(oneLineError(args)).toMatch(/out-adjacency target 99 at entry 0 is out of range/);
    }
  });
});
