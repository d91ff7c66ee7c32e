// Which engine 'auto' picks, against the clock: per shape (Barabási–Albert, G(n, m), 2-D and 3-D
// grids, paths), the CPU time of the same distance counts through the 128-source multi-source BFS
// and through one BFS per source, the engine the planner picks with MULTI_STEP (and with the old
// constant 6), and the MULTI_STEP the two times imply. Quick: every person a source (exact), small
// shapes; --full: 128 sampled sources on 2·10⁵–10⁶-node shapes, past the caches.
import { barabasiAlbert, type Csr, erdosRenyi, fromEdges } from '../src/index.js';
import { runDistribution } from '../src/separation/distance-distribution.js';
import { LEVEL_COST, MULTI_STEP, planDistribution } from '../src/separation/plan-distribution.js';
import { resolveSeparationOptions } from '../src/separation/separation-options.js';
import { separationParallel } from '../src/node.js';
import { separation } from '../src/separation/separation.js';
import { FULL, loadNote, machine, table, writeResults } from './lib.js';

/** A grid with these side lengths (2-D, 3-D…), each node joined to its next along every axis. */
function grid(dims: number[]): Csr {
  const n = dims.reduce((a, b) => a * b, 1);
  const sources: number[] = [];
  const targets: number[] = [];
  for (let v = 0; v < n; v++) {
    let stride = 1;
    let rest = v;
    for (const d of dims) {
      if ((rest % d) + 1 < d) sources.push(v), targets.push(v + stride);
      rest = Math.floor(rest / d);
      stride *= d;
    }
  }
  return fromEdges({ sources, targets }, { nodes: n });
}
const path = (n: number): Csr => grid([n]);

const SHAPES: [string, () => Csr][] = FULL
  ? [
      ['Barabási–Albert 10⁶, 5 edges each', () => barabasiAlbert({ people: 1e6, attach: 5, seed: 1, output: 'csr' })],
      ['G(n, m) 10⁶ / 5·10⁶', () => erdosRenyi({ people: 1e6, edges: 5e6, seed: 1, output: 'csr' })],
      ['3-D grid 60³', () => grid([60, 60, 60])],
      ['3-D grid 100³', () => grid([100, 100, 100])],
      ['grid 300²', () => grid([300, 300])],
      ['grid 700²', () => grid([700, 700])],
    ]
  : [
      ['Barabási–Albert 5000, 5 edges each', () => barabasiAlbert({ people: 5000, attach: 5, seed: 1, output: 'csr' })],
      ['G(n, m) 5000 / 25,000', () => erdosRenyi({ people: 5000, edges: 25_000, seed: 1, output: 'csr' })],
      ['grid 40²', () => grid([40, 40])],
      ['grid 60²', () => grid([60, 60])],
      ['grid 100²', () => grid([100, 100])],
      ['3-D grid 20³', () => grid([20, 20, 20])],
      ['path 300', () => path(300)],
      ['path 1000', () => path(1000)],
      ['path 3000', () => path(3000)],
    ];

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};

interface Row {
  shape: string;
  people: number;
  sources: number;
  /** n + m, and the planner's L (double-sweep bound + 1). */
  work: number;
  levels: number;
  /** CPU ms, best of two: multi-source, single-source. */
  multiMs: number;
  singleMs: number;
  planned: string;
  plannedOld: string;
  impliedMultiStep: number;
}

const rows: Row[] = [];
for (const [shape, make] of SHAPES) {
  const csr = make();
  const options = FULL ? { method: 'sample' as const, samples: 128, seed: 7 } : { method: 'exact' as const };
  const r = resolveSeparationOptions(csr, options, 'bench');
  const plan = planDistribution(r);
  const time = (engine: 'multi-source' | 'single-source'): number => {
    let best = Infinity;
    for (let i = 0; i < 2; i++) {
      const c0 = cpuMs();
      runDistribution(r, 'bench', { ...plan, engine });
      best = Math.min(best, cpuMs() - c0);
    }
    return best;
  };
  const multiMs = time('multi-source');
  const singleMs = time('single-source');
  const k = FULL ? plan.samples : r.people.length;
  const W = r.adj.order + r.adj.offsets[r.adj.order]!;
  const L = plan.diameterLowerBound + 1;
  const passes = Math.ceil(k / 128);
  const single = k * (W + LEVEL_COST * L);
  const row: Row = {
    shape,
    people: r.people.length,
    sources: k,
    work: W,
    levels: L,
    multiMs,
    singleMs,
    planned: plan.engine,
    plannedOld: passes * L * W * 6 <= single ? 'multi-source' : 'single-source',
    // The constant at which the model's two costs compare as the measured times do.
    impliedMultiStep: multiMs / (passes * L * W) / (singleMs / single),
  };
  rows.push(row);
  console.error(
    `${shape}: multi ${multiMs.toFixed(0)} ms, single ${singleMs.toFixed(0)} ms, planned ${plan.engine} (old ${row.plannedOld}); implied ${row.impliedMultiStep.toFixed(2)}`,
  );
}

