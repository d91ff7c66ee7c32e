// Reach benchmarks. (1) groupReach of 100 members at degree ≤ 3 on a C-generated Barabási–Albert
// graph (10⁵ nodes / 10⁶ edges quick, 10⁶ / 10⁷ with --full), against 100 separate single-source
// BFS merged by minimum (the baseline). (2) suggestConnections (lazy greedy, CELF) on a 10⁵-node
// graph against the plain greedy that re-evaluates every candidate each round.
// Run: node --import tsx bench/reach.bench.ts [--full]
import { readFileSync } from 'node:fs';
import { adjacency, groupReach, readEdgeList, suggestConnections, type Csr } from '../src/node.js';
import { UNREACHED } from '../src/traversal/bfs.js';
import { bfsEngine } from '../src/traversal/engines.js';
import { cover, coverageGain } from '../src/reach/lazy-greedy-coverage.js';
import { FULL, cGraph, fmtTime, loadNote, peakRssMb, table, timeMedian, writeResults } from './lib.js';
import { nearestSourceEngine } from '../src/traversal/nearest-source-bfs.js';

const MEMBERS = 100;
const MAX_DEGREE = 3;

/** Baseline: one BFS per member (the engine's direction-optimising BFS), merged by minimum. */
function separateBfs(csr: Csr, members: number[], best: Int32Array): number[] {
  best.fill(UNREACHED);
  const bfs = bfsEngine(csr);
  for (const s of members) {
    bfs.run(s, { maxDistance: MAX_DEGREE });
    for (let i = 0; i < bfs.count; i++) {
      const v = bfs.queue[i]!;
      const d = bfs.dist[v]!;
      if (best[v] === UNREACHED || d < best[v]!) best[v] = d;
    }
  }
  const hist = new Array<number>(MAX_DEGREE + 1).fill(0);
  for (let v = 0; v < csr.order; v++) if (best[v] !== UNREACHED) hist[best[v]!]!++;
  while (hist.length > 1 && hist[hist.length - 1] === 0) hist.pop();
  return hist;
}

/** Baseline: plain greedy maximum coverage, every candidate re-evaluated each round. */
function plainGreedy(
  csr: Csr,
  person: number,
  count: number,
): { chosen: number[]; gains: number[]; evaluations: number } {
  const adj = adjacency(csr);
  const covered = new Uint8Array(csr.order);
  cover(adj, covered, person);
  const direct = covered.slice();
  for (let j = adj.offsets[person]!; j < adj.offsets[person + 1]!; j++) cover(adj, covered, adj.targets[j]!);
  const chosen: number[] = [];
  const gains: number[] = [];
  let evaluations = 0;
  while (chosen.length < count) {
    let best = -1;
    let bestGain = 0;
    for (let c = 0; c < csr.order; c++) {
      if (direct[c] === 1) continue;
      const gain = coverageGain(adj, covered, c);
      evaluations++;
      if (gain > bestGain) (best = c), (bestGain = gain);
    }
    if (best < 0) break;
    chosen.push(best);
    gains.push(bestGain);
    cover(adj, covered, best);
  }
  return { chosen, gains, evaluations };
}

const [n, m] = FULL ? [1e6, 1e7] : [1e5, 1e6];
const prefix = cGraph('ba', n, m);
if (!prefix) throw new Error('the C graph generator is needed (../shared/tools)');
const csr = await readEdgeList(`${prefix}.txt`);
const sources = readFileSync(`${prefix}.src`, 'utf8').trim().split('\n').map(Number);
const members = sources.slice(0, MEMBERS);
const best = new Int32Array(csr.order);

const team = groupReach(csr, members, { maxDegree: MAX_DEGREE });
const baselineHist = separateBfs(csr, members, best);
if (JSON.stringify(baselineHist) !== JSON.stringify(team.byDegree))
  throw new Error(`mismatch: ${baselineHist} vs ${team.byDegree}`);
