// What does my network look like, ring by ring? Writes an SVG picture of my ego network.
// Usage: npx tsx examples/draw-my-network.ts [edge-list file] [me] [out.svg]
import { writeFileSync } from 'node:fs';
import { readEdgeList } from 'handshakes/node';
import { egoLayout, renderEgoSvg } from 'handshakes/viz';

const file = process.argv[2] ?? new URL('./data-small/friends.txt', import.meta.url).pathname;
const me = process.argv[3] ?? 'ada.moreau';
const out = process.argv[4] ?? 'my-network.svg';

const graph = await readEdgeList(file);
const layout = egoLayout(graph, me, { maxDegree: 2, seed: 1 });
const counts = [0, 0, 0];
for (const { distance } of layout.values()) counts[distance]!++;

writeFileSync(out, renderEgoSvg(graph, me, { layout }));
console.log(`${me}: ${counts[1]} people on the 1st ring, ${counts[2]} on the 2nd.`);
console.log(`Picture written to ${out}`);
