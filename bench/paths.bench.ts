// Pairwise path queries on seeded Barabási–Albert graphs (C gen-graph, ~10 edges per node):
// latency (median and 99th percentile) of shortestPath and connection between 1000 random pairs,
// beside our single-source BFS (the whole-graph search a pair query avoids) on the same pairs and,
// on a graphology copy small enough for it, graphology-shortest-path's `bidirectional`.

import Graph from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import {
  bfsEngine,
  connection,
  countShortestPaths,
  disjointPaths,
  introducers,
  pathEngineStats,
  shortestPath,
  type Csr,
} from './paths-bench-support.js';
import { readEdgeList } from '../src/node.js';
import { FULL, cGraph, fmtTime, loadNote, table, writeResults } from './lib.js';

const PAIRS = FULL ? 1000 : 300; // quick: 300 pairs per query kind
const BFS_PAIRS = 50; // single-source BFS is the slow baseline: fewer pairs
const SLOW_PAIRS = 50; // introducers searches further than a pair query
const FLOW_PAIRS = FULL ? 5 : 10; // disjointPaths runs k whole-graph flow searches: a handful of pairs
const SIZE = FULL ? { n: 1e6, m: 1e7 } : { n: 1e5, m: 1e6 };
const GRAPHOLOGY = FULL ? { n: 1e5, m: 1e6 } : { n: 1e4, m: 1e5 };

/** A seeded linear congruential generator (Numerical Recipes constants), uniform in [0, 1). */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

function pairs(n: number, count: number, seed: number): [number, number][] {
  const rnd = lcg(seed);
  return Array.from({ length: count }, () => [Math.floor(rnd() * n), Math.floor(rnd() * n)]);
}

