// Runs every bench/*.bench.ts (or those named on the command line) in its own Node process,
// then assembles bench/RESULTS.md from bench/results/*.md and prints the wall time of each bench
// and of the suite (the quick suite must stay under 3 minutes). `--full` passes on to each bench.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL, ROOT, loadNote, machine } from './lib.js';

const named = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const benches = readdirSync(join(ROOT, 'bench'))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => named.length === 0 || named.some((n) => f.startsWith(n)))
  .sort();
let failed = 0;
const wall: [string, number][] = [];
const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
const suite = process.hrtime.bigint();
for (const file of benches) {
  console.log(`\n=== ${file}${FULL ? ' --full' : ''}`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=20000', join('bench', file), ...(FULL ? ['--full'] : [])], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${r.status})`);
  }
  wall.push([file, seconds(t0)]);
}
const dir = join(ROOT, 'bench', 'results');
const sections = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const body = sections.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
writeFileSync(
  join(ROOT, 'bench', 'RESULTS.md'),
  `# Benchmark results\n\nAssembled by \`npm run bench\` from \`bench/results/\`; each section names the machine, Node version and date it was measured on. Every figure stands beside a baseline measured in the same process or script (ratios, not absolute promises).\n\nLast assembled on: ${machine()}\n\n${body}`,
);
console.log(`\n=== wall time: ${wall.map(([f, s]) => `${f.replace('.bench.ts', '')} ${s.toFixed(1)} s`).join(', ')}`);
console.log(`=== total wall time of the ${FULL ? 'full' : 'quick'} suite (${benches.length} benches): ${seconds(suite).toFixed(1)} s${FULL ? '' : ' (target: under 180 s)'}; ${loadNote()}`);
process.exitCode = failed ? 1 : 0;
