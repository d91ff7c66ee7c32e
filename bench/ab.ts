/**
 * A/B of quick benches between another checkout (before) and this one (after), run alternately:
 *   npx tsx bench/ab.ts <before checkout> <bench>[,<bench>…] [--runs N] [--write]
 *
 * Runs bench/<bench>.bench.ts N times (default 6) in each checkout, before then after, in turn, so
 * that load from other jobs on a shared machine falls on both sides alike; reads each run's
 * bench/results/<bench>.md, and prints per row the median and range (fastest–slowest run) of each
 * side, the ratio of the medians and a verdict: "within noise" when the ranges overlap; rows only
 * this checkout's bench has follow as "new row" (a warm figure beside a first call). A last row
 * per bench gives the CPU time of the whole bench process (all its threads, from /proc). This
 * checkout's own results are put back afterwards; each run's markdown is kept in bench/out/ab/. The other checkout needs its node_modules (a
 * symlink will do). `--write` saves the tables as bench/results/before-after-ab.md (a section of
 * RESULTS.md). Issue 18 used it on rows that looked 20–40% slower in compare.ts's best of two.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { OUT, ROOT, machine } from './lib.js';
import { resultRows, rowSpreads, rowsOnlyAfter, showTime } from './result-rows.js';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const runs = Number(flag('--runs') ?? 6);
const write = args.includes('--write');
const [beforeArg, benchArg] = args.filter((a) => !a.startsWith('--'));
if (!beforeArg || !benchArg || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npx tsx bench/ab.ts <before checkout> <bench>[,<bench>…] [--runs N] [--write]');
  process.exit(2);
}
const sides = [resolve(beforeArg), ROOT] as const;
const commit = (dir: string): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  } catch {
    return dir;
  }
};
const benches = benchArg.split(',');
for (const side of sides)
  for (const bench of benches)
    if (!existsSync(join(side, 'bench', `${bench}.bench.ts`))) {
      console.error(`bench/ab: ${side} has no bench/${bench}.bench.ts`);
      process.exit(2);
    }

/** CPU seconds (user + system) of this process's finished children, from /proc (Linux), else 0. */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in USER_HZ ticks
  } catch {
    return 0;
  }
}

/** One run of a bench in a checkout (its markdown kept as `keep`): its rows, plus the process's CPU time. */
function runOnce(side: string, bench: string, keep: string): Map<string, number> {
  const cpu0 = childrenCpu();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--expose-gc', '--max-old-space-size=20000', join('bench', `${bench}.bench.ts`)],
    { cwd: side, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`bench/ab: ${bench} failed in ${side} (exit ${r.status}):\n${r.stderr}`);
  const markdown = readFileSync(join(side, 'bench', 'results', `${bench}.md`), 'utf8');
  writeFileSync(keep, markdown);
  const rows = resultRows(markdown);
  const cpu = childrenCpu() - cpu0;
  if (cpu > 0) rows.set('whole bench process, CPU time (all threads)', cpu);
  return rows;
}

const kept = join(OUT, 'ab');
mkdirSync(kept, { recursive: true });
const lines = [
  '| bench | row | before: median [range] | after: median [range] | after / before | verdict |',
  '| --- | --- | --- | --- | --- | --- |',
];
const loads: number[] = [];
const started = new Date().toISOString().slice(11, 16);
for (const bench of benches) {
  const own = ['md', 'json'].map((ext) => join(ROOT, 'bench', 'results', `${bench}.${ext}`));
  const saved = own.map((f) => (existsSync(f) ? readFileSync(f) : null));
  const seen: [Map<string, number>[], Map<string, number>[]] = [[], []];
  try {
    for (let i = 0; i < runs; i++)
      for (const [s, side] of sides.entries()) {
        loads.push(loadavg()[0]!);
        seen[s]!.push(runOnce(side, bench, join(kept, `${bench}-${s === 0 ? 'before' : 'after'}-${i + 1}.md`)));
        console.error(`${bench}: run ${i + 1}/${runs} ${s === 0 ? 'before' : 'after'} done`);
      }
  } finally {
    own.forEach((f, k) => saved[k] && writeFileSync(f, saved[k]!));
  }
  for (const [key, r] of rowSpreads(seen[0], seen[1])) {
    const cell = (k: 0 | 1): string =>
      `${showTime(r.median[k])} [${showTime(r.range[k][0])}–${showTime(r.range[k][1])}]`;
    lines.push(`| ${bench} | ${key} | ${cell(0)} | ${cell(1)} | ${r.ratio.toFixed(2)}× | ${r.verdict} |`);
  }
  // Rows this checkout's bench gained (a warm figure beside a first call, say), so they show too.
  for (const [key, r] of rowsOnlyAfter(seen[0], seen[1]))
    lines.push(
      `| ${bench} | ${key} | — | ${showTime(r.median)} [${showTime(r.range[0])}–${showTime(r.range[1])}] | — | new row |`,
    );
}
const note = `_${machine()}, ${started}–${new Date().toISOString().slice(11, 16)} UTC, load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on the machine while the runs started_`;
const text = [
  '## Before/after, alternated runs (bench/ab.ts)',
  '',
  note,
  '',
  `${commit(sides[0])} (before) against ${commit(ROOT)} (after): ${runs} runs of each bench per side, in turn. Each cell gives the median of the runs and, in brackets, the fastest and slowest run; "within noise" means the two ranges overlap; "new row" marks a row only this checkout's bench has. Wall times unless the row says CPU.`,
  '',
  ...lines,
].join('\n');
console.log(text);
if (write) writeFileSync(join(ROOT, 'bench', 'results', 'before-after-ab.md'), `${text}\n`);
