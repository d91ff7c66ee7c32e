// Which way of handling invitations suits me: open bar, neighbourhood bar or private club?
// Usage: npx tsx examples/which-strategy.ts [people] [rounds]
// Simulates the three strategies side by side on a generated professional network (seeded).
import { writeFileSync } from 'node:fs';
import { simulateStrategies } from 'handshakes';
import { renderStrategySvg } from 'handshakes/viz';

const people = Number(process.argv[2] ?? 1000);
const rounds = Number(process.argv[3] ?? 10);

const result = simulateStrategies({ population: people, rounds, seed: 42 });
for (const { name, final } of result.strategies) {
  console.log(
    `${name.padEnd(17)} direct ${final.direct.toFixed(1).padStart(6)}  2nd degree ${final.secondDegree.toFixed(0).padStart(5)}` +
      `  known ${(100 * final.knownShare).toFixed(0).padStart(3)}%  effort ${final.effort.toFixed(1)}`,
  );
}
const most = (key: 'direct' | 'knownShare' | 'effort') =>
  [...result.strategies].sort((a, b) => b.final[key] - a.final[key])[0]!.name;
console.log(
  `Largest audience: ${most('direct')}. Best-known contacts: ${most('knownShare')}. Most effort: ${most('effort')}.`,
);
writeFileSync('strategies.svg', renderStrategySvg(result));
console.log('Chart written to strategies.svg');