const runs = 3;
const tFull = timeMedian(() => groupReach(csr, members, { maxDegree: MAX_DEGREE }), runs).median;
const tNoOverlap = timeMedian(() => groupReach(csr, members, { maxDegree: MAX_DEGREE, overlaps: false }), runs).median;
const engine = nearestSourceEngine(csr);
const ids = Int32Array.from(members);
const tKernel = timeMedian(() => engine.run(ids, { maxDistance: MAX_DEGREE, ownerDistance: 2 }), runs).median;
const tKernelTopDown = timeMedian(() => engine.run(ids, { maxDistance: MAX_DEGREE }), runs).median;
const tBaseline = timeMedian(() => separateBfs(csr, members, best), FULL ? 1 : 3).median;

const groupRows = [
  ['groupReach (byDegree, per member, 4,950 overlaps)', fmtTime(tFull), `${(tBaseline / tFull).toFixed(1)}×`],
  ['groupReach, `overlaps: false`', fmtTime(tNoOverlap), `${(tBaseline / tNoOverlap).toFixed(1)}×`],
  [
    'kernel: multi-source BFS to degree 3, owners to degree 2',
    fmtTime(tKernel),
    `${(tBaseline / tKernel).toFixed(1)}×`,
  ],
  [
    'kernel, owners at every degree (top-down only)',
    fmtTime(tKernelTopDown),
    `${(tBaseline / tKernelTopDown).toFixed(1)}×`,
  ],
  ['baseline: 100 single-source BFS (direction-optimising), merged', fmtTime(tBaseline), '1.0×'],
];

// suggestConnections on a 10⁵-node graph (the quick BA graph in both modes).
const small = FULL ? await readEdgeList(`${cGraph('ba', 1e5, 1e6)!}.txt`) : csr;
const smallSources = FULL
  ? readFileSync(`${cGraph('ba', 1e5, 1e6)!}.src`, 'utf8')
      .trim()
      .split('\n')
      .map(Number)
  : sources;
const person = smallSources[0]!;
const count = FULL ? 50 : 20;
const lazy = suggestConnections(small, person, { count });
const plain = plainGreedy(small, person, count);
if (JSON.stringify(lazy.map((s) => s.gain)) !== JSON.stringify(plain.gains))
  throw new Error('lazy and plain greedy disagree');
const tLazy = timeMedian(() => suggestConnections(small, person, { count }), 3).median;
const tPlain = timeMedian(() => plainGreedy(small, person, count), FULL ? 1 : 3).median;
const suggestRows = [
  [`suggestConnections, count ${count} (lazy greedy, CELF)`, fmtTime(tLazy), `${(tPlain / tLazy).toFixed(1)}×`],
  [`baseline: plain greedy (${plain.evaluations.toLocaleString('en')} gain evaluations)`, fmtTime(tPlain), '1.0×'],
];

const markdown = `Group reach of ${MEMBERS} members (the first ${MEMBERS} sources of the C generator's \`.src\` file) at degree ≤ ${MAX_DEGREE} on a Barabási–Albert graph of ${n.toExponential(0)} nodes and ${m.toExponential(0)} edges (\`cGraph('ba', ${n}, ${m})\`, loaded with \`readEdgeList\`). Team reach by degree: ${team.byDegree.join(', ')} (checked equal to the baseline's). Speed-up = baseline time / our time.

${table(['what', 'median', 'speed-up'], groupRows)}

\`suggestConnections\` for node ${person} on the BA graph of 10⁵ nodes and 10⁶ edges, default candidates (everyone but the person and its contacts); both versions pick the same people with the same gains (first gains: ${lazy
  .slice(0, 5)
  .map((s) => s.gain)
  .join(', ')}…).

${table(['what', 'median', 'speed-up'], suggestRows)}

Peak RSS ${peakRssMb().toFixed(0)} MB. ${loadNote()}`;

writeResults('reach', 'Reach', markdown, {
  graph: { model: 'ba', n, m },
  groupReach: {
    members: MEMBERS,
    maxDegree: MAX_DEGREE,
    byDegree: team.byDegree,
    seconds: {
      full: tFull,
      noOverlaps: tNoOverlap,
      kernel: tKernel,
      kernelTopDown: tKernelTopDown,
      baseline: tBaseline,
    },
  },
  suggestConnections: {
    person,
    count,
    gains: lazy.map((s) => s.gain),
    seconds: { lazy: tLazy, plain: tPlain },
    plainEvaluations: plain.evaluations,
  },
});
