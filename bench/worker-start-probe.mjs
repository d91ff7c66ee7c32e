// One process of bench/worker-start.bench.ts, plain JavaScript so the built package runs under
// plain `node` (a worker inherits the parent's `--import tsx`, which would slow the `.js` workers'
// start): the first exact distribution on one worker (the ms-bfs worker's start), then the first
// HyperBall on two (the hyperball worker's), then that exact distribution again (what a second
// call pays), on a random graph of 2,000 nodes, from `src` (run with tsx) or `dist`.
// Prints the three wall times in ms, and their CPU times under `cpu`, as JSON.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const tree = process.argv[2] === 'dist' ? 'dist' : 'src';
const ext = tree === 'src' ? 'ts' : 'js';
const load = (name) => import(pathToFileURL(join(import.meta.dirname, '..', tree, 'node', `${name}.${ext}`)).href);
const { parallelExactDistribution } = await load('ms-bfs-pool');
const { parallelHyperBall } = await load('hyperball-pool');

// A random graph (n nodes, 4n edges, seeded), small-world enough that HyperBall stops in a few steps.
const n = 2000;
const m = 4 * n;
let state = 42;
const rand = () => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return state % n;
};
const ends = Int32Array.from({ length: 2 * m }, rand);
const offsets = new Int32Array(new SharedArrayBuffer((n + 1) * 4));
const targets = new Int32Array(new SharedArrayBuffer(2 * m * 4));
for (const u of ends) offsets[u + 1]++;
for (let u = 0; u < n; u++) offsets[u + 1] += offsets[u];
const fill = offsets.slice(0, n);
for (let e = 0; e < m; e++) {
  const u = ends[2 * e];
  const v = ends[2 * e + 1];
  targets[fill[u]++] = v;
  targets[fill[v]++] = u;
}
const adj = { order: n, offsets, targets, inOffsets: offsets, inTargets: targets };
const sources = Int32Array.from({ length: 128 }, (_, i) => i);
const people = Int32Array.from({ length: n }, (_, i) => i);

// Wall and CPU milliseconds of a call; CPU of the whole process (worker threads included), so a
// busy machine, which stretches the wall time, moves it much less.
const cpu = {};
const ms = async (run, label) => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await run();
  const c = process.cpuUsage(c0);
  cpu[label] = (c.user + c.system) / 1e3;
  return performance.now() - t0;
};
const exact = () => parallelExactDistribution(adj, sources, Number.POSITIVE_INFINITY, 1, {}, 'probe');
const first = await ms(exact, 'first');
const hyperball = await ms(
  () => parallelHyperBall(adj, people, 6, 1, Number.POSITIVE_INFINITY, 2, {}, 'probe'),
  'hyperball',
);
const again = await ms(exact, 'again');
console.log(JSON.stringify({ first, hyperball, again, cpu }));
