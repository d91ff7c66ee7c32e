// How many people can I reach, directly and through introductions?
// Usage: npx tsx examples/my-reach.ts [edge-list file] [me]
// Runs on the bundled fictional sample when no file is given.
import { reachByDegree } from 'handshakes';
import { readEdgeList } from 'handshakes/node';

const file = process.argv[2] ?? new URL('./data-small/friends.txt', import.meta.url).pathname;
const me = process.argv[3] ?? 'ada.moreau';

const graph = await readEdgeList(file);
const reach = reachByDegree(graph, me);

console.log(`${me} in a network of ${graph.order} people:`);
console.log(`  direct reach (1st degree): ${reach.direct}`);
console.log(`  indirect reach (2nd degree and beyond): ${reach.indirect}`);
reach.byDegree.forEach((people, degree) => {
  if (degree > 0) console.log(`  degree ${degree}: ${people} people (${reach.cumulative[degree]! - 1} within reach)`);
});
console.log(`  out of reach: ${reach.unreachable}`);
