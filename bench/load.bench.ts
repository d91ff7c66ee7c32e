// Loading: a text edge list of 10⁷ edges (BA, 10⁶ nodes, C gen-graph) read by readEdgeList
// beside the C reference's own text → CSR parse of the same file (each of three runs between a C
// run before and one after: min/median/max of the ratios), the same file gzipped against
// `zcat` plus the C parse, and the binary graph file (saveGraph once, loadGraph reload). --full
// adds 10⁸ edges (10⁷ nodes).

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
  /** Per-run ratios (min, median, max), when each run had its own baseline. */
  ratios?: [number, number, number];
}

const spread = (xs: number[]): [number, number, number] => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[0]!, s[s.length >> 1]!, s.at(-1)!];
};
const seconds = (f: () => unknown): number => {
  const t0 = process.hrtime.bigint();
  f();
  return Number(process.hrtime.bigint() - t0) / 1e9;
};

const rows: Row[] = [];
for (const n of SIZES) {
  const prefix = cGraph('ba', n, 10 * n);
  if (!prefix) throw new Error('the load bench needs the C generator (../shared/tools)');
  const txt = `${prefix}.txt`;
  const runs = n >= 1e7 ? 1 : 3;
  // The machine is shared: each of our runs sits between a C run just before and one just after,
  // and is compared with their mean.
  const cArgs = ['--txt', txt, '--runs', '1', '--kval', '0', '--k', '1']; // C's 64-source MS-BFS is not used here
  let csr = null as Awaited<ReturnType<typeof readEdgeList>> | null;
  const ours: number[] = [];
  const cText: number[] = [];
  const cLoad: number[] = [];
  const ratios: number[] = [];
  let cAfter = cReference(prefix, cArgs);
  for (let r = 0; r < runs; r++) {
    const cBefore = cAfter;
    const t = await timeMedianAsync(async () => (csr = await readEdgeList(txt)), 1);
    cAfter = cReference(prefix, cArgs);
    const c = (cBefore.txt_load_s + cAfter.txt_load_s) / 2;
    ours.push(t.median);
    cText.push(c);
    cLoad.push((cBefore.load_s + cAfter.load_s) / 2);
    ratios.push(t.median / c);
  }
  const edges = csr!.size;
  const text = { median: spread(ours)[1] };
  const c = { txt_load_s: spread(cText)[1], load_s: spread(cLoad)[1] };
  rows.push({
    nodes: n,
    edges,
    what: 'readEdgeList, text',
    seconds: text.median,
    baseline: 'C text → CSR',
    ratio: spread(ratios)[1],
    ratios: spread(ratios),
  });
  rows.push({ nodes: n, edges, what: 'C reference text → CSR', seconds: c.txt_load_s, baseline: '', ratio: null });
  if (n <= 1e6) {
    // gzip: against `zcat` of the same file plus the C parse of the text (C reads whole files).
    const gz = `${prefix}.txt.gz`;
    if (!existsSync(gz)) writeFileSync(gz, gzipSync(readFileSync(txt), { level: 1 }));
    const zipped: number[] = [];
    const zcat: number[] = [];
    const zRatios: number[] = [];
    for (let r = 0; r < runs; r++) {
      const z = seconds(() => execFileSync('sh', ['-c', `zcat '${gz}' > /dev/null`]));
      const t = await timeMedianAsync(() => readEdgeList(gz), 1);
      const cNow = cReference(prefix, cArgs).txt_load_s;
      zipped.push(t.median);
      zcat.push(z + cNow);
      zRatios.push(t.median / (z + cNow));
    }
    rows.push({
      nodes: n,
      edges,
      what: 'readEdgeList, gzip',
      seconds: spread(zipped)[1],
      baseline: 'zcat + C text → CSR',
      ratio: spread(zRatios)[1],
      ratios: spread(zRatios),
    });
    rows.push({
      nodes: n,
      edges,
      what: 'zcat + C reference text → CSR',
      seconds: spread(zcat)[1],
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
  `Loading BA graphs written by the C generator (10 edges per node). Medians of ${FULL ? '1–3' : 3} runs (loadGraph: ${FULL ? '3–5' : 5}); each text run is compared with the mean of a C run just before and one just after it, and the ratio column gives the median ratio with min–max; each gzip run with \`zcat\` of the file (to /dev/null) plus a C parse of the text. The C reference reads the whole file, then parses and scatters (no duplicate check); readEdgeList reads 1 MiB windows into the WebAssembly heap the index is built in, detects gzip, comments, headers and key modes, and drops self-loops and duplicates. Peak RSS of the bench process: ${peakRssMb().toFixed(0)} MB. ${loadNote()}`,
  '',
  table(
    ['nodes', 'edges', 'what', 'time', 'ratio', 'to'],
    rows.map((r) => [
      r.nodes.toLocaleString('en'),
      r.edges.toLocaleString('en'),
      r.what,
      fmtTime(r.seconds),
      r.ratio === null
        ? ''
        : r.ratios
          ? `${r.ratio.toFixed(2)}× (${r.ratios[0].toFixed(2)}–${r.ratios[2].toFixed(2)})`
          : `${r.ratio.toFixed(2)}×`,
      r.baseline,
    ]),
  ),
].join('\n');
writeResults('load', 'Loading edge lists and graph files', md, rows);
