// Generators: Barabási–Albert and G(n, m) straight to a Csr, beside the C reference generator
// (../shared/tools/ref-bfs/gen-graph.c, same algorithms) run in the same script; Watts–Strogatz
// and the professional model as a Csr beside the same graph built as a graphology graph.
// Quick: 10⁵ people / 10⁶ edges. --full: 10⁶ people / 10⁷ edges.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { barabasiAlbert, erdosRenyi, professionalNetwork, wattsStrogatz } from '../src/index.js';
import { firstAndWarm } from './first-and-warm.js';
import { FULL, OUT, cTools, fmtTime, loadNote, peakRssMb, table, timeMedian, writeResults } from './lib.js';

const N = FULL ? 1_000_000 : 100_000;
const M = 10 * N;
const RUNS = 3;

/** The C generator's own timings: generation only (gen_s) and generation + CSR + files (total_s). */
function cGen(model: 'ba' | 'er', n: number, m: number): { gen: number; total: number } | null {
  const tools = cTools();
  if (!tools) return null;
  const runs = Array.from({ length: RUNS }, (_, i) => {
    const out = execFileSync(
      tools.gen,
      [model, String(n), String(m), String(42 + i), join(OUT, `bench_${model}_${n}`)],
      { encoding: 'utf8' },
    );
    const j = JSON.parse(out.trim().split('\n').pop()!);
    return { gen: j.gen_s as number, total: j.total_s as number };
  });
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { gen: med(runs.map((r) => r.gen)), total: med(runs.map((r) => r.total)) };
}

const rows: (string | number)[][] = [];
const data: Record<string, unknown> = {};
let seed = 0;

const ba = timeMedian(() => barabasiAlbert({ people: N, attach: 10, seed: seed++, output: 'csr' }), RUNS, 1);
const cBa = cGen('ba', N, M);
rows.push([
  `Barabási–Albert n=${N.toLocaleString('en')}, m≈${M.toLocaleString('en')} → Csr`,
  fmtTime(ba.median),
  '',
  cBa ? `${fmtTime(cBa.gen)} gen / ${fmtTime(cBa.total)} with CSR + files` : 'n/a',
  cBa ? `${(ba.median / cBa.gen).toFixed(1)}× / ${(ba.median / cBa.total).toFixed(2)}×` : 'n/a',
]);
data.barabasiAlbert = { n: N, m: M, seconds: ba.median, c: cBa };

const er = timeMedian(() => erdosRenyi({ people: N, edges: M, seed: seed++, output: 'csr' }), RUNS, 1);
const cEr = cGen('er', N, M);
rows.push([
  `Erdős–Rényi G(n=${N.toLocaleString('en')}, m=${M.toLocaleString('en')}) → Csr`,
  fmtTime(er.median),
  '',
  cEr ? `${fmtTime(cEr.gen)} gen / ${fmtTime(cEr.total)} with CSR + files` : 'n/a',
  cEr ? `${(er.median / cEr.gen).toFixed(1)}× / ${(er.median / cEr.total).toFixed(2)}×` : 'n/a',
]);
data.erdosRenyi = { n: N, m: M, seconds: er.median, c: cEr };

// graphology baselines at a size graphology handles comfortably
const SMALL = FULL ? 100_000 : 10_000;
const GRAPH_RUNS = FULL ? 3 : 1;
const wsCsr = firstAndWarm(() => wattsStrogatz({ people: SMALL, neighbours: 10, rewiring: 0.1, output: 'csr' }), RUNS);
const wsGraph = timeMedian(() => wattsStrogatz({ people: SMALL, neighbours: 10, rewiring: 0.1 }), GRAPH_RUNS, 0);
rows.push([
  `Watts–Strogatz n=${SMALL.toLocaleString('en')}, k=10, p=0.1 → Csr`,
  fmtTime(wsCsr.median),
  fmtTime(wsCsr.cpuMedian),
  `${fmtTime(wsGraph.median)} as a graphology graph`,
  `${(wsCsr.median / wsGraph.median).toFixed(2)}×`,
]);
rows.push([
  'Watts–Strogatz → Csr, first call (the warm-up above)',
  fmtTime(wsCsr.first),
  fmtTime(wsCsr.firstCpu),
  '',
  '',
]);
data.wattsStrogatz = {
  n: SMALL,
  csr: wsCsr.median,
  csrCpu: wsCsr.cpuMedian,
  first: wsCsr.first,
  graph: wsGraph.median,
};

const pnCsr = firstAndWarm(() => professionalNetwork({ people: SMALL, output: 'csr' }), RUNS);
const pnGraph = timeMedian(() => professionalNetwork({ people: SMALL }), GRAPH_RUNS, 0);
rows.push([
  `professional network, ${SMALL.toLocaleString('en')} people → two Csr layers`,
  fmtTime(pnCsr.median),
  fmtTime(pnCsr.cpuMedian),
  `${fmtTime(pnGraph.median)} as a graphology graph`,
  `${(pnCsr.median / pnGraph.median).toFixed(2)}×`,
]);
rows.push([
  'professional network → two Csr layers, first call (the warm-up above)',
  fmtTime(pnCsr.first),
  fmtTime(pnCsr.firstCpu),
  '',
  '',
]);
data.professionalNetwork = {
  n: SMALL,
  csr: pnCsr.median,
  csrCpu: pnCsr.cpuMedian,
  first: pnCsr.first,
  graph: pnGraph.median,
};

writeResults(
  'generators',
  'Generators',
  `${table(['generator', 'handshakes (median)', 'CPU (median)', 'baseline', 'ratio (ours / baseline)'], rows)}\n\n` +
    `C baseline: \`gen-graph\` (gcc -O3, xoshiro256**, same preferential-attachment and G(n, m) algorithms), timed by itself: "gen" is the` +
    ` edge generation (including its radix sort and de-duplication), "with CSR + files" adds building its CSR and writing three files.` +
    ` Ours includes building the frozen Csr (counting sort; the simplification pass is skipped since the generators promise simple graphs, which the tests check). Medians of ${RUNS} runs after one warm-up; for the two 10⁴-people generators the warm-up is timed too, on a row of its own ("first call": it pays compiling and the fresh memory of the first build), and the CPU column is this process's (all threads), the figure to compare on a busy machine; peak RSS ${peakRssMb().toFixed(0)} MB.` +
    ` ${loadNote()}`,
  data,
);
