// Strategies: one simulateStrategies run (the three built-ins) — quick 2,000 people × 10 rounds,
// --full 10,000 people × 50 rounds — with, beside it, its per-round distance measurement done by
// our BFS engine versus graphology-shortest-path on the same graph; and the small-world check,
// its clustering kernel beside a naive Set-based count, on ca-GrQc (../shared) or a BA graph.
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import {
  barabasiAlbert,
  clustering,
  createRng,
  distancesFrom,
  professionalNetwork,
  professionalNetworkGraph,
  simulateStrategies,
  smallWorld,
  type Csr,
} from '../src/index.js';
import { readEdgeList } from '../src/node.js';
import { firstAndWarm } from './first-and-warm.js';
import { FULL, SHARED, fmtTime, loadNote, peakRssMb, table, timeMedian, writeResults } from './lib.js';

const PEOPLE = FULL ? 10_000 : 2_000;
const ROUNDS = FULL ? 50 : 10;
const rows: (string | number)[][] = [];
const data: Record<string, unknown> = {};

// 1. One simulation (three strategies side by side): the process's first call, which also pays
// compiling everything it runs; the same call warm is timed at the end of the bench (so the rows
// below keep their place in the process) and shown beside it.
let report!: ReturnType<typeof simulateStrategies>;
const simulate = (): void => {
  report = simulateStrategies({ population: PEOPLE, rounds: ROUNDS });
};
const sim = firstAndWarm(simulate, 0);
const simSeconds = sim.first;
rows.push([
  `simulateStrategies: ${PEOPLE.toLocaleString('en')} people × ${ROUNDS} rounds × 3 strategies`,
  fmtTime(simSeconds),
  fmtTime(sim.firstCpu),
  `${fmtTime(simSeconds / (3 * ROUNDS))} per strategy-round`,
  '—',
]);
data.simulation = {
  people: PEOPLE,
  rounds: ROUNDS,
  seconds: simSeconds,
  cpuSeconds: sim.firstCpu,
  final: report.strategies.map((s) => ({ name: s.name, ...s.final })),
};

// 2. The per-round measurement (32 BFS from cohort members) on an online layer of the same size.
const net = professionalNetwork({ people: PEOPLE, output: 'csr', strangers: 20 });
const csr: Csr = net.connections;
const graph = onlineGraph(net);
const rng = createRng(1);
const sources = Array.from({ length: 32 }, () => String(rng.int(PEOPLE)));
const ours = timeMedian(
  () => {
    for (const s of sources) distancesFrom(csr, s);
  },
  5,
  1,
);
const theirs = timeMedian(
  () => {
    for (const s of sources) singleSourceLength(graph, s);
  },
  FULL ? 3 : 1,
  1,
);
rows.push([
  `32 BFS on a ${PEOPLE.toLocaleString('en')}-people layer (${csr.size.toLocaleString('en')} edges): distancesFrom on the Csr`,
  fmtTime(ours.median),
  '',
  `${fmtTime(theirs.median)} graphology singleSourceLength`,
  `${(ours.median / theirs.median).toFixed(3)}×`,
]);
data.measurement = { edges: csr.size, ours: ours.median, graphology: theirs.median };

// 3. The small-world check and its clustering kernel.
const target = SHARED
  ? await readEdgeList(`${SHARED}/data/ca-GrQc/CA-GrQc.txt`)
  : barabasiAlbert({ people: 20_000, attach: 3, output: 'csr' });
const label = SHARED ? 'ca-GrQc' : 'BA 20,000 × 3';
const sw = timeMedian(() => smallWorld(target), FULL ? 3 : 1, 0);
const r = smallWorld(target);
rows.push([
  `smallWorld(${label}): C, L (256 sampled sources), 3 G(n, m) references, lattice`,
  fmtTime(sw.median),
  '',
  `σ = ${r.sigma?.toFixed(1)}, ω = ${r.omega?.toFixed(2)}`,
  '—',
]);
const fast = timeMedian(() => clustering(target), 5, 1);
const naive = timeMedian(() => naiveClustering(target), 3, 0);
rows.push([
  `clustering(${label}) (degree-ordered triangle listing)`,
  fmtTime(fast.median),
  '',
  `${fmtTime(naive.median)} naive Set-based pair check`,
  `${(fast.median / naive.median).toFixed(3)}×`,
]);
data.smallWorld = {
  graph: label,
  seconds: sw.median,
  result: r,
  clustering: fast.median,
  naiveClustering: naive.median,
};

function naiveClustering(g: Csr): number {
  const sets = Array.from({ length: g.order }, (_, u) => new Set(g.targets.subarray(g.offsets[u]!, g.offsets[u + 1]!)));
  let sum = 0;
  for (const s of sets) {
    const list = [...s];
    let links = 0;
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) if (sets[list[i]!]!.has(list[j]!)) links++;
    if (list.length > 1) sum += (2 * links) / (list.length * (list.length - 1));
  }
  return sum / g.order;
}

const warmSim = firstAndWarm(simulate, 3);
rows.splice(1, 0, [
  'simulateStrategies, the same call warm (median of 3, at the end of the bench)',
  fmtTime(warmSim.median),
  fmtTime(warmSim.cpuMedian),
  `${fmtTime(warmSim.median / (3 * ROUNDS))} per strategy-round`,
  '—',
]);
data.simulationWarm = { seconds: warmSim.median, cpuSeconds: warmSim.cpuMedian };

writeResults(
  'strategies',
  'Strategies and the small-world check',
  `${table(['work', 'handshakes', 'CPU', 'baseline / detail', 'ratio (ours / baseline)'], rows)}\n\n` +
    `Final round of the simulation (cohort means): ${report.strategies.map((s) => `${s.name}: direct ${s.final.direct.toFixed(1)}, 2nd ${s.final.secondDegree.toFixed(0)}, distance ${s.final.meanDistance.toFixed(2)}, known ${(100 * s.final.knownShare).toFixed(0)}%, coherence ${(100 * s.final.coherence).toFixed(0)}%, effort ${s.final.effort.toFixed(1)}`).join('; ')}.` +
    ` The simulation has no outside baseline; its measuring step is compared instead. Peak RSS ${peakRssMb().toFixed(0)} MB.` +
    ` ${loadNote()}`,
  data,
);

/** The online layer alone, as a graphology graph. */
function onlineGraph(n: typeof net) {
  const g = professionalNetworkGraph(n);
  g.forEachEdge((e, a) => {
    if (!a.online) g.dropEdge(e);
  });
  return g;
}
