// Kernel workers kept between calls (src/node/worker-pool.ts) against the previous behaviour, each
// call starting and ending its own workers (HANDSHAKES_WORKER_IDLE_MS=0): ten calls in a row of
// the exact distribution (512 sources) and of HyperBall (log2m = 6), both on 2 workers, on a
// Barabási–Albert graph of 10⁵ nodes / 10⁶ edges, each process fresh (bench/separation-workers-probe.mjs),
// pool off and on taking turns. Medians of the first, second and tenth call and of the ten, wall
// and CPU (whole process, worker threads included: the steadier figure on a shared machine), the
// whole process's CPU and wall, and its resident memory with the pool idle and once closed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { barabasiAlbert } from '../src/index.js';
import { saveGraph } from '../src/node.js';
import { FULL, ROOT, loadNote, table, warmWorkerBundles, writeResults } from './lib.js';

type Call = { wall: number; cpu: number };
type Probe = { calls: Call[]; processCpu: number; rssIdle: number; rssClosed: number; result: number };
type Run = Probe & { processWall: number };
const runsArg = process.argv.indexOf('--runs'); // `--runs N` for a steadier table than the quick suite's 2
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : FULL ? 7 : 2;
const built = existsSync(join(ROOT, 'dist', 'node', 'worker-pool.js'));
const tree = built ? 'dist' : 'src';
const note = built
  ? 'The built package (dist/, plain `node`).'
  : warmWorkerBundles(['ms-bfs-worker', 'hyperball-worker']);
const PROBE = join(ROOT, 'bench', 'separation-workers-probe.mjs');
// The graph once, saved: each probe loads it in tens of milliseconds instead of generating it.
const dir = mkdtempSync(join(tmpdir(), 'hs-separation-workers-'));
const FILE = join(dir, 'ba.hsg');
await saveGraph(barabasiAlbert({ people: 100_000, attach: 10, seed: 42, output: 'csr' }), FILE);
const probe = (kind: string, pool: boolean): Run => {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, [...(built ? [] : ['--import', 'tsx']), PROBE, tree, kind, FILE], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HANDSHAKES_WORKER_IDLE_MS: pool ? '10000' : '0' },
  });
  return { ...(JSON.parse(out) as Probe), processWall: performance.now() - t0 };
};
const KINDS = [
  ['exact', 'exact distribution, 512 sources, 2 workers'],
  ['hyperball', 'HyperBall, log2m = 6, 2 workers'],
] as const;
const runs = new Map<string, Run[]>();
for (let r = 0; r < RUNS; r++)
  for (const [kind] of KINDS)
    for (const pool of [false, true]) {
      const key = `${kind} ${pool}`;
      runs.set(key, [...(runs.get(key) ?? []), probe(kind, pool)]);
      console.log(
        key,
        JSON.stringify(
          runs
            .get(key)!
            .at(-1)!
            .calls.map((c) => Math.round(c.cpu)),
        ),
      );
    }
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ms = (x: number): string => `${x.toFixed(0)} ms`;
const rows: string[][] = [];
const data: Record<string, unknown> = { runs: RUNS, tree };
const picks: [string, (p: Run) => number][] = [
  ['1st call', (p) => p.calls[0]!.cpu],
  ['2nd call', (p) => p.calls[1]!.cpu],
  ['10th call', (p) => p.calls[9]!.cpu],
  ['ten calls', (p) => p.calls.reduce((s, c) => s + c.cpu, 0)],
  ['whole process', (p) => p.processCpu],
];
const wallOf: Record<string, (p: Run) => number> = {
  '1st call': (p) => p.calls[0]!.wall,
  '2nd call': (p) => p.calls[1]!.wall,
  '10th call': (p) => p.calls[9]!.wall,
  'ten calls': (p) => p.calls.reduce((s, c) => s + c.wall, 0),
  'whole process': (p) => p.processWall,
};
for (const [kind, label] of KINDS) {
  const off = runs.get(`${kind} false`)!;
  const on = runs.get(`${kind} true`)!;
  const figures: Record<string, unknown> = {};
  for (const [what, cpu] of picks) {
    const wall = wallOf[what]!;
    const [cOff, cOn, wOff, wOn] = [
      median(off.map(cpu)),
      median(on.map(cpu)),
      median(off.map(wall)),
      median(on.map(wall)),
    ];
    rows.push([
      label,
      what,
      ms(cOff),
      ms(cOn),
      `${(cOn / cOff).toFixed(2)}×`,
      ms(wOff),
      ms(wOn),
      `${(wOn / wOff).toFixed(2)}×`,
    ]);
    figures[what] = {
      cpuOff: cOff,
      cpuOn: cOn,
      cpuRatio: cOn / cOff,
      wallOff: wOff,
      wallOn: wOn,
      wallRatio: wOn / wOff,
    };
  }
  const mb = (x: number) => x / 2 ** 20;
  figures.rss = {
    idleOff: mb(median(off.map((p) => p.rssIdle))),
    idleOn: mb(median(on.map((p) => p.rssIdle))),
    closedOn: mb(median(on.map((p) => p.rssClosed))),
  };
  figures.sameResults = [...off, ...on].every((p) => p.result === off[0]!.result);
  data[kind] = figures;
}
const rss = (kind: string) => data[kind] as { rss: { idleOff: number; idleOn: number; closedOn: number } };
writeResults(
  'separation-workers',
  'Kernel workers kept between calls',
  [
    `Ten calls in a row in a fresh process, ${RUNS} processes per row and side, pool off (\`HANDSHAKES_WORKER_IDLE_MS=0\`: each call starts and ends its 2 workers, the previous behaviour) and on (the default: idle workers kept 10 s) taking turns; Barabási–Albert graph, 10⁵ nodes / 10⁶ edges. ` +
      'CPU is the whole process (worker threads included), the steadier figure on a shared machine; "whole process" also counts the start of Node and `loadGraph` of the saved graph, the same on both sides. Medians. ' +
      note,
    '',
    table(
      ['engine', 'call', 'CPU, pool off', 'CPU, pool on', 'CPU ratio', 'wall, pool off', 'wall, pool on', 'wall ratio'],
      rows,
    ),
    '',
    `Resident memory after the ten calls (MB, median): exact ${rss('exact').rss.idleOff.toFixed(0)} without a pool, ${rss('exact').rss.idleOn.toFixed(0)} with 2 idle workers, ${rss('exact').rss.closedOn.toFixed(0)} after \`closeWorkers()\`; HyperBall ${rss('hyperball').rss.idleOff.toFixed(0)}, ${rss('hyperball').rss.idleOn.toFixed(0)}, ${rss('hyperball').rss.closedOn.toFixed(0)}. ` +
      loadNote(),
  ].join('\n'),
  data,
);
