// Bounded work on every shape: separation 'auto' on a path, a cycle, a square grid and a
// Barabási–Albert graph of the same node count (quick: 10⁵ nodes; --full: 10⁷, the 3162 × 3162
// grid; --nodes N for another size), through the library and through the CLI (`stats <file>`),
// with the method it chose and why. Beside it, one BFS three ways, in the same process: the
// whole-BFS kernel that counts levels in one WebAssembly call (levelCounts), the driver's batched
// levels (run, the previous engine of sampling) and the JavaScript level-by-level kernels. Each
// shape runs in its own process (`--shape NAME`), then the CLI in another, so no two graphs are
// ever in memory at once.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { adjacency } from '../src/csr/adjacency.js';
import { fromEdges } from '../src/csr/from-edges.js';
import type { Csr } from '../src/csr/index.js';
import { barabasiAlbert } from '../src/generators/barabasi-albert.js';
import { separation } from '../src/separation/index.js';
import { createBfs } from '../src/traversal/bfs.js';
import { FULL, OUT, ROOT, fmtTime, loadNote, table, writeResults } from './lib.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const N = Number(arg('--nodes') ?? (FULL ? 10_000_000 : 100_000));
const side = Math.round(Math.sqrt(N));
const SHAPES = ['path', 'cycle', 'grid', 'ba'] as const;
type Shape = (typeof SHAPES)[number];
const n = N.toLocaleString('en-US');
const NAMES: Record<Shape, string> = {
  path: `path, ${n} nodes`,
  cycle: `cycle, ${n} nodes`,
  grid: `grid ${side} × ${side}`,
  ba: `Barabási–Albert, ${n} nodes, 2 edges each`,
};

// Edge arrays of a shape (typed arrays: 2·10⁷ edges as number[] would cost gigabytes).
function edges(shape: Exclude<Shape, 'ba'>): { sources: Int32Array; targets: Int32Array } {
  const m = shape === 'grid' ? 2 * side * (side - 1) : shape === 'cycle' ? N : N - 1;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  let k = 0;
  const edge = (a: number, b: number): void => {
    sources[k] = a;
    targets[k++] = b;
  };
  if (shape === 'grid') {
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        const v = r * side + c;
        if (c + 1 < side) edge(v, v + 1);
        if (r + 1 < side) edge(v, v + side);
      }
  } else for (let i = 0; i < m; i++) edge(i, (i + 1) % N);
  return { sources, targets };
}

function build(shape: Shape): Csr {
  return shape === 'ba' ? barabasiAlbert({ people: N, attach: 2, seed: 42, output: 'csr' }) : fromEdges(edges(shape));
}

const edgeFile = (shape: Shape): string => join(OUT, `shape-${shape}-${N}.txt`);

// Writes the edge list of a shape for the CLI (once, into bench/out/), 10⁵ lines at a time.
function writeEdgeFile(shape: Shape, csr: Csr): void {
  const file = edgeFile(shape);
  if (existsSync(file)) return;
  const { offsets, targets } = csr;
  const fd = openSync(`${file}.part`, 'w');
  const lines: string[] = [];
  for (let u = 0; u < csr.order; u++)
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = targets[j]!;
      if (u < v) lines.push(`${u} ${v}`);
      if (lines.length === 100_000) writeSync(fd, `${lines.join('\n')}\n`), (lines.length = 0);
    }
  writeSync(fd, `${lines.join('\n')}\n`);
  closeSync(fd);
  renameSync(`${file}.part`, file);
}

const minOf3 = (fn: () => unknown): number => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
};

// `stats <file>` through the built CLI: wall, CPU (user + system) and peak RSS from GNU time.
function viaCli(file: string): { wall: number; cpu: number | null; peakMb: number | null; method: string } | null {
  const main = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(main)) {
    console.warn('NOTE: dist/cli/main.js not built (npm run build): the CLI rows are skipped.');
    return null;
  }
  const time = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = spawnSync(
    time ? '/usr/bin/time' : process.execPath,
    [...(time ? ['-f', 'TIME %U %S %M', process.execPath] : []), main, 'stats', file],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`stats ${file} failed: ${r.stderr}`);
  const m = /TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  const method = /^Method: (.*)\.$/m.exec(r.stdout)?.[1] ?? '?';
  return { wall, cpu: m ? Number(m[1]) + Number(m[2]) : null, peakMb: m ? Number(m[3]) / 1024 : null, method };
}

