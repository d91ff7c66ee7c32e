/**
 * Before/after table of quick-suite runs:
 *   npx tsx bench/compare.ts <before results>[,<another run>…] <after results>[,…] [--write <title>]
 *
 * Reads every `*.md` result (not `*.full.md`) present on both sides, pairs table rows by their
 * identifying cells (text and plain counts such as 100,000) and gives, per row, the first measured
 * time before and after, each the best of the runs given, with the ratio after / before (< 1 is
 * faster). Rows found on one side only, or whose identifying cells repeat within a file, are left
 * out: there is nothing fair to compare them with. `--write` saves the table as
 * bench/results/before-after.md, which `bench/run.ts` puts into RESULTS.md. Best of two runs can
 * still mislead on rows timed once: `bench/ab.ts` alternates many runs of one bench and shows the
 * spread of each side.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.js';
import { resultRows, showTime as show } from './result-rows.js';

/** Best (smallest) time per row over several runs of one side. */
function best(dirs: string[], file: string): Map<string, number> | null {
  let out: Map<string, number> | null = null;
  for (const dir of dirs) {
    if (!existsSync(join(dir, file))) return null;
    const run = resultRows(readFileSync(join(dir, file), 'utf8'));
    if (out === null) out = run;
    else for (const [k, v] of run) if (out.has(k)) out.set(k, Math.min(out.get(k)!, v));
  }
  return out;
}

const args = process.argv.slice(2);
const writeAt = args.indexOf('--write');
const title = writeAt >= 0 ? args.splice(writeAt, 2)[1] : undefined;
const [beforeArg, afterArg = join(ROOT, 'bench', 'results')] = args;
const before = beforeArg?.split(',') ?? [];
const after = afterArg.split(',');
if (before.length === 0 || [...before, ...after].some((d) => !existsSync(d))) {
  console.error('usage: npx tsx bench/compare.ts <before results>[,…] [<after results>[,…]] [--write <title>]');
  process.exit(2);
}
const lines = ['| bench | row | before | after | after / before |', '| --- | --- | --- | --- | --- |'];
for (const file of readdirSync(after[0]!).sort()) {
  if (!file.endsWith('.md') || file.endsWith('.full.md') || file.startsWith('before-after')) continue;
  const b = best(before, file);
  const a = best(after, file);
  if (b === null || a === null) continue;
  for (const [key, seconds] of a) {
    const was = b.get(key);
    if (was === undefined || was <= 0) continue;
    lines.push(
      `| ${file.replace(/\.md$/, '')} | ${key} | ${show(was)} | ${show(seconds)} | ${(seconds / was).toFixed(2)}× |`,
    );
  }
}
console.log(lines.join('\n'));
if (title !== undefined)
  writeFileSync(join(ROOT, 'bench', 'results', 'before-after.md'), `## ${title}\n\n${lines.join('\n')}\n`);
