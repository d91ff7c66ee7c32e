// No input name, URL or path survives pseudonymization, whatever format the graph went through
// first (GEXF and GraphML flatten lists to JSON text; Gephi adds `label`) and whatever format it
// is written to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  mergeConnectionExports,
  parseGexf,
  parseGraphJson,
  parseGraphml,
  parseLinkedInConnections,
  pseudonymize,
  toEdgesCsv,
  toGexf,
  toGraphJson,
  toGraphml,
  toPeopleCsv,
  type PeopleGraph,
} from '../../src/index.js';

const DATA = join(import.meta.dirname, '../../examples/data');
const team = JSON.parse(readFileSync(join(DATA, 'team.json'), 'utf8')) as {
  members: { name: string; profileUrl: string; export: string | null }[];
};
const names = new Set<string>();
const exports = team.members
  .filter((m) => m.export)
  .map((m) => {
    const path = join(DATA, m.export!); // an absolute path, as the CLI records it
    const { people } = parseLinkedInConnections(readFileSync(path), { owner: m.profileUrl });
    for (const p of people) if (p.name && p.name.length > 6) names.add(p.name);
    return { owner: m.profileUrl, people, source: path };
  });
for (const m of team.members) names.add(m.name);

function clear(): PeopleGraph {
  const { graph } = mergeConnectionExports(exports);
  graph.forEachNode((key, a) => graph.setNodeAttribute(key, 'label', a.name ?? key)); // as Gephi writes it
  graph.setAttribute('description', `exported from ${DATA}/team.json`);
  return graph as unknown as PeopleGraph;
}

const VIA: [string, (g: PeopleGraph) => PeopleGraph][] = [
  ['the merged graph', (g) => g],
  ['GEXF', (g) => parseGexf(toGexf(g))],
  ['GraphML', (g) => parseGraphml(toGraphml(g))],
  ['JSON', (g) => parseGraphJson(toGraphJson(g))],
];
const OUT: [string, (g: PeopleGraph) => string][] = [
  ['JSON', (g) => toGraphJson(g)],
  ['GEXF', toGexf],
  ['GraphML', toGraphml],
  ['edges CSV', (g) => toEdgesCsv(g)],
  ['people CSV', (g) => toPeopleCsv(g)],
];

describe.each(VIA)('pseudonymize after %s', (_via, through) => {
  const shared = pseudonymize(through(clear()), { secret: 'a team secret of 2026' });
  it.each(OUT)('written as %s, holds no name, URL or path', (_out, write) => {
    const text = write(shared);
    expect(text).not.toMatch(/linkedin\.com/i);
    expect(text).not.toMatch(/Connections\.csv|team\.json/);
    expect(text).not.toContain(DATA);
    for (const name of names) expect(text.includes(name), name).toBe(false);
    expect(shared.size).toBe(clear().size);
  });
});
