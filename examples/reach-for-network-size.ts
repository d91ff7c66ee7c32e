// How many people are within reach in a network of N people with K connections each?
// Usage: npx tsx examples/reach-for-network-size.ts [people] [connections]
// Generates the network (Barabási–Albert, seeded), measures reach from 20 random people, and compares
// with the analytic estimate.
import { barabasiAlbert, createRng, estimateReach, estimateSeparation, reachByDegree, separation } from 'handshakes';

const people = Number(process.argv[2] ?? 20_000);
const connections = Number(process.argv[3] ?? 10);

const csr = barabasiAlbert({ people, attach: connections / 2, seed: 42, output: 'csr' });
const k = (2 * csr.size) / csr.order;
const rng = createRng(7);
const samples = Array.from({ length: 20 }, () => reachByDegree(csr, String(rng.int(people))));
const estimate = estimateReach({ people, averageConnections: k });

console.log(`${people} people with ${k.toFixed(1)} connections each on average:`);
for (let d = 1; d <= 4; d++) {
  const measured = samples.reduce((sum, r) => sum + (r.cumulative[d] ?? r.cumulative.at(-1)!) - 1, 0) / samples.length;
  const expected = Math.min(people - 1, (estimate.cumulative[d] ?? estimate.cumulative.at(-1)!) - 1);
  console.log(
    `  within ${d} degree${d > 1 ? 's' : ''}: ${Math.round(measured)} people measured, ${Math.round(expected)} estimated`,
  );
}
const s = separation(csr, { method: 'sample', samples: 64 });
console.log(
  `Mean distance ${s.meanDistance.toFixed(2)} hops (${s.degreesOfSeparation.toFixed(2)} degrees); estimate ${estimateSeparation({ people, averageConnections: k }).meanDistance.toFixed(2)} hops.`,
);
