// Loading: a text edge list of 10⁷ edges (BA, 10⁶ nodes, C gen-graph) read by readEdgeList
// beside the C reference's own text → CSR parse of the same file, the binary graph file
// (saveGraph once, loadGraph reload), readEdgeList with 2 workers parsing halves of the file,
// and, with --full, gzip reading. --full adds 10⁸ edges (10⁷ nodes).

import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGraph, readEdgeList, saveGraph } from '../src/node.js';
import {
  FULL,
  OUT,
  cGraph,
  cReference,
  fmtTime,
  loadNote,
  peakRssMb,
  table,
  timeMedianAsync,
  writeResults,
} from './lib.js';

const SIZES = FULL ? [1e6, 1e7] : [1e6];

interface Row {
  nodes: number;
  edges: number;
  what: string;
  seconds: number;
  baseline: string;
  ratio: number | null;
  /** Every run's time (seconds), when several were timed. */
  times?: number[];
  /** CPU seconds per run, every thread of the process (user + system). */
  cpu?: number;
  /** Per-run ratios (min, median, max), when each run had its own baseline. */
  ratios?: [number, number, number];
}

// CPU seconds of this process (all threads) spent in `fn`'s runs, per run: on a shared machine
// the wall time of several threads says little, the CPU time what they cost.
const cpuNow = (): number => {
  const r = process.resourceUsage();
  return (r.userCPUTime + r.systemCPUTime) / 1e6;
};
async function timed(fn: () => Promise<unknown>, runs: number) {
  const before = cpuNow();
  const t = await timeMedianAsync(fn, runs);
  return { ...t, cpu: (cpuNow() - before) / runs };
}

// Per-run ratios against the C mean: [min, median, max].
const minMedMax = (xs: number[]): [number, number, number] => {
  const sorted = [...xs].sort((a, b) => a - b);
  return [sorted[0]!, sorted[sorted.length >> 1]!, sorted.at(-1)!];
};

const spread = (times: number[] | undefined): string =>
  times && times.length > 1 ? `${fmtTime(Math.min(...times))} – ${fmtTime(Math.max(...times))}` : '';

// The first worker start of a process bundles the worker module (from source): done here, untimed.
const warm = join(OUT, 'warm-workers.txt');
writeFileSync(warm, '0 1\n1 2\n2 3\n3 4\n');
await readEdgeList(warm, { workers: 2 });
rmSync(warm);

