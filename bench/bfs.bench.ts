// Single-source BFS on seeded Barabási–Albert graphs (C gen-graph, ~10 edges per node): our
// top-down and direction-optimising engines (WebAssembly kernels, and the JavaScript fallback), graphology-shortest-path's singleSourceLength on a
// graphology copy (10⁵ only: it is slow and large), and the C reference on the same graph file.
// Sources: the generator's .src file, the same 7 for every engine (C uses them too).

import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { adjacency, createBfs, type Csr } from '../src/index.js';
import { readEdgeList } from '../src/node.js';
import { igraphNote, igraphReference } from './igraph.js';
import { FULL, loadNote, cGraph, cReference, fmtTime, table, writeResults } from './lib.js';

const RUNS = FULL ? 7 : 3;
const SIZES = FULL ? [1e5, 1e6, 1e7] : [1e5, 1e6];
const GRAPHOLOGY_MAX = 1e5; // the graphology copy takes ~15 s to build: 10⁵ nodes only

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

// Undirected edges in the source's component (what C's MTEPS divides by), from a finished run.
function componentEdges(csr: Csr, queue: Int32Array, count: number): number {
  let arcs = 0;
  for (let i = 0; i < count; i++) arcs += csr.offsets[queue[i]! + 1]! - csr.offsets[queue[i]!]!;
  return arcs / 2;
}

interface Row {
  n: number;
  m: number;
  engine: string;
  medianS: number;
  /** Best of the runs: the least disturbed by other jobs on a shared machine. */
  minS: number;
  /** MTEPS at the best time. */
  mteps: number;
  /** Best time / C's best direction-optimising time. */
  ratioToCDo: number | null;
}

const rows: Row[] = [];
const notes: string[] = [];
/** Memory of each representation, MB: our index, the C reference's CSR (RSS growth), graphology (heap growth). */
const memory: { n: number; m: number; engine: string; mb: number }[] = [];
const heapMb = (): number => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
for (const n of SIZES) {
  const prefix = cGraph('ba', n, 10 * n);
  if (!prefix) throw new Error('the BFS bench needs the C generator (../shared/tools)');
  const csr = await readEdgeList(`${prefix}.txt`);
  const sources = readFileSync(`${prefix}.src`, 'utf8')
    .trim()
    .split(/\s+/)
    .slice(0, RUNS + 1)
    .map((k) => csr.keys.id(k));
  // The machine is shared: run C just before and just after ours and compare with the mean of
  // its two medians, so a change in load between the runs does not fall on one side only.
  const cArgs = ['--runs', String(RUNS), '--kval', '0', '--k', '1']; // C's MS-BFS is not timed here: one source, no validation
  const cBefore = cReference(prefix, cArgs);
  (globalThis as { gc?: () => void }).gc?.(); // no concurrent GC work from loading while timing
  const bfs = createBfs(adjacency(csr));
  const jsBfs = createBfs(adjacency(csr), { kernel: 'js' });
  for (const e of [bfs, jsBfs]) {
    e.run(sources[RUNS]!); // warm-up on a source not timed (as C does)
    e.run(sources[RUNS]!, { direction: 'top-down' });
  }
  const jsDo: number[] = [];
  const td: number[] = [];
  const dobfs: number[] = [];
  let edges = 0;
  let check = { reached: 0, sumDist: 0 };
  for (let r = 0; r < RUNS; r++) {
    const s = sources[r]!;
    td.push(time(() => bfs.run(s, { direction: 'top-down' })));
    edges += componentEdges(csr, bfs.queue, bfs.count) / RUNS;
    if (r === 0) {
      let sum = 0;
      for (let i = 0; i < bfs.count; i++) sum += bfs.dist[bfs.queue[i]!]!;
      check = { reached: bfs.count, sumDist: sum };
    }
    dobfs.push(time(() => bfs.run(s)));
    jsDo.push(time(() => jsBfs.run(s)));
  }
  const cAfter = cReference(prefix, cArgs);
  const ig = FULL || n <= 1e5 ? igraphReference(prefix, RUNS, 1) : null;
  const cDoTimes: number[] = [...cBefore.do_times_s, ...cAfter.do_times_s];
  const cTdTimes: number[] = [...cBefore.td_times_s, ...cAfter.td_times_s];
  const c = cBefore;
  if (c.check.reached !== check.reached || c.check.sum_dist !== check.sumDist) {
    throw new Error(
      `BFS from ${c.check.source} disagrees with C: ${JSON.stringify(check)} vs ${JSON.stringify(c.check)}`,
    );
  }
  const cDo = Math.min(...cDoTimes);
  const add = (engine: string, times: number[]): void => {
    const minS = Math.min(...times);
    rows.push({
      n,
      m: csr.size,
      engine,
      medianS: median(times),
      minS,
      mteps: edges / minS / 1e6,
      ratioToCDo: minS / cDo,
    });
  };
  add('handshakes top-down', td);
  add('handshakes direction-optimising', dobfs);
  add('handshakes direction-optimising, JavaScript kernels (fallback)', jsDo);
  if (ig) add(`igraph ${ig.version} distances (one source)`, ig.bfs_times_s);
  add('C reference top-down', cTdTimes);
  add('C reference direction-optimising', cDoTimes);
  memory.push({
    n,
    m: csr.size,
    engine: 'handshakes CSR index',
    mb: (csr.offsets.byteLength + csr.targets.byteLength) / 2 ** 20,
  });
  memory.push({ n, m: csr.size, engine: 'C reference CSR', mb: c.rss_mb_graph });
  if (n <= GRAPHOLOGY_MAX) {
    const before = heapMb();
    const graph = new Graph({ type: 'undirected' });
    for (let u = 0; u < csr.order; u++) graph.addNode(csr.keys.key(u));
    for (let u = 0; u < csr.order; u++) {
      for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++)
        if (csr.targets[j]! > u) graph.addEdge(csr.keys.key(u), csr.keys.key(csr.targets[j]!));
    }
    memory.push({ n, m: csr.size, engine: 'graphology Graph', mb: heapMb() - before });
    const g: number[] = [];
    for (let r = 0; r < 3; r++) {
      const key = csr.keys.key(sources[r]!);
      g.push(time(() => singleSourceLength(graph, key)));
    }
    add('graphology singleSourceLength', g);
    notes.push(
      `n = ${n.toLocaleString('en')}: graphology / handshakes direction-optimising = ${(Math.min(...g) / Math.min(...dobfs)).toFixed(0)}× best to best, ${(median(g) / median(dobfs)).toFixed(0)}× median to median (target > 100×)`,
    );
  } else notes.push(`n = ${n.toLocaleString('en')}: graphology skipped (too slow and too large at this size)`);
  if (ig)
    notes.push(
      `n = ${n.toLocaleString('en')}: igraph / handshakes direction-optimising = ${(Math.min(...ig.bfs_times_s) / Math.min(...dobfs)).toFixed(1)}× best to best`,
    );
  notes.push(
    `n = ${n.toLocaleString('en')}: handshakes / C direction-optimising = ${(Math.min(...dobfs) / cDo).toFixed(2)}× best to best, ${(median(dobfs) / median(cDoTimes)).toFixed(2)}× median to median (target ≤ 1.5×); distances checked equal to C's on source ${c.check.source}`,
  );
  console.error(`done n=${n}`);
}