function measure(shape: Shape): unknown {
  const csr = build(shape);
  const adj = adjacency(csr, 'outbound');
  const wasm = createBfs(adj, { kernel: 'wasm' });
  const js = createBfs(adj, { kernel: 'js' });
  const bfs = {
    levelCounts: minOf3(() => wasm.levelCounts(0)),
    batched: minOf3(() => wasm.run(0)),
    levelByLevel: minOf3(() => js.run(0)),
  };
  const levels = wasm.levelEnds.length - 1;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const s = separation(csr);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  writeEdgeFile(shape, csr);
  return {
    shape,
    name: NAMES[shape],
    nodes: csr.order,
    edges: csr.size,
    levels,
    bfsSeconds: bfs,
    separation: {
      method: s.method,
      samples: s.samples ?? null,
      meanDistance: s.meanDistance,
      meanDistanceSe: s.errors?.meanDistance.standardError ?? 0,
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      reason: s.reason,
    },
  };
}

const only = arg('--shape') as Shape | undefined;
if (only) console.log(`RESULT ${JSON.stringify(measure(only))}`);
else {
  // biome-ignore lint/suspicious/noExplicitAny: rows parsed back from the child processes' JSON
  const data: any[] = [];
  for (const shape of SHAPES) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join('bench', 'shapes.bench.ts'), '--shape', shape, '--nodes', String(N)],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const row = JSON.parse(
      out
        .split('\n')
        .find((l) => l.startsWith('RESULT '))!
        .slice(7),
    );
    // The CLI once the library's process has exited: the two never hold a graph at the same time.
    row.cli = viaCli(edgeFile(shape));
    console.error(`${row.name}: ${row.separation.reason}`);
    data.push(row);
  }
  const cpu = (x: number | null | undefined): string => (x == null ? '–' : fmtTime(x));
  const rows = data.map((d) => [
    d.name,
    d.edges.toLocaleString('en-US'),
    d.levels,
    fmtTime(d.bfsSeconds.levelCounts),
    fmtTime(d.bfsSeconds.batched),
    fmtTime(d.bfsSeconds.levelByLevel),
    `${(d.bfsSeconds.batched / d.bfsSeconds.levelCounts).toFixed(1)}×`,
    `${d.separation.method}${d.separation.samples ? ` (${d.separation.samples} sources)` : ''}`,
    `${d.separation.meanDistance.toFixed(1)} ± ${d.separation.meanDistanceSe.toFixed(1)}`,
    `${fmtTime(d.separation.seconds)} / ${cpu(d.separation.cpuSeconds)}`,
    `${Math.round(d.separation.peakRssMb)} MB`,
    d.cli ? `${fmtTime(d.cli.wall)} / ${cpu(d.cli.cpu)}` : '–',
    d.cli?.peakMb ? `${Math.round(d.cli.peakMb)} MB` : '–',
  ]);
  writeResults(
    'shapes',
    'Bounded work on every shape: separation auto on a path, a cycle, a grid and BA',
    `${table(['graph', 'edges', 'levels from node 0', 'one BFS: levelCounts (one call)', 'run (batched levels)', 'run, JS level by level', 'run / levelCounts', "separation 'auto' ran", 'mean distance ± SE', 'library: wall / CPU', 'library peak RSS', 'CLI stats: wall / CPU', 'CLI peak RSS'], rows)}
\n'auto' prices exact and sampled distances from n, m and a double-sweep diameter bound (two BFS), and runs one BFS per source on long graphs (paths, cycles, grids), each a single WebAssembly call that counts the nodes at each distance (levelCounts), where the 128-source kernel would pay O(n) per level. BFS: min of 3 runs from node 0, three engines in the same process. Separation: one run including the double sweep, through the library (the graph already built) and through \`handshakes stats <file>\` (reading the edge list, one process: wall and user + system CPU from GNU time). CPU time is what the 30-second budget is about on a machine shared with other jobs, where wall time is inflated several-fold. Each shape runs in its own process. The reasons it gave:\n\n${data.map((d) => `- ${d.name}: ${d.separation.reason}`).join('\n')}\n\n${loadNote()}`,
    data,
  );
}
