// Runs every bench/*.bench.ts (or those named on the command line) in its own Node process,
// then assembles bench/RESULTS.md from bench/results/*.md and prints the wall time of each bench
// and of the suite (the quick suite must stay under 3 minutes), with the CPU time the benches
// used where /proc tells it (on a shared machine wall time overstates). `--full` passes on.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { FULL, ROOT, loadNote, machine, table } from './lib.js';
import { TARGETS, met, show } from './targets.js';

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
const suiteStart = Date.now();
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

// Every headline ratio against its target, from this run's results (or an earlier run's, marked).
const targetRows: string[][] = [];
const historyCells: string[] = [];
let misses = 0;
for (const t of TARGETS) {
  if (t.fullOnly && !FULL && !existsSync(join(dir, `${t.domain}.full.json`))) continue;
  const file = [FULL || t.fullOnly ? `${t.domain}.full.json` : null, `${t.domain}.json`]
    .filter((f): f is string => f !== null)
    .map((f) => join(dir, f))
    .find((f) => existsSync(f));
  let value: number | undefined;
  let fresh = false;
  if (file) {
    try {
      value = t.read(JSON.parse(readFileSync(file, 'utf8')).data);
      fresh = statSync(file).mtimeMs >= suiteStart;
    } catch {
      value = undefined;
    }
  }
  const bound = `${t.op === '<=' ? '≤' : '≥'} ${show(t, t.bound)}`;
  if (value === undefined) {
    targetRows.push([t.name, '—', bound, '—', t.what]);
    continue;
  }
  const ok = met(t, value);
  if (!ok && fresh) misses++;
  const mark = ok ? '✓' : '✗';
  targetRows.push([t.name, `${show(t, value)}${fresh ? '' : ' (earlier run)'}`, bound, mark, t.what]);
  if (fresh) historyCells.push(`${t.name} ${show(t, value)} ${mark}`);
}
if (!FULL && named.length === 0) {
  const total = seconds(suite);
  const ok = total <= 180;
  if (!ok) misses++;
  targetRows.push(['quick suite', `${total.toFixed(0)} s`, '≤ 180 s', ok ? '✓' : '✗', 'wall time of `npm run bench`']);
  historyCells.push(`quick suite ${total.toFixed(0)} s ${ok ? '✓' : '✗'}`);
}
const targetsTable = table(['ratio', 'measured', 'target', 'met', 'what'], targetRows);

// History: append-only lines kept between the markers of the previous RESULTS.md.
const resultsFile = join(ROOT, 'bench', 'RESULTS.md');
const START = '<!-- history:start -->';
const END = '<!-- history:end -->';
const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
const kept =
  previous.includes(START) && previous.includes(END)
    ? previous
        .slice(previous.indexOf(START) + START.length, previous.indexOf(END))
        .split('\n')
        .filter((l) => l.startsWith('- '))
    : [];
const git = (args: string[]): string => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const commit = `${git(['rev-parse', '--short', 'HEAD']) || 'no commit'}${git(['status', '--porcelain', '--', 'src']) ? ' + uncommitted src' : ''}`;
if (historyCells.length > 0)
  kept.push(
    `- ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${commit}, ${FULL ? 'full' : 'quick'}${named.length ? ` (${named.join(' ')})` : ''}, load ${loadavg()[0]!.toFixed(1)}: ${historyCells.join(' · ')}`,
  );
writeFileSync(
  resultsFile,
  `# Benchmark results\n\nAssembled by \`npm run bench\` from \`bench/results/\`; each section names the machine, Node version and date it was measured on. Every figure stands beside a baseline measured in the same process or script (ratios, not absolute promises).\n\nLast assembled on: ${machine()}\n\n## Targets\n\nThe headline ratios of the last run against their targets (\`bench/targets.ts\`); "(earlier run)" marks a bench not run this time.\n\n${targetsTable}\n\n${body}\n## History of the headline ratios\n\nOne line per run of \`bench/run.ts\` (appended, never rewritten): date, commit, suite, load average (1 min, 2 cores), the ratios that run measured.\n\n${START}\n${kept.join('\n')}\n${END}\n`,
);
const cpuNow = childrenCpu();
const cpuText = (x: number | null): string => (x === null ? '' : `, CPU ${x.toFixed(1)} s`);
console.log(
  `\n=== wall time: ${wall.map(([f, s, c]) => `${f.replace('.bench.ts', '')} ${s.toFixed(1)} s${cpuText(c)}`).join('; ')}`,
);
console.log(
  `=== total wall time of the ${FULL ? 'full' : 'quick'} suite (${benches.length} benches): ${seconds(suite).toFixed(1)} s${cpuText(suiteCpu === null || cpuNow === null ? null : cpuNow - suiteCpu)}${FULL ? '' : ' (target: under 180 s)'}; ${loadNote()}`,
);
console.log(`\n=== targets (${misses === 0 ? 'all measured ones met' : `${misses} missed`}):\n${targetsTable}`);
process.exitCode = failed ? 1 : 0;
