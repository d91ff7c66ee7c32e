// Reading an edge list from a pipe: peak RSS and time of readGraph on `cat file |` (streamed
// through the parser) beside readGraph on the file itself, and beside the first way of reading
// a pipe (the whole text in memory, then parseEdgeList), each in a fresh child process, alternated.
// With HANDSHAKES_BENCH_BEFORE=<another checkout> (its node_modules linked), its file and pipe
// reads run in the same rotation, as rows of their own: a change's before and after under one load.
// The list: 10⁷ edges (BA, 10⁶ nodes, C gen-graph), the one bench/load.bench.ts reads.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEdgeList } from '../src/index.js';
import { readGraph } from '../src/node.js';
import { FULL, ROOT, cGraph, loadNote, table, writeResults } from './lib.js';

type Mode = 'file' | 'pipe' | 'whole' | 'file-before' | 'pipe-before';
interface Child {
  mode: Mode;
  seconds: number;
  cpu: number;
  peakRssMb: number;
  edges: number;
}

async function child(mode: Mode, file: string): Promise<Child> {
  const t0 = performance.now();
  const u0 = process.cpuUsage();
  let edges: number;
  if (mode === 'whole') {
    // what readGraph did with a pipe before: read it all, then parse the bytes
    const { report } = parseEdgeList(readFileSync('/dev/stdin'), { source: '/dev/stdin' });
    edges = report.edges;
  } else {
    const read = await readGraph([mode === 'pipe' ? '/dev/stdin' : file]);
    if (read.format !== 'edge-list') throw new Error(`read as ${read.format}`);
    edges = read.report.edges;
  }
  const u = process.cpuUsage(u0);
  return {
    mode,
    seconds: (performance.now() - t0) / 1000,
    cpu: (u.user + u.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    edges,
  };
}

const childArg = process.argv.indexOf('--child');
if (childArg >= 0) {
  const [mode, file] = process.argv.slice(childArg + 1) as [Mode, string];
  process.stdout.write(`${JSON.stringify(await child(mode, file))}\n`);
  process.exit(0);
}

const RUNS = Number(process.env.HANDSHAKES_BENCH_RUNS) || (FULL ? 3 : 2);
const prefix = cGraph('ba', 1_000_000, 10_000_000);
if (!prefix) {
  console.warn('NOTE: no C generator (../shared absent): the pipe bench is skipped.');
  process.exit(0);
}
const file = `${prefix}.txt`;
const self = fileURLToPath(import.meta.url);
const beforeDir = process.env.HANDSHAKES_BENCH_BEFORE ? resolve(process.env.HANDSHAKES_BENCH_BEFORE) : null;
if (beforeDir && !existsSync(join(beforeDir, 'bench', 'pipe.bench.ts')))
  throw new Error(`HANDSHAKES_BENCH_BEFORE: no bench/pipe.bench.ts in ${beforeDir}`);
const MODES: Mode[] = ['file', 'pipe', 'whole', ...(beforeDir ? (['file-before', 'pipe-before'] as Mode[]) : [])];
const runs: Child[] = [];
for (let r = 0; r < RUNS; r++)
  for (const mode of MODES) {
    const before = mode.endsWith('-before');
    const as = mode.replace('-before', '');
    const script = before ? join(beforeDir!, 'bench', 'pipe.bench.ts') : self;
    const node = `"${process.execPath}" --max-old-space-size=20000 --import tsx "${script}" --child ${as} "${file}"`;
    const line = execFileSync('sh', ['-c', as === 'file' ? node : `cat "${file}" | ${node}`], {
      cwd: before ? beforeDir! : ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    runs.push({ ...(JSON.parse(line.trim().split('\n').at(-1)!) as Child), mode });
  }

const commitOf = (dir: string): string => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  } catch {
    return dir;
  }
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const of = (mode: Mode) => runs.filter((c) => c.mode === mode);
const fileRss = median(of('file').map((c) => c.peakRssMb));
const fileTime = median(of('file').map((c) => c.seconds));
const fileCpu = median(of('file').map((c) => c.cpu));
const rows = MODES.map((mode) => {
  const cs = of(mode);
  const rss = median(cs.map((c) => c.peakRssMb));
  const seconds = median(cs.map((c) => c.seconds));
  return {
    mode,
    edges: cs[0]!.edges,
    peakRssMb: rss,
    rssRatio: rss / fileRss,
    seconds,
    cpu: median(cs.map((c) => c.cpu)),
    timeRatio: seconds / fileTime,
    cpuRatio: median(cs.map((c) => c.cpu)) / fileCpu,
    runs: cs.map((c) => [c.peakRssMb, c.seconds]),
  };
});
const WHAT: Record<Mode, string> = {
  file: 'readGraph(file) — baseline',
  pipe: 'readGraph(/dev/stdin), `cat file |` (streamed)',
  whole: 'pipe read whole, then parseEdgeList (first way)',
  'file-before': 'readGraph(file), the other checkout',
  'pipe-before': 'readGraph(/dev/stdin), the other checkout',
};
const markdown = [
  table(
    ['input', 'edges', 'peak RSS', 'RSS vs file', 'time', 'CPU', 'time vs file', 'CPU vs file'],
    rows.map((r) => [
      WHAT[r.mode],
      r.edges.toLocaleString('en-US'),
      `${r.peakRssMb.toFixed(0)} MB`,
      `${r.rssRatio.toFixed(2)}×`,
      `${r.seconds.toFixed(2)} s`,
      `${r.cpu.toFixed(2)} s`,
      `${r.timeRatio.toFixed(2)}×`,
      `${r.cpuRatio.toFixed(2)}×`,
    ]),
  ),
  '',
  `The ${(statSync(file).size / 1e6).toFixed(0)} MB text edge list of BA 10⁶ nodes, 10⁷ edges (C gen-graph), each way in a fresh child process (peak RSS of that process: Node, tsx and the index included), ${RUNS} runs per way alternated, medians; ratios against this checkout's file read.${beforeDir ? ` The other checkout: ${commitOf(beforeDir)}, against ${commitOf(ROOT)}.` : ''} ${loadNote()}`,
].join('\n');
writeResults('pipe', 'Edge lists from a pipe', markdown, rows);
