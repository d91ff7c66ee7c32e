// HyperBall benchmark (log2m = 6) on a C-generated Barabási–Albert graph: the WebAssembly SIMD
// kernels on this thread and on 1 and 2 workers, beside the JavaScript kernels (the previous
// engine) and beside the C reference's mean distance over 4096 BFS sources (ref-bfs --k 4096),
// whose own sampling error is estimated from our sampler. Quick: 10⁵ nodes / 10⁶ edges; --full: 10⁶ / 10⁷.
import { readFileSync } from 'node:fs';
import { integerKeys, type Csr } from '../src/csr/index.js';
import { adjacency } from '../src/csr/adjacency.js';
import { parallelHyperBall } from '../src/node/hyperball-pool.js';
import { hyperBallDistribution, type HyperBallCounts } from '../src/separation/hyperball-distribution.js';
import { separation } from '../src/separation/index.js';
import { FULL, cGraph, cReference, fmtTime, loadNote, table, writeResults } from './lib.js';

/** Loads a C-reference PREFIX.csr (undirected, 0-based) as a Csr. */
function loadCsr(prefix: string): Csr {
  const buf = readFileSync(`${prefix}.csr`);
  const n = Number(buf.readBigUInt64LE(8));
  const nnz = Number(buf.readBigUInt64LE(16));
  const view = (from: number, length: number): Int32Array => new Int32Array(buf.buffer.slice(buf.byteOffset + from, buf.byteOffset + from + length * 4));
  const offsets = view(24, n + 1);
  const targets = view(24 + (n + 1) * 4, nnz);
  return { kind: 'csr', directed: false, order: n, size: nnz / 2, offsets, targets, inOffsets: offsets, inTargets: targets, keys: integerKeys(n), dropped: { selfLoops: 0, duplicates: 0 } };
}

const [n, m] = FULL ? [1_000_000, 10_000_000] : [100_000, 1_000_000];
const LOG2M = 6;
const prefix = cGraph('ba', n, m);
if (!prefix) throw new Error('the C reference is needed for this benchmark');
const csr = loadCsr(prefix);
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
const data: Record<string, unknown> = { reference: { cMeanDistance: refMean, cSeconds: c.ms_time_s, estimatedStandardError: refError, samplerMean: sampled.meanDistance, samplerSeconds: sampleSeconds } };
let first: HyperBallCounts | null = null;
let jsSeconds = 0;
const runs: [string, () => Promise<HyperBallCounts>][] = [
  ['JavaScript kernels, this thread (previous engine)', async () => hyperBallDistribution(adj, people, LOG2M, 1, Infinity, {}, 'bench', 'js')],
  ['WebAssembly SIMD kernels, this thread', async () => hyperBallDistribution(adj, people, LOG2M, 1, Infinity, {}, 'bench', 'wasm')],
  ['WebAssembly SIMD kernels, 1 worker', () => parallelHyperBall(adj, people, LOG2M, 1, Infinity, 1, {}, 'bench', 'wasm')],
  ['WebAssembly SIMD kernels, 2 workers', () => parallelHyperBall(adj, people, LOG2M, 1, Infinity, 2, {}, 'bench', 'wasm')],
];
for (const [label, run] of runs) {
  const start = process.hrtime.bigint();
  const cpu0 = process.cpuUsage(); // whole process, worker threads included
  const h = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (jsSeconds === 0) jsSeconds = seconds;
  first ??= h;
  const identical = JSON.stringify(h) === JSON.stringify(first);
  const e = h.errors.meanDistance;
  const error = (e.value - refMean) / refMean;
  rows.push([label, fmtTime(seconds), fmtTime(cpuSeconds), `${(jsSeconds / seconds).toFixed(1)}×`, h.iterations, e.value.toFixed(4), `[${e.low.toFixed(4)}, ${e.high.toFixed(4)}]`, `${(100 * error).toFixed(2)}%`, identical ? 'yes' : 'NO']);
  data[label] = { seconds, cpuSeconds, speedUpOverJs: jsSeconds / seconds, steps: h.iterations, meanDistance: e.value, interval: [e.low, e.high], relativeError: error, identical };
  console.log(label, seconds.toFixed(2), e.value);
}

writeResults(
  'hyperball',
  `HyperBall (log2m = ${LOG2M}) on ${n} nodes / ${m} edges`,
  [
    `HyperBall with 2^${LOG2M} registers per node on a C-generated Barabási–Albert graph (${n} nodes, ${m} edges), each run timed once (cold). ` +
      `Reference: the C tool's exact mean distance over its 4096 random BFS sources, ${refMean.toFixed(4)} (${fmtTime(c.ms_time_s)} in C); that mean has its own sampling error, ` +
      `about ±${refError.toFixed(4)} (one standard error, ${((100 * refError) / refMean).toFixed(2)}%, scaled from our ${SAMPLES}-source sampler's, which gave ${sampled.meanDistance.toFixed(4)} in ${fmtTime(sampleSeconds)}). ` +
      `"error" is HyperBall's mean distance against that reference; "identical" says whether the run's distribution and error bars equal the first row's bit for bit.`,
    '',
    table(['kernels', 'time', 'CPU time (all threads)', 'speed-up', 'steps', 'mean distance', '95% interval', 'error', 'identical'], rows),
    '',
    `CPU time is what the run itself used. ${loadNote()}`,
  ].join('\n'),
  data,
);
