// Six degrees or three and a half? How far apart are the people in our network, beside the studies.
// Usage: npx tsx examples/six-or-three-and-a-half.ts [edge list, e.g. a SNAP graph]
// Runs on the bundled fictional team's merged exports (examples/data) by default.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GraphLike } from 'handshakes';
import { compareWithStudies, estimateSeparation, mergeConnectionExports, separation, studyFigure } from 'handshakes';
import { readEdgeList, readLinkedInConnections } from 'handshakes/node';

let graph: GraphLike;
if (process.argv[2]) graph = await readEdgeList(process.argv[2]);
else {
  const manifest = new URL('./data/team.json', import.meta.url).pathname;
  const team = JSON.parse(readFileSync(manifest, 'utf8')) as {
    members: { profileUrl: string; export: string | null }[];
  };
  const exports = [];
  for (const { profileUrl: owner, export: file } of team.members)
    if (file)
      exports.push({ owner, people: (await readLinkedInConnections(join(dirname(manifest), file), { owner })).people });
  graph = mergeConnectionExports(exports).graph;
}

const s = separation(graph);
console.log(
  `${s.people} people, ${s.method} distances: mean ${s.meanDistance.toFixed(2)} hops = ${s.degreesOfSeparation.toFixed(2)} degrees of separation`,
);
console.log(
  `median ${s.medianDistance} hops, effective diameter ${s.effectiveDiameter.toFixed(2)}, diameter ${s.diameter}`,
);
for (const study of compareWithStudies(s).studies) console.log(`  ${study.study.padEnd(24)} ${studyFigure(study)}`);
const k = (2 * graph.size) / s.people;
const e = estimateSeparation({ people: s.people, averageConnections: k });
console.log(
  `A random graph of this size and ${k.toFixed(1)} connections each: ${e.degreesOfSeparation.toFixed(2)} degrees.`,
);
