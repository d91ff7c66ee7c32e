// Who can introduce me to X? My contacts ranked as introducers, and the chains of introductions.
// Usage: npx tsx examples/who-can-introduce-me.ts [team.json] [my profile URL] [their profile URL]
// Runs on the bundled fictional team (examples/data) by default.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { connection, introducers, mergeConnectionExports } from 'handshakes';
import { readLinkedInConnections } from 'handshakes/node';

const manifest = process.argv[2] ?? new URL('./data/team.json', import.meta.url).pathname;
const me = process.argv[3] ?? 'https://www.linkedin.com/in/odile-marchetti';
const target = process.argv[4] ?? 'https://www.linkedin.com/in/mateo-brennan';

const team = JSON.parse(readFileSync(manifest, 'utf8')) as { members: { profileUrl: string; export: string | null }[] };
const exports = [];
for (const { profileUrl, export: file } of team.members) {
  if (file)
    exports.push({
      owner: profileUrl,
      people: (await readLinkedInConnections(join(dirname(manifest), file), { owner: profileUrl })).people,
    });
}
const { graph } = mergeConnectionExports(exports);
const name = (key: string) => (graph.getNodeAttribute(key, 'name') as string | undefined) ?? key;

const link = connection(graph, me, target, { pathLimit: 3 });
if (link.degree === null) {
  console.log(`Nobody in our exports can introduce ${name(me)} to ${name(target)}.`);
} else {
  console.log(
    `${name(target)} is a ${link.label}-degree contact: ${link.degree} hops, ${link.pathCount} shortest chains.`,
  );
  for (const path of link.paths) console.log(`  ${path.map(name).join(' → ')}`);
  console.log('Ask first:');
  for (const i of introducers(graph, me, target, { limit: 3 }))
    console.log(`  ${name(i.contact)}: ${i.distance} hops from ${name(target)}, shortest chains: ${i.paths}`);
}