const rows: Row[] = [];
for (const n of SIZES) {
  const prefix = cGraph('ba', n, 10 * n);
  if (!prefix) throw new Error('the load bench needs the C generator (../shared/tools)');
  const txt = `${prefix}.txt`;
  const runs = n >= 1e7 ? 1 : 3;
  // The machine is shared: C runs just before and just after ours; we compare with the mean.
  const cArgs = ['--txt', txt, '--runs', '1', '--kval', '0', '--k', '1']; // C's 64-source MS-BFS is not used here
  const cBefore = cReference(prefix, cArgs);
  let csr = null as Awaited<ReturnType<typeof readEdgeList>> | null;
  const text = await timed(async () => (csr = await readEdgeList(txt)), runs);
  const edges = csr!.size;
  const twoWorkers = await timed(() => readEdgeList(txt, { workers: 2 }), runs);
  const cAfter = cReference(prefix, cArgs);
  const c = { txt_load_s: (cBefore.txt_load_s + cAfter.txt_load_s) / 2, load_s: (cBefore.load_s + cAfter.load_s) / 2 };
  const cText = c.txt_load_s;
  rows.push({
    nodes: n,
    edges,
    what: 'readEdgeList, text',
    seconds: text.median,
    baseline: 'C text → CSR',
    ratio: text.median / cText,
    times: text.times,
    cpu: text.cpu,
    ratios: minMedMax(text.times.map((t) => t / cText)),
  });
  rows.push({
    nodes: n,
    edges,
    what: 'readEdgeList, text, 2 workers',
    seconds: twoWorkers.median,
    baseline: 'C text → CSR',
    ratio: twoWorkers.median / cText,
    times: twoWorkers.times,
    cpu: twoWorkers.cpu,
    ratios: minMedMax(twoWorkers.times.map((t) => t / cText)),
  });
  rows.push({ nodes: n, edges, what: 'C reference text → CSR', seconds: cText, baseline: '', ratio: null });
  if (n <= 1e6) {
    // gzip: against `zcat` of the same file plus the C parse of the text (C reads whole files);
    // each run's ratio, median (min–max in `ratios`).
    const gz = `${prefix}.txt.gz`;
    if (!existsSync(gz)) writeFileSync(gz, gzipSync(readFileSync(txt), { level: 1 }));
    const zipped: number[] = [];
    const zcat: number[] = [];
    const zRatios: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t0 = process.hrtime.bigint();
      execFileSync('sh', ['-c', `zcat '${gz}' > /dev/null`]);
      const z = Number(process.hrtime.bigint() - t0) / 1e9;
      const t = await timeMedianAsync(() => readEdgeList(gz), 1);
      const cNow = cReference(prefix, cArgs).txt_load_s;
      zipped.push(t.median);
      zcat.push(z + cNow);
      zRatios.push(t.median / (z + cNow));
    }
    const mid = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
    rows.push({
      nodes: n,
      edges,
      what: 'readEdgeList, gzip',
      seconds: mid(zipped),
      baseline: 'zcat + C text → CSR',
      ratio: mid(zRatios),
      ratios: [Math.min(...zRatios), mid(zRatios), Math.max(...zRatios)],
    });
    rows.push({
      nodes: n,
      edges,
      what: 'zcat + C reference text → CSR',
      seconds: mid(zcat),
      baseline: '',
      ratio: null,
    });
  }
  const file = join(OUT, `ba_${n}.hsg`);
  const save = await timeMedianAsync(() => saveGraph(csr!, file), 1);
  rows.push({
    nodes: n,
    edges,
    what: `saveGraph (${(statSync(file).size / 2 ** 20).toFixed(0)} MiB)`,
    seconds: save.median,
    baseline: 'readEdgeList, text',
    ratio: save.median / text.median,
  });
  const reload = await timeMedianAsync(() => loadGraph(file), runs + 2);
  rows.push({
    nodes: n,
    edges,
    what: 'loadGraph (checksum verified)',
    seconds: reload.median,
    baseline: 'C binary .csr load',
    ratio: reload.median / c.load_s,
  });
  rows.push({ nodes: n, edges, what: 'C reference binary .csr load', seconds: c.load_s, baseline: '', ratio: null });
  rows.push({
    nodes: n,
    edges,
    what: 'loadGraph per 10⁷ edges',
    seconds: (reload.median * 1e7) / edges,
    baseline: 'target < 1 s',
    ratio: null,
  });
  rmSync(file);
  console.error(`done n=${n}`);
}

const md = [
  `Loading BA graphs written by the C generator (10 edges per node). Medians of ${FULL ? '1–3' : 3} runs (gzip: 1; loadGraph: ${FULL ? '3–5' : 5}); ${FULL ? '' : 'quick mode skips the gzip row (`--full` has it); '}the C figures are the mean of a run just before and one just after ours. The C reference reads the whole file, then parses and scatters (no duplicate check); readEdgeList streams 1 MiB chunks, detects gzip, comments, headers and key modes, and drops self-loops and duplicates; with 2 workers, each parses half of the file's lines straight into the index's shared WebAssembly heap, then places the rows holding half of the index's entries there. CPU: per run, every thread of the process (user + system). Peak RSS of the bench process: ${peakRssMb().toFixed(0)} MB. ${loadNote()}`,
  '',
  table(
    ['nodes', 'edges', 'what', 'time', 'min – max', 'CPU', 'ratio', 'to'],
    rows.map((r) => [
      r.nodes.toLocaleString('en'),
      r.edges.toLocaleString('en'),
      r.what,
      fmtTime(r.seconds),
      spread(r.times),
      r.cpu === undefined ? '' : fmtTime(r.cpu),
      r.ratio === null
        ? ''
        : `${r.ratio.toFixed(2)}×${r.ratios ? ` (${r.ratios[0].toFixed(2)}–${r.ratios[2].toFixed(2)})` : ''}`,
      r.baseline,
    ]),
  ),
].join('\n');
writeResults('load', 'Loading edge lists and graph files', md, rows);
