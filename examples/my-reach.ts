// How many people can I reach, directly and through introductions?
// Usage: npx tsx examples/my-reach.ts [team.json] [my profile URL]
// Runs on the bundled fictional team (examples/data) by default: my reach inside our merged exports.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mergeConnectionExports, reachByDegree } from 'handshakes';
import { readLinkedInConnections } from 'handshakes/node';

const manifest = process.argv[2] ?? new URL('./data/team.json', import.meta.url).pathname;
const me = process.argv[3] ?? 'https://www.linkedin.com/in/tobias-wendt';

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

const reach = reachByDegree(graph, me);
console.log(`${me} in a network of ${graph.order} people:`);
console.log(`  direct reach (1st degree): ${reach.first}`);
console.log(`  2nd degree: ${reach.second}, 3rd degree and beyond: ${reach.thirdPlus}`);
console.log(`  indirect reach in all: ${reach.indirect}; out of network: ${reach.outOfNetwork}`);
