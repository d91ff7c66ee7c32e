// Files of other tools that handshakes does not read are refused naming what they are and how to
// convert them. Before, `digraph G { a -> b }` became a one-edge graph (digraph–G, exit 0), Pajek and
// GML failed on some line without naming the format, and an .xlsx "had no Connections.csv".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseLinkedInExport } from '../../src/index.js';
import { notAGraph } from '../../src/io/sniff-content.js';
import { runInProcess } from '../cli/run-in-process.js';
import { tempDir } from '../temp-dir.js';

const what = (text: string) => notAGraph(new TextEncoder().encode(text), text);

const OTHER: [string, string, RegExp][] = [
  ['DOT one line', 'digraph G { a -> b; b -> c }\n', /Graphviz DOT/],
  [
    'DOT strict, quoted id, comments',
    '// made by hand\n/* x */\nstrict graph "my net" {\n a -- b\n}\n',
    /Graphviz DOT/,
  ],
  ['DOT anonymous', 'graph {\n  a -- b;\n}\n', /Graphviz DOT/],
  ['GML (networkx)', 'graph [\n  node [\n    id 0\n    label "0"\n  ]\n]\n', /GML/],
  ['GML (igraph)', 'Creator "igraph version 0.10"\nVersion 1\ngraph\n[\n  directed 0\n]\n', /GML/],
  ['Pajek', '*Vertices 3\n1 "a"\n2 "b"\n3 "c"\n*Edges\n1 2\n', /Pajek/],
  ['Pajek with a comment', '% from networkx\n*vertices 2\n1 a\n2 b\n*arcs\n1 2\n', /Pajek/],
  ['GDF', 'nodedef>name VARCHAR,label VARCHAR\na,Ada\nedgedef>node1 VARCHAR,node2 VARCHAR\n', /GDF/],
  ['UCINET DL', 'DL n=3\nformat = edgelist1\ndata:\n1 2\n', /UCINET/],
];

// edge lists whose first keys look like those formats' words stay edge lists
const EDGE_LISTS = [
  'graph G\nG H\n',
  'digraph a\nb c\n',
  'graph [b]\n[c] [d]\n',
  'strict graph\n',
  '*star trek\n',
  'DL N\n',
  'node1 node2\n',
];

describe('graph formats handshakes does not read', () => {
  it.each(OTHER)('%s is named', (_name, text, expected) => {
    expect(what(text)).toMatch(expected);
  });

  it.each(EDGE_LISTS)('%j stays an edge list', (text) => {
    expect(what(text)).toBeNull();
  });

  it('the CLI refuses a DOT file with exit 1 and one line instead of measuring a junk graph', async () => {
    const dir = tempDir('hs-dot-');
    const file = join(dir, 'g.dot');
    writeFileSync(file, 'digraph G { a -> b; b -> c }\n');
    const r = await runInProcess(['stats', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/g\.dot: this is a Graphviz DOT file .*, not a format handshakes reads; give/);
    expect(r.stderr).not.toMatch(/not a graph/);
  });

  it("two graph files are one usage line naming each and what it is, not the library's argument words", async () => {
    const dir = tempDir('hs-two-');
    const [a, b] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    writeFileSync(a, 'x y\n');
    writeFileSync(b, 'y z\n');
    const r = await runInProcess(['stats', a, b]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(
      `give one graph file, or LinkedIn exports to merge as a team; got ${a} (an edge list), ${b} (an edge list).`,
    );
    expect(r.stderr).not.toMatch(/Expected|\(object\)/);
  });
});

describe('office documents given as an export', () => {
  const xlsx = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
    'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
  });

  it('an Excel workbook says to save it as CSV', () => {
    expect(() => parseLinkedInExport(xlsx, { source: 'Connections.xlsx' })).toThrow(
      /Connections\.xlsx: this is an Excel workbook \(\.xlsx\).*save it as "CSV UTF-8/,
    );
  });

  it('an OpenDocument spreadsheet too', () => {
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    });
    expect(() => parseLinkedInExport(ods, { source: 'c.ods' })).toThrow(/c\.ods: this is an OpenDocument file/);
  });

  it('a zip holding a workbook beside Connections.csv is still read as an export', () => {
    const zip = zipSync({
      'xl/workbook.xml': strToU8('<workbook/>'),
      'Connections.csv': strToU8(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,M,https://www.linkedin.com/in/ada,,A,B,15 Mar 2021\n',
      ),
    });
    const result = parseLinkedInExport(zip, { owner: 'https://www.linkedin.com/in/me' });
    expect(result.connections.people).toHaveLength(1);
  });

  it('the CLI says it in one line, exit 1', async () => {
    const dir = tempDir('hs-xlsx-');
    const file = join(dir, 'Connections.xlsx');
    writeFileSync(file, xlsx);
    const r = await runInProcess(['stats', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/Excel workbook/);
  });
});
