// convert refuses what an index alone cannot give (pseudonyms) before reading the input: a 10⁷-line
// edge list used to be read whole (20 s) before the refusal. The input's second line is malformed,
// so an answer that read the file would name it instead. Every other format is written from the
// index (an edge list to GraphML for Gephi was refused: "convert it to .hsg instead").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraph, saveGraph } from '../../src/node.js';
import { parseEdgeList } from '../../src/index.js';
import { runInProcess } from './run-in-process.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-convert-');
const EDGES = join(tmp, 'edges.txt');
writeFileSync(EDGES, 'a b\njustone\nc d\n');

const cli = (argv: string[]) => runInProcess(argv, tmp);

describe('convert: index-only inputs refused before they are read', () => {
  it('an edge list with --pseudonymize', async () => {
    const r = await cli(['convert', EDGES, '--out', 'x.hsg', '--pseudonymize', 'a long enough team secret']);
    expect(r.stderr).toMatch(/--pseudonymize needs a graph with people/);
    expect(r.stderr).not.toMatch(/line 2/);
    expect(r.code).toBe(2);
  });

  it.each(['x.graphml', 'x.gexf', 'x.json', 'x.csv', 'x.graphml.gz'])(
    'an edge list converts to %s and reads back the same',
    async (out) => {
      writeFileSync(join(tmp, 'ok.txt'), 'ada bob\nbob cy\ncy ada\ndan ada\n');
      const r = await cli(['convert', join(tmp, 'ok.txt'), '--out', out, '--quiet']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const { graph } = await readGraph([join(tmp, out)]);
      expect(graph.order).toBe(4);
      expect(graph.size).toBe(4);
      if (out.endsWith('.graphml')) expect(readFileSync(join(tmp, out), 'utf8')).toContain('id="dan"');
    },
  );

  it('a .hsg file converts to GEXF', async () => {
    const hsg = join(tmp, 'g.hsg');
    await saveGraph(parseEdgeList('a b\nb c\n').csr, hsg);
    const r = await cli(['convert', hsg, '--out', 'g.gexf', '--quiet']);
    expect(r.code).toBe(0);
    expect((await readGraph([join(tmp, 'g.gexf')])).graph.size).toBe(2);
  });

  it('an edge list still converts to .hsg', async () => {
    writeFileSync(join(tmp, 'ok.txt'), 'a b\nb c\n');
    expect((await cli(['convert', join(tmp, 'ok.txt'), '--out', 'ok.hsg', '--quiet'])).code).toBe(0);
  });
});