const md = [
  `Single-source BFS from ${RUNS} sources (graphology: 3; C: the same ${RUNS} twice, run just before and just after ours), best and median time, Barabási–Albert graphs from the C generator (seed 42, 10 edges per node). MTEPS = undirected edges of the source's component / best time, as the C reference counts. Ratio = best time / C's best direction-optimising time; on a busy machine single runs of the same code vary a lot, and the best of several runs is the one least disturbed by other jobs. ${loadNote()}`,
  '',
  table(
    ['nodes', 'edges', 'engine', 'best', 'median', 'MTEPS (best)', '× C dir-opt (best)'],
    rows.map((r) => [
      r.n.toLocaleString('en'),
      r.m.toLocaleString('en'),
      r.engine,
      fmtTime(r.minS),
      fmtTime(r.medianS),
      r.mteps.toFixed(1),
      r.ratioToCDo === null ? '' : `${r.ratioToCDo.toFixed(2)}×`,
    ]),
  ),
  '',
  ...notes.map((x) => `- ${x}`),
  ...(igraphNote ? [`- ${igraphNote}`] : []),
  '',
  'Memory of the graph itself (handshakes: index arrays; C: RSS growth while loading its CSR; graphology: heap growth while building the graph, after GC):',
  '',
  table(
    ['nodes', 'edges', 'representation', 'MB', 'bytes per edge'],
    memory.map((r) => [
      r.n.toLocaleString('en'),
      r.m.toLocaleString('en'),
      r.engine,
      r.mb.toFixed(1),
      ((r.mb * 2 ** 20) / r.m).toFixed(1),
    ]),
  ),
].join('\n');
writeResults('bfs', 'Single-source BFS', md, { rows, memory });
