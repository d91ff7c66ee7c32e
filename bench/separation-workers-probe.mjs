// One process of bench/separation-workers.bench.ts, plain JavaScript so the built package runs
// under plain `node`: ten calls in a row of one parallel engine on 2 workers (`exact`: the exact
// distribution from 512 sources; `hyperball`: HyperBall, log2m = 6, every node) on the graph file
// the bench saved (loadGraph: a Barabási–Albert graph of 10⁵ nodes / 10⁶ edges), from `src` (run
// with tsx) or `dist`. The pool is on or off as
// HANDSHAKES_WORKER_IDLE_MS says (0: every call starts and ends its workers, the old behaviour).
// Prints each call's wall and CPU ms (whole process, worker threads included), the process's CPU
// until then, and its resident memory with the pool idle and after closeWorkers(), as JSON.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tree, kind, file] = [process.argv[2] === 'dist' ? 'dist' : 'src', process.argv[3], process.argv[4]];
const ext = tree === 'src' ? 'ts' : 'js';
const load = (path) => import(pathToFileURL(join(import.meta.dirname, '..', tree, `${path}.${ext}`)).href);
const { adjacency, closeWorkers, loadGraph } = await load('node');
const { parallelExactDistribution } = await load('node/ms-bfs-pool');
const { parallelHyperBall } = await load('node/hyperball-pool');

const csr = await loadGraph(file);
const n = csr.order;
const adj = adjacency(csr);
const sources = Int32Array.from({ length: 512 }, (_, i) => (i * 193) % n);
const people = Int32Array.from({ length: n }, (_, i) => i);
const run =
  kind === 'exact'
    ? () => parallelExactDistribution(adj, sources, Number.POSITIVE_INFINITY, 2, {}, 'probe')
    : () => parallelHyperBall(adj, people, 6, 1, Number.POSITIVE_INFINITY, 2, {}, 'probe');

const calls = [];
let check = null;
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await run();
  const c = process.cpuUsage(c0);
  calls.push({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1e3 });
  const text = JSON.stringify(kind === 'exact' ? Array.from(result) : result);
  if (check !== null && text !== check) throw new Error('a later call gave a different result');
  check = text;
}
const usage = process.cpuUsage();
const rssIdle = process.memoryUsage().rss;
await closeWorkers();
await new Promise((resolve) => setTimeout(resolve, 100));
const rssClosed = process.memoryUsage().rss;
console.log(
  JSON.stringify({ calls, processCpu: (usage.user + usage.system) / 1e3, rssIdle, rssClosed, result: check.length }),
);
