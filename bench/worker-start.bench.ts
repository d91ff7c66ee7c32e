// First worker start, each in a fresh process (bench/worker-start-probe.mjs): the built package's
// `.js` workers (the baseline: what users run), and from source (tsx, vitest, these benches) with
// the bundle cache warm, cold (an empty cache: the first run after a source edit) and off (every
// process bundling again, as before the cache). Modes take turns; medians of the runs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FULL, ROOT, loadNote, table, writeResults } from './lib.js';

type Times = {
  first: number;
  hyperball: number;
  again: number;
  cpu: { first: number; hyperball: number; again: number };
};
const RUNS = FULL ? 9 : 5;
const built = existsSync(join(ROOT, 'dist', 'node', 'ms-bfs-pool.js'));
const PROBE = join(ROOT, 'bench', 'worker-start-probe.mjs');
const warmDir = mkdtempSync(join(tmpdir(), 'hs-worker-cache-warm-'));
const probe = (tree: 'src' | 'dist', cache: string): Times =>
  JSON.parse(
    execFileSync(process.execPath, [...(tree === 'src' ? ['--import', 'tsx'] : []), PROBE, tree], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HANDSHAKES_WORKER_CACHE: cache },
    }),
  ) as Times;
const modes: [string, () => Times][] = [
  ...(built ? [['built package (dist/*.js workers)', () => probe('dist', 'off')] as [string, () => Times]] : []),
  ['from source, bundle cache warm', () => probe('src', warmDir)],
  [
    'from source, bundle cache cold (first run after an edit)',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'hs-worker-cache-cold-'));
      try {
        return probe('src', dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  ],
  ['from source, no cache (every process bundles, as before)', () => probe('src', 'off')],
];
probe('src', warmDir); // fills the warm cache, untimed
const runs = new Map<string, Times[]>(modes.map(([label]) => [label, []]));
for (let r = 0; r < RUNS; r++) for (const [label, run] of modes) runs.get(label)!.push(run());
rmSync(warmDir, { recursive: true, force: true });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const summary = (f: (xs: number[]) => number) =>
  new Map(
    [...runs].map(([label, times]) => [
      label,
      {
        first: f(times.map((t) => t.first)),
        hyperball: f(times.map((t) => t.hyperball)),
        again: f(times.map((t) => t.again)),
      },
    ]),
  );
const medians = summary(median);
const mins = summary((xs) => Math.min(...xs));
const baseLabel = built ? modes[0]![0] : null;
const ms = (x: number) => `${x.toFixed(0)} ms`;
// median (min) of a mode, and both against the built package's
const cell = (label: string, key: keyof Times['cpu']): string[] => {
  const med = medians.get(label)![key];
  const min = mins.get(label)![key];
  const ratio =
    baseLabel === null
      ? '—'
      : `${(med / medians.get(baseLabel)![key]).toFixed(2)}× (${(min / mins.get(baseLabel)![key]).toFixed(2)}×)`;
  return [`${ms(med)} (${ms(min)})`, ratio];
};
// CPU of the whole process (every thread), medians: a busy machine stretches wall times far more.
const cpuMedian = (label: string, key: keyof Times['cpu']): string =>
  ms(median(runs.get(label)!.map((t) => t.cpu[key])));
const rows = [...medians.keys()].map((label) => [
  label,
  ...cell(label, 'first'),
  ...cell(label, 'hyperball'),
  cell(label, 'again')[0]!,
  `${cpuMedian(label, 'first')} / ${cpuMedian(label, 'hyperball')} / ${cpuMedian(label, 'again')}`,
]);
writeResults(
  'worker-start',
  'Worker start: built package, and from source with the bundle cache warm, cold and off',
  [
    `Each figure is a fresh process's first call, median (min) of ${RUNS} runs, the modes taking turns (ratios: median to median, min to min): an exact distance distribution of 128 sources on 1 worker (starts the ms-bfs worker), then HyperBall (log2m = 6) on 2 workers (the hyperball worker), then the exact distribution again (a second call in the same process), on a random graph of 2,000 nodes and 8,000 edges, so the times are almost all worker start. From source (tsx, vitest) a worker's \`.ts\` entry is bundled by esbuild; the cache (node_modules/.cache/handshakes/workers, src/node/worker-bundle.ts) keeps the bundle while no file it was made from changes.${built ? '' : ' _dist/ absent (run `npm run build`): no built-package baseline._'}`,
    '',
    table(
      [
        'start',
        'first exact, 1 worker',
        'vs built',
        'first HyperBall, 2 workers',
        'vs built',
        'second exact',
        'CPU: first exact / HyperBall / second exact',
      ],
      rows,
    ),
    '',
    loadNote(),
  ].join('\n'),
  Object.fromEntries([...runs].map(([label, times]) => [label, { runs: times, median: medians.get(label) }])),
);
