// Runs every bench/*.bench.ts (or those named on the command line) in its own Node process,
// then assembles bench/RESULTS.md from bench/results/*.md and prints the wall time of each bench
// and of the suite (the quick suite must stay under 3 minutes), with the CPU time the benches
// used where /proc tells it (on a shared machine wall time overstates). `--full` passes on.
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
const wall: [string, number, number | null][] = [];
const seconds = (since: bigint): number => Number(process.hrtime.bigint() - since) / 1e9;
/** CPU seconds (user + system) of this process's finished children, from /proc (Linux), else null. */
function childrenCpu(): number | null {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in USER_HZ ticks
  } catch {
    return null;
  }
}
const suiteCpu = childrenCpu();
const suite = process.hrtime.bigint();
for (const file of benches) {
  console.log(`\n=== ${file}${FULL ? ' --full' : ''}`);
  const t0 = process.hrtime.bigint();
  const cpu0 = childrenCpu();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--max-old-space-size=20000', join('bench', file), ...(FULL ? ['--full'] : [])],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (r.status !== 0) {
    failed++;
    console.error(`${file} failed (exit ${r.status})`);
  }
  const cpu1 = childrenCpu();
  wall.push([file, seconds(t0), cpu0 === null || cpu1 === null ? null : cpu1 - cpu0]);
}
const dir = join(ROOT, 'bench', 'results');
const sections = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort();
const body = sections.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
writeFileSync(
  join(ROOT, 'bench', 'RESULTS.md'),
  `# Benchmark results\n\nAssembled by \`npm run bench\` from \`bench/results/\`; each section names the machine, Node version and date it was measured on. Every figure stands beside a baseline measured in the same process or script (ratios, not absolute promises).\n\nLast assembled on: ${machine()}\n\n${body}`,
);
const cpuNow = childrenCpu();
const cpuText = (x: number | null): string => (x === null ? '' : `, CPU ${x.toFixed(1)} s`);
console.log(
  `\n=== wall time: ${wall.map(([f, s, c]) => `${f.replace('.bench.ts', '')} ${s.toFixed(1)} s${cpuText(c)}`).join('; ')}`,
);
console.log(
  `=== total wall time of the ${FULL ? 'full' : 'quick'} suite (${benches.length} benches): ${seconds(suite).toFixed(1)} s${cpuText(suiteCpu === null || cpuNow === null ? null : cpuNow - suiteCpu)}${FULL ? '' : ' (target: under 180 s)'}; ${loadNote()}`,
);
process.exitCode = failed ? 1 : 0;
