// writeGraph: every format its name can ask for, plain and gzip, read back by readGraph with the
// same people and connections (and attributes where the format keeps them); an unknown ending is
// refused naming the file; a failed or cancelled write leaves the previous file intact. Drawn:
//
//   ada ─ bob          "x, y" (an isolated person whose key needs quoting in CSV)
//    \   /
//    "c d" ─ dee

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortError, InvalidArgumentError, WriteError, createPeopleGraph, isCsr, toCsr } from '../../src/index.js';
import type { Csr } from '../../src/index.js';
import { readGraph, writeGraph } from '../../src/node.js';
import { tempDir } from '../temp-dir.js';

const dir = tempDir('handshakes-write-graph-');
const at = (name: string): string => join(dir, name);

const graph = createPeopleGraph();
graph.addNode('ada', { name: 'Ada, "the first"', company: 'Analytical' });
graph.addNode('bob', { name: 'Bob', connections: 3 });
graph.addNode('c d', { name: 'Cé Dé' });
graph.addNode('dee', { name: 'Dee' });
for (const [u, v] of [
  ['ada', 'bob'],
  ['bob', 'c d'],
  ['c d', 'ada'],
  ['c d', 'dee'],
] as const)
  graph.addEdge(u, v, { connectedOn: '2026-01-02' });
const withIsolated = graph.copy();
withIsolated.addNode('x, y', { name: 'Isolated' });

// the connections as sorted "u|v" pairs, from a graphology graph or an index
function pairs(g: { order: number } & ({ kind: 'csr' } | object)): string[] {
  const out: string[] = [];
  if (isCsr(g)) {
    const csr = g as Csr;
    for (let u = 0; u < csr.order; u++)
      for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++)
        if (csr.targets[j]! > u) out.push([csr.keys.key(u), csr.keys.key(csr.targets[j]!)].sort().join('|'));
  } else (g as typeof graph).forEachEdge((_e, _a, s, t) => out.push([s, t].sort().join('|')));
  return out.sort();
}
const people = (g: unknown): string[] =>
  isCsr(g) ? Array.from({ length: g.order }, (_, i) => g.keys.key(i)).sort() : (g as typeof graph).nodes().sort();

describe('writeGraph writes every format readGraph reads back', () => {
  it.each([
    ['.gexf', 'gexf'],
    ['.graphml', 'graphml'],
    ['.json', 'json'],
    ['.gexf.gz', 'gexf'],
    ['.graphml.gz', 'graphml'],
    ['.JSON.GZ', 'json'],
  ] as const)('%s keeps people, connections and attributes', async (ending, format) => {
    const path = at(`team${ending}`);
    await writeGraph(withIsolated, path);
    expect(readFileSync(path)[0] === 0x1f).toBe(ending.toLowerCase().endsWith('.gz'));
    const read = await readGraph([path]);
    expect(read.format).toBe(format);
    expect(people(read.graph)).toEqual(people(withIsolated));
    expect(pairs(read.graph)).toEqual(pairs(withIsolated));
    const back = read.graph as typeof graph;
    for (const key of withIsolated.nodes())
      expect(back.getNodeAttributes(key)).toEqual(withIsolated.getNodeAttributes(key));
    expect(back.getEdgeAttributes(back.edge('c d', 'dee'))).toEqual({ connectedOn: '2026-01-02' });
  });

  // The edge-list reader splits on spaces and commas and knows no CSV quotes: keys without them.
  it.each(['.csv', '.csv.gz'])('%s: one edge per row, read back as an edge list', async (ending) => {
    const plain = createPeopleGraph();
    for (const [u, v] of [
      ['ada', 'bob'],
      ['bob', 'cy'],
      ['cy', 'ada'],
      ['cy', '42'],
    ])
      plain.mergeEdge(u, v, { connectedOn: '2026-01-02' });
    const path = at(`edges${ending}`);
    await writeGraph(plain, path);
    const read = await readGraph([path]);
    expect(read.format).toBe('edge-list');
    expect(people(read.graph)).toEqual(people(plain));
    expect(pairs(read.graph)).toEqual(pairs(plain));
  });

  it('.hsg: the binary index, from a graph or from a Csr', async () => {
    for (const source of [withIsolated, toCsr(withIsolated)]) {
      const path = at('team.hsg');
      await writeGraph(source, path);
      const read = await readGraph([path]);
      expect(read.format).toBe('binary');
      expect(people(read.graph)).toEqual(people(withIsolated));
      expect(pairs(read.graph)).toEqual(pairs(withIsolated));
    }
  });

  it('reports progress and writes a Csr to text formats', async () => {
    const seen: number[] = [];
    await writeGraph(toCsr(graph), at('csr.graphml'), { onProgress: (p) => seen.push(p.done) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(readFileSync(at('csr.graphml'), 'utf8').length);
    expect(pairs((await readGraph([at('csr.graphml')])).graph)).toEqual(pairs(graph));
  });
});

describe('writeGraph refuses and fails cleanly', () => {
  it.each(['team.png', 'team.hsg.gz', 'team.gz', 'team'])('an unknown ending (%s) names the file', async (name) => {
    const error = await writeGraph(graph, at(name)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).code).toBe('INVALID_ARGUMENT');
    expect((error as Error).message).toContain(at(name));
    expect((error as Error).message).toContain('.graphml');
  });

  it('a missing folder is a WriteError naming the file', async () => {
    const path = join(dir, 'no-such-folder', 'team.json');
    const error = await writeGraph(graph, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).message).toContain(path);
  });

  it('a cancelled write leaves the previous file as it was, and no temporary file', async () => {
    const path = at('kept.json.gz');
    writeFileSync(path, 'previous');
    const controller = new AbortController();
    controller.abort();
    const temps: string[] = [];
    const error = await writeGraph(graph, path, {
      signal: controller.signal,
      onTempFile: (tmp) => temps.push(tmp),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    for (const tmp of temps) expect(() => readFileSync(tmp)).toThrow();
  });

  it('a cancellation between chunks removes the temporary file', async () => {
    const path = at('big.graphml.gz');
    writeFileSync(path, 'previous');
    const big = createPeopleGraph();
    for (let i = 0; i < 5000; i++) big.mergeEdge(`p${i}`, `p${i + 1}`, { note: 'x'.repeat(40) });
    const controller = new AbortController();
    const temps: [string, string][] = [];
    const error = await writeGraph(big, path, {
      signal: controller.signal,
      onTempFile: (tmp, state) => {
        temps.push([tmp, state]);
        if (state === 'created') setImmediate(() => controller.abort());
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(readFileSync(path, 'utf8')).toBe('previous');
    expect(temps.map(([, state]) => state)).toEqual(['created', 'removed']);
  });
});