/** Latencies of `fn` over the pairs, one timing per call (after 20 untimed warm-up calls). */
function latencies(
  list: [number, number][],
  fn: (s: number, t: number) => unknown,
  warmup = Math.min(20, list.length),
): { median: number; p99: number; mean: number } {
  for (const [s, t] of list.slice(0, warmup)) fn(s, t);
  const times: number[] = [];
  for (const [s, t] of list) {
    const t0 = process.hrtime.bigint();
    fn(s, t);
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  return {
    median: times[times.length >> 1]!,
    p99: times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!,
    mean: times.reduce((a, b) => a + b, 0) / times.length,
  };
}

interface Row {
  graph: string;
  query: string;
  pairs: number;
  median: number;
  p99: number;
  vsBaseline: string;
}
const rows: Row[] = [];
const notes: string[] = [];

// 1. The big graph, as a Csr read from the generator's edge list.
const prefix = cGraph('ba', SIZE.n, SIZE.m);
if (!prefix) throw new Error('the paths bench needs the C generator (../shared/tools)');
const csr: Csr = await readEdgeList(`${prefix}.txt`);
const label = `BA ${SIZE.n.toExponential(0)} nodes, ${csr.size.toExponential(1)} edges`;
const key = (id: number): string => csr.keys.key(id);
const list = pairs(csr.order, PAIRS, 7);
const bfs = bfsEngine(csr);
const single = latencies(list.slice(0, BFS_PAIRS), (s) => bfs.run(s));
const sp = latencies(list, (s, t) => shortestPath(csr, key(s), key(t)));
const conn = latencies(list, (s, t) => connection(csr, key(s), key(t)));
const count = latencies(list, (s, t) => countShortestPaths(csr, key(s), key(t)));
const intro = latencies(list.slice(0, SLOW_PAIRS), (s, t) => introducers(csr, key(s), key(t), { limit: 5 }));
const disjoint = latencies(list.slice(0, FLOW_PAIRS), (s, t) => disjointPaths(csr, key(s), key(t), { k: 3 }), 1);
const work = pathEngineStats(
  csr,
  list.slice(0, 200).map(([s, t]) => [key(s), key(t)]),
);
const ratio = (x: number): string =>
  (x <= single.median
    ? `${(single.median / x).toFixed(0)}× faster than`
    : `${(x / single.median).toFixed(1)}× slower than`) + ' single-source BFS';
rows.push({
  graph: label,
  query: 'single-source BFS (baseline, direction-optimising)',
  pairs: BFS_PAIRS,
  median: single.median,
  p99: single.p99,
  vsBaseline: '1×',
});
rows.push({
  graph: label,
  query: 'shortestPath',
  pairs: PAIRS,
  median: sp.median,
  p99: sp.p99,
  vsBaseline: ratio(sp.median),
});
rows.push({
  graph: label,
  query: 'connection (degree, mutuals, 10 paths, exact count)',
  pairs: PAIRS,
  median: conn.median,
  p99: conn.p99,
  vsBaseline: ratio(conn.median),
});
rows.push({
  graph: label,
  query: 'countShortestPaths',
  pairs: PAIRS,
  median: count.median,
  p99: count.p99,
  vsBaseline: ratio(count.median),
});
rows.push({
  graph: label,
  query: 'introducers (limit 5)',
  pairs: SLOW_PAIRS,
  median: intro.median,
  p99: intro.p99,
  vsBaseline: ratio(intro.median),
});
rows.push({
  graph: label,
  query: 'disjointPaths (k 3)',
  pairs: FLOW_PAIRS,
  median: disjoint.median,
  p99: disjoint.p99,
  vsBaseline: ratio(disjoint.median),
});
notes.push(
  `Work bounded by the balls explored: a connection query visited on average ${work.meanVisited.toFixed(0)} nodes (${((100 * work.meanVisited) / csr.order).toFixed(2)}% of the graph; largest ${work.maxVisited}) over 200 pairs; mean distance ${work.meanDistance.toFixed(2)}.`,
);

// 2. A graphology graph small enough for graphology-shortest-path's bidirectional search.
const small = cGraph('ba', GRAPHOLOGY.n, GRAPHOLOGY.m);
if (!small) throw new Error('the paths bench needs the C generator (../shared/tools)');
const smallCsr = await readEdgeList(`${small}.txt`);
const graph = new Graph({ type: 'undirected' });
for (let u = 0; u < smallCsr.order; u++) graph.addNode(smallCsr.keys.key(u));
for (let u = 0; u < smallCsr.order; u++) {
  for (let j = smallCsr.offsets[u]!; j < smallCsr.offsets[u + 1]!; j++)
    if (smallCsr.targets[j]! > u) graph.addEdge(smallCsr.keys.key(u), smallCsr.keys.key(smallCsr.targets[j]!));
}
const smallLabel = `BA ${GRAPHOLOGY.n.toExponential(0)} nodes, ${graph.size.toExponential(1)} edges (graphology)`;
const smallList = pairs(graph.order, PAIRS, 11).map(([s, t]): [string, string] => [
  smallCsr.keys.key(s),
  smallCsr.keys.key(t),
]);
const byKey = (fn: (s: string, t: string) => unknown) => (i: number) => fn(smallList[i]![0], smallList[i]![1]);
const index: [number, number][] = smallList.map((_, i) => [i, i]);
const theirs = latencies(index, (i) => byKey((s, t) => bidirectional(graph, s, t))(i));
shortestPath(graph, smallList[0]![0], smallList[0]![1]); // builds and caches the index once
const ours = latencies(index, (i) => byKey((s, t) => shortestPath(graph, s, t))(i));
const oursConn = latencies(index, (i) => byKey((s, t) => connection(graph, s, t))(i));
rows.push({
  graph: smallLabel,
  query: 'graphology-shortest-path bidirectional (baseline)',
  pairs: PAIRS,
  median: theirs.median,
  p99: theirs.p99,
  vsBaseline: '1×',
});
rows.push({
  graph: smallLabel,
  query: 'shortestPath (graphology input, cached index)',
  pairs: PAIRS,
  median: ours.median,
  p99: ours.p99,
  vsBaseline: `${(theirs.median / ours.median).toFixed(1)}× faster`,
});
rows.push({
  graph: smallLabel,
  query: 'connection (graphology input)',
  pairs: PAIRS,
  median: oursConn.median,
  p99: oursConn.p99,
  vsBaseline: `${(theirs.median / oursConn.median).toFixed(1)}× faster`,
});

// The connection row above follows 20 warm-up calls and the shortestPath pairs; issue 18 saw it vary
// between trees while 6,000 calls in a row did not. The same pairs again, once every other query
// has run, show the warm figure beside it (timed last, so the rows above keep their place).
const connWarm = latencies(list, (s, t) => connection(csr, key(s), key(t)), 0);
rows.splice(rows.findIndex((r) => r.query.startsWith('connection (degree')) + 1, 0, {
  graph: label,
  query: 'connection, the same pairs again after every other query (warm)',
  pairs: PAIRS,
  median: connWarm.median,
  p99: connWarm.p99,
  vsBaseline: ratio(connWarm.median),
});

const target = sp.median < 0.005 && conn.median < 0.005 ? 'met' : 'NOT met';
const markdown = [
  table(
    ['graph', 'query', 'pairs', 'median', 'p99', 'vs baseline (medians)'],
    rows.map((r) => [r.graph, r.query, r.pairs, fmtTime(r.median), fmtTime(r.p99), r.vsBaseline]),
  ),
  '',
  `Target median < 5 ms for shortestPath and connection on the big graph: **${target}**${FULL ? '' : ' (quick sizes; `--full` runs 10⁶ nodes, 10⁷ edges)'}.`,
  ...notes.map((x) => `\n${x}`),
  '',
  '`disjointPaths` is a min-cost flow: each of its k augmenting searches settles about the ball of radius d(s, t) around the source (a Dijkstra on reduced costs over the split graph), so it costs several whole-graph searches, unlike the pair queries above.',
  '',
  `Random pairs from a seeded generator over all nodes; one timing per call after 20 warm-up calls${FULL ? '' : ' (quick: 300 pairs; `--full` times 1000)'}. ${loadNote()}`,
].join('\n');
writeResults('paths', 'Path queries (bench/paths.bench.ts)', markdown, {
  rows,
  work,
  size: SIZE,
  graphology: GRAPHOLOGY,
});
