// How far does our team reach together, and what does each of us bring?
// Usage: npx tsx examples/our-team-reach.ts [team.json]
// Runs on the bundled fictional team (examples/data) by default.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { groupReach, mergeConnectionExports } from 'handshakes';
import { readLinkedInConnections } from 'handshakes/node';

const manifest = process.argv[2] ?? new URL('./data/team.json', import.meta.url).pathname;
const team = JSON.parse(readFileSync(manifest, 'utf8')) as {
  members: { name: string; profileUrl: string; export: string | null }[];
};
const exports = [];
for (const { profileUrl, export: file } of team.members) {
  if (file)
    exports.push({
      owner: profileUrl,
      people: (await readLinkedInConnections(join(dirname(manifest), file), { owner: profileUrl })).people,
    });
}
const others = team.members.filter((m) => !m.export).map((m) => m.profileUrl);
const { graph } = mergeConnectionExports(exports, { members: others });

const members = graph.filterNodes((_, attributes) => attributes.member === true);
const nameOf = (key: string) =>
  team.members.find((m) => m.profileUrl === graph.getNodeAttribute(key, 'profileUrl'))?.name ?? key;
const reach = groupReach(graph, members);
console.log(`Together we reach ${reach.reached} people (${reach.first} directly).`);
for (const [key, m] of reach.members)
  console.log(`  ${nameOf(key)}: ${m.direct} contacts, ${m.uniqueDirect} that nobody else in the team has`);
const closest = [...reach.overlap].sort((a, b) => b.first.jaccard - a.first.jaccard)[0]!;
console.log(
  `Most overlapping pair: ${nameOf(closest.a)} & ${nameOf(closest.b)} (${closest.first.shared} shared contacts)`,
);
