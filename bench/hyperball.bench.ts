// HyperBall benchmark (log2m = 6) on a C-generated Barabási–Albert graph: the WebAssembly SIMD
// kernels on this thread and on 1 and 2 workers, beside the JavaScript kernels (the previous
// engine) and beside the C reference's mean distance over 4096 BFS sources (ref-bfs --k 4096),
// whose own sampling error is estimated from our sampler. Quick: 10⁵ nodes / 10⁶ edges; --full: 10⁶ / 10⁷.
// The WebAssembly variants repeat, interleaved, so load from other jobs falls on all of them alike;
// the worker variants' repeats reuse the pool's idle workers (bench/separation-workers times that).
import { adjacency } from '../src/csr/adjacency.js';
import { parallelHyperBall } from '../src/node/hyperball-pool.js';
import { hyperBallDistribution, type HyperBallCounts } from '../src/separation/hyperball-distribution.js';
import { separation } from '../src/separation/index.js';
import { FULL, cCsr, cGraph, cReference, fmtTime, loadNote, table, writeResults } from './lib.js';

const [n, m] = FULL ? [1_000_000, 10_000_000] : [100_000, 1_000_000];
const LOG2M = 6;
const prefix = cGraph('ba', n, m);
if (!prefix) throw new Error('the C reference is needed for this benchmark');
const csr = cCsr(prefix);
const adj = adjacency(csr);
const people = Int32Array.from({ length: n }, (_, i) => i);

// The reference: the C tool's exact mean distance from 4096 random sources (all pairs would take
// it about 20 minutes at 10⁶ nodes), and our sampler's standard error, scaled to 4096 sources.
const c = cReference(prefix, ['--k', '4096']);
const refMean: number = c.ms_mean_dist;
const SAMPLES = 512;
const t0 = process.hrtime.bigint();
const sampled = separation(csr, { method: 'sample', samples: SAMPLES });
const sampleSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const refError = sampled.errors!.meanDistance.standardError * Math.sqrt(SAMPLES / 4096);

const rows: (string | number)[][] = [];
const data: Record<string, unknown> = {
  reference: {
    cMeanDistance: refMean,
    cSeconds: c.ms_time_s,
    estimatedStandardError: refError,
    samplerMean: sampled.meanDistance,
    samplerSeconds: sampleSeconds,
  },
};
type Run = { seconds: number; cpuSeconds: number; h: HyperBallCounts };
async function timed(run: () => Promise<HyperBallCounts>): Promise<Run> {
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage(); // whole process, worker threads included
  const h = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, h };
}
// The JavaScript baseline once (it is the long one); the WebAssembly variants `REPEATS` times each,
// interleaved, so that load changing on the shared machine hits them alike.
const REPEATS = FULL ? 3 : 5;
const baseline = await timed(async () => hyperBallDistribution(adj, people, LOG2M, 1, Infinity, {}, 'bench', 'js'));
const variants: [string, () => Promise<HyperBallCounts>][] = [
  [
    'WebAssembly SIMD kernels, this thread',
    async () => hyperBallDistribution(adj, people, LOG2M, 1, Infinity, {}, 'bench', 'wasm'),
  ],
  [
    'WebAssembly SIMD kernels, 1 worker',
    () => parallelHyperBall(adj, people, LOG2M, 1, Infinity, 1, {}, 'bench', 'wasm'),
  ],
  [
    'WebAssembly SIMD kernels, 2 workers',
    () => parallelHyperBall(adj, people, LOG2M, 1, Infinity, 2, {}, 'bench', 'wasm'),
  ],
];
const results: Run[][] = variants.map(() => []);
for (let r = 0; r < REPEATS; r++) for (const [i, [, run]] of variants.entries()) results[i]!.push(await timed(run));
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const report = (label: string, runs: Run[]): void => {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const h = best.h;
  const identical = runs.every((x) => JSON.stringify(x.h) === JSON.stringify(baseline.h));
  const e = h.errors.meanDistance;
  const error = (e.value - refMean) / refMean;
  const med = median(runs.map((x) => x.seconds));
  const cpu = median(runs.map((x) => x.cpuSeconds));
  rows.push([
    label,
    runs.length,
    fmtTime(best.seconds),
    fmtTime(med),
    fmtTime(cpu),
    `${(baseline.seconds / best.seconds).toFixed(1)}×`,
    `${(baseline.cpuSeconds / cpu).toFixed(1)}×`,
    h.iterations,
    e.value.toFixed(4),
    `[${e.low.toFixed(4)}, ${e.high.toFixed(4)}]`,
    `${(100 * error).toFixed(2)}%`,
    identical ? 'yes' : 'NO',
  ]);
  data[label] = {
    seconds: runs.map((x) => x.seconds),
    cpuSeconds: runs.map((x) => x.cpuSeconds),
    steps: h.iterations,
    meanDistance: e.value,
    interval: [e.low, e.high],
    relativeError: error,
    identical,
  };
  console.log(label, runs.map((x) => x.seconds.toFixed(2)).join(' '), e.value);
};
report('JavaScript kernels, this thread (previous engine)', [baseline]);
variants.forEach(([label], i) => report(label, results[i]!));

writeResults(
  'hyperball',
  `HyperBall (log2m = ${LOG2M}) on ${n} nodes / ${m} edges`,
  [
    `HyperBall with 2^${LOG2M} registers per node on a C-generated Barabási–Albert graph (${n} nodes, ${m} edges), cold runs; the worker rows' repeats after their first reuse idle workers (src/node/worker-pool.ts), as a process calling again does. ` +
      `Reference: the C tool's exact mean distance over its 4096 random BFS sources, ${refMean.toFixed(4)} (${fmtTime(c.ms_time_s)} in C); that mean has its own sampling error, ` +
      `about ±${refError.toFixed(4)} (one standard error, ${((100 * refError) / refMean).toFixed(2)}%, scaled from our ${SAMPLES}-source sampler's, which gave ${sampled.meanDistance.toFixed(4)} in ${fmtTime(sampleSeconds)}). ` +
      `The JavaScript kernels ran once, each WebAssembly variant ${REPEATS} times, interleaved; "speed-up" compares best wall times, "CPU ratio" median CPU times (all threads), the steadier figure while other jobs share the cores. ` +
      `"error" is HyperBall's mean distance against the reference; "identical" says whether every run's distribution and error bars equal the JavaScript run's bit for bit.`,
    '',
    table(
      [
        'kernels',
        'runs',
        'best',
        'median',
        'CPU (median)',
        'speed-up',
        'CPU ratio',
        'steps',
        'mean distance',
        '95% interval',
        'error',
        'identical',
      ],
      rows,
    ),
    '',
    `CPU time is what the run itself used. ${loadNote()}`,
  ].join('\n'),
  data,
);