// A long graph's single-source plan on one thread and on 2 workers (each a BFS slot beside the
// index in its heap): wall and CPU ms, and whether the answers are identical.
const longSide = FULL ? 10_000 : 2000;
const long = grid([10, longSide]);
const wallCpu = async (f: () => unknown): Promise<[number, number, unknown]> => {
  const t0 = performance.now();
  const c0 = cpuMs();
  const value = await f();
  return [performance.now() - t0, cpuMs() - c0, value];
};
// Warm-up: from source, the worker file is bundled (esbuild) on the first pool of the process.
await separationParallel(grid([10, 50]), { workers: 2 });
const [oneWall, oneCpu, oneResult] = await wallCpu(() => separation(long));
const [twoWall, twoCpu, twoResult] = await wallCpu(() => separationParallel(long, { workers: 2 }));
const parallelRow = {
  shape: `grid 10 × ${longSide}`,
  reason: (oneResult as { reason: string }).reason,
  oneWall,
  oneCpu,
  twoWall,
  twoCpu,
  same: JSON.stringify(oneResult) === JSON.stringify(twoResult),
};
console.error(`${parallelRow.shape}: one thread ${oneWall.toFixed(0)} ms, 2 workers ${twoWall.toFixed(0)} ms`);

const faster = (row: Row): string => (row.multiMs <= row.singleMs ? 'multi-source' : 'single-source');
const mark = (engine: string, row: Row): string =>
  `${engine} ${engine === faster(row) ? '✓' : `✗ (${(Math.max(row.multiMs, row.singleMs) / Math.min(row.multiMs, row.singleMs)).toFixed(1)}× the time)`}`;
const implied = rows.map((row) => row.impliedMultiStep).sort((a, b) => a - b);
writeResults(
  'planner',
  "Which engine 'auto' picks: one pass of 128 sources or one BFS per source",
  [
    `${FULL ? '128 sampled sources per shape' : 'Every person a source (exact)'}; CPU time of the same counts through each engine, best of two, in one process. ${machine()}; ${loadNote()}`,
    '',
    table(
      [
        'shape',
        'sources',
        'n + m',
        'L (double sweep + 1)',
        'multi-source CPU ms',
        'single-source CPU ms',
        `planned (MULTI_STEP ${MULTI_STEP})`,
        'planned with the old 6',
        'implied MULTI_STEP',
      ],
      rows.map((row) => [
        row.shape,
        row.sources.toLocaleString('en'),
        row.work.toLocaleString('en'),
        row.levels,
        row.multiMs.toFixed(1),
        row.singleMs.toFixed(1),
        mark(row.planned, row),
        mark(row.plannedOld, row),
        row.impliedMultiStep.toFixed(2),
      ]),
    ),
    '',
    `Long graphs on workers: \`separationParallel\` ran 'auto''s single-source plans on the calling thread; now one whole BFS per source on each worker, a BFS slot (8n bytes) beside the index in its heap, no copy of the graph (${parallelRow.reason}):`,
    '',
    table(
      [
        'shape',
        'separation, one thread: wall / CPU ms',
        'separationParallel, 2 workers: wall / CPU ms (all threads)',
        'wall speed-up',
        'identical',
      ],
      [
        [
          parallelRow.shape,
          `${oneWall.toFixed(0)} / ${oneCpu.toFixed(0)}`,
          `${twoWall.toFixed(0)} / ${twoCpu.toFixed(0)}`,
          `${(oneWall / twoWall).toFixed(2)}×`,
          parallelRow.same ? 'yes' : 'NO',
        ],
      ],
    ),
    '',
    `- The planner prices a pass of 128 sources at MULTI_STEP·L·(n + m) steps and one BFS per source at n + m + ${LEVEL_COST}·L; the implied MULTI_STEP is the constant at which the two prices compare as the measured times do (median here ${implied[Math.floor(implied.length / 2)]!.toFixed(2)}). On small worlds either constant picks the multi-source pass (it wins by 10–100×); the choice matters on long graphs near L ≈ 128 / MULTI_STEP levels.`,
  ].join('\n'),
  { rows, parallel: parallelRow },
);
