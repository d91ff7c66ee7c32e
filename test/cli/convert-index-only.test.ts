// convert refuses what an index alone cannot give (another format than .hsg, pseudonyms) before
// reading the input: a 10⁷-line edge list used to be read whole (20 s) before the refusal. The
// input's second line is malformed, so an answer that read the file would name it instead.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveGraph } from '../../src/node.js';
import { parseEdgeList } from '../../src/index.js';
import { runInProcess } from './run-in-process.js';

const tmp = mkdtempSync(join(tmpdir(), 'hs-convert-'));
const EDGES = join(tmp, 'edges.txt');
writeFileSync(EDGES, 'a b\njustone\nc d\n');

const cli = (argv: string[]) => runInProcess(argv, tmp);

describe('convert: index-only inputs refused before they are read', () => {
  it.each([
    [
      ['--out', 'x.graphml'],
      1,
      /edges\.txt: an edge list is read straight into the index, .* \.graphml; convert it to \.hsg/,
    ],
    [['--out', 'x.hsg', '--pseudonymize', 'a long enough team secret'], 2, /--pseudonymize needs a graph with people/],
  ])('an edge list with %j', async (args, code, pattern) => {
    const r = await cli(['convert', EDGES, ...args]);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/line 2/);
    expect(r.code).toBe(code);
  });

  it('a .hsg file to GEXF names the .hsg file, not an edge list', async () => {
    const hsg = join(tmp, 'g.hsg');
    await saveGraph(parseEdgeList('a b\nb c\n').csr, hsg);
    const r = await cli(['convert', hsg, '--out', 'g.gexf']);
    expect(r.stderr).toMatch(
      /g\.hsg: a \.hsg file holds the index alone, without a graphology graph to write as \.gexf/,
    );
    expect(r.code).toBe(1);
  });

  it('an edge list still converts to .hsg', async () => {
    writeFileSync(join(tmp, 'ok.txt'), 'a b\nb c\n');
    expect((await cli(['convert', join(tmp, 'ok.txt'), '--out', 'ok.hsg', '--quiet'])).code).toBe(0);
  });
});
