// Memory: one copy of the graph. A random graph (n nodes, m uniform random pairs, simplified:
// G(n, m) up to the few repeated pairs) is saved once; then, each in a fresh child process, it is
// loaded and the BFS, bidirectional and multi-source BFS engines are created and run, with the
// index in a shared WebAssembly heap (engines allocate only scratch beside it: this engine) and
// with the index in ordinary arrays (each WebAssembly engine copies the adjacency: the previous
// engine), and read from an edge-list text by readEdgeList on this thread and with 2 workers. Figures:
// RSS and arrayBuffers from process.memoryUsage() after the load and after the engines, peak RSS,
// and each engine's first query against its second. Quick: 10⁵ nodes / 2·10⁶
// edges; --full: 10⁶ nodes / 5·10⁷ edges (10⁸ adjacency entries; about 2.5 GB at the peak).

import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adjacency, createBfs, createBidirectionalBfs, createMsBfs, fromEdges } from '../src/index.js';
import { loadGraph, readEdgeList, saveGraph } from '../src/node.js';
import { FULL, OUT, loadNote, machine, table, writeResults } from './lib.js';

const n = Number(process.env.HS_MEMORY_NODES ?? (FULL ? 1e6 : 1e5));
const m = Number(process.env.HS_MEMORY_EDGES ?? (FULL ? 5e7 : 2e6));
const RUNS = 3;
const MB = 2 ** 20;

/** loadGraph into a heap, loadGraph into arrays, readEdgeList on one thread, and with 2 workers. */
type Variant = 'heap' | 'copy' | 'text' | 'text2';
const VARIANTS: readonly Variant[] = ['heap', 'copy', 'text', 'text2'];

interface Child {
  variant: Variant;
  indexMb: number;
  baseRssMb: number;
  loadRssMb: number;
  loadArrayBuffersMb: number;
  enginesRssMb: number;
  enginesArrayBuffersMb: number;
  peakRssMb: number;
  /** Per engine: first query (creation included) and second query, ms. */
  first: Record<string, [number, number]>;
  /** The same in CPU ms of the process (steadier than wall time on a shared machine). */
  firstCpu: Record<string, [number, number]>;
  /** loadGraph (or readEdgeList): wall and CPU ms. */
  loadMs: [number, number];
  /** Minor page faults of each engine's first query (creation included) and of its second. */
  faults: Record<string, [number, number]>;
  bfsKernel: string;
}

// The child: load, measure, create and run each engine, measure.
async function child(file: string, variant: Variant): Promise<Child> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const base = process.memoryUsage();
  const l0 = performance.now();
  const lc0 = process.cpuUsage();
  const csr =
    variant === 'heap' || variant === 'copy'
      ? await loadGraph(file, { memory: variant === 'heap' ? 'auto' : 'js' })
      : await readEdgeList(`${file}.txt`, { workers: variant === 'text2' ? 2 : 1 });
  const lc = process.cpuUsage(lc0);
  const loadMs: [number, number] = [performance.now() - l0, (lc.user + lc.system) / 1e3];
  gc();
  const load = process.memoryUsage();
  const adj = adjacency(csr);
  const first: Record<string, [number, number]> = {};
  const firstCpu: Record<string, [number, number]> = {};
  const faults: Record<string, [number, number]> = {};
  let cpu = 0;
  let faulted = 0;
  const ms = (f: () => void): number => {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const f0 = process.resourceUsage().minorPageFault;
    f();
    const c = process.cpuUsage(c0);
    cpu = (c.user + c.system) / 1e3;
    faulted = process.resourceUsage().minorPageFault - f0;
    return performance.now() - t0;
  };
  // Each engine: created and queried, then queried again; wall ms, CPU ms and page faults of both.
  const twice = (name: string, once: () => void, again: () => void): void => {
    first[name] = [ms(once), 0];
    firstCpu[name] = [cpu, 0];
    faults[name] = [faulted, 0];
    first[name]![1] = ms(again);
    firstCpu[name]![1] = cpu;
    faults[name]![1] = faulted;
  };
  let bfs: ReturnType<typeof createBfs> | null = null;
  twice(
    'bfs',
    () => (bfs = createBfs(adj)).run(0),
    () => bfs!.run(0),
  );
  let bidi: ReturnType<typeof createBidirectionalBfs> | null = null;
  const target = csr.order - 1;
  twice(
    'bidirectional',
    () => (bidi = createBidirectionalBfs(adj)).query(1, target),
    () => bidi!.query(1, target),
  );
  const sources = Int32Array.from({ length: 128 }, (_, i) => (i * 7919) % csr.order);
  const hist = new Float64Array(csr.order + 2);
  const out = { hist, ecc: null, reached: null, sums: null };
  let msBfs: ReturnType<typeof createMsBfs> | null = null;
  twice(
    'msBfs',
    () => (msBfs = createMsBfs(adj)).run(sources, 0, 128, out),
    () => msBfs!.run(sources, 0, 128, out),
  );
  gc();
  const engines = process.memoryUsage();
  return {
    variant,
    indexMb: (csr.offsets.byteLength + csr.targets.byteLength) / MB,
    baseRssMb: base.rss / MB,
    loadRssMb: load.rss / MB,
    loadArrayBuffersMb: load.arrayBuffers / MB,
    enginesRssMb: engines.rss / MB,
    enginesArrayBuffersMb: engines.arrayBuffers / MB,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    first,
    firstCpu,
    loadMs,
    faults,
    bfsKernel: bfs!.kernel,
  };
}

const childArg = process.argv.indexOf('--child');
if (childArg >= 0) {
  const [file, variant] = process.argv.slice(childArg + 1) as [string, Variant];
  process.stdout.write(`${JSON.stringify(await child(file, variant))}\n`);
  process.exit(0);
}

// Makes the graph file (in a process of its own: Linux carries a process's peak RSS across exec
// into the children it forks, so a parent holding the edge arrays would show as every child's peak).
async function make(file: string): Promise<void> {
  let x = 42;
  const next = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  const sources = new Int32Array(m);
  const targets = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    sources[i] = next();
    targets[i] = next();
  }
  const csr = fromEdges({ sources, targets }, { nodes: n, memory: 'js' });
  await saveGraph(csr, file);
  // The same pairs as text, for readEdgeList (which drops the same self-loops and repeats).
  const lines: string[] = [];
  for (let i = 0; i < m; i++) lines.push(`${sources[i]} ${targets[i]}\n`);
  writeFileSync(`${file}.txt`, lines.join(''));
  console.error(`graph: ${n} nodes, ${csr.size} edges (${csr.targets.length} adjacency entries) → ${file}`);
}
const makeArg = process.argv.indexOf('--make');
if (makeArg >= 0) {
  await make(process.argv[makeArg + 1]!);
  process.exit(0);
}

// The parent: make the graph once, then run each variant RUNS times, alternating.
const file = join(OUT, `memory_${n}_${m}.hsg`);
const self = fileURLToPath(import.meta.url);
execFileSync(process.execPath, ['--import', 'tsx', self, '--make', file], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, HS_MEMORY_NODES: String(n), HS_MEMORY_EDGES: String(m) },
});
const results: Child[] = [];
for (let r = 0; r < RUNS; r++) {
  for (const variant of VARIANTS) {
    const line = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--child', file, variant], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const c = JSON.parse(line.trim().split('\n').pop()!) as Child;
    results.push(c);
    console.error(
      `${variant}: index ${c.indexMb.toFixed(0)} MB; RSS after load ${(c.loadRssMb - c.baseRssMb).toFixed(0)} MB, after engines ${(c.enginesRssMb - c.baseRssMb).toFixed(0)} MB; peak ${c.peakRssMb.toFixed(0)} MB; first BFS ${c.first.bfs![0].toFixed(1)} ms (then ${c.first.bfs![1].toFixed(1)})`,
    );
  }
}
rmSync(file, { force: true });
rmSync(`${file}.txt`, { force: true });

const NOTES = [
  '- RSS is the measure, over the RSS before the load, divided by the index alone (offsets + targets): loading into a heap also faults in the pages the first three engines will take (about 80 bytes a node, at most a quarter of the file), while the file is read. `arrayBuffers` counts every SharedArrayBuffer object a growing shared memory hands out (one per size), so it over-counts the heap variant.',
  "- Extra = the first query (the engine created on the spot) − the second, in wall time, CPU time of the process (steadier on a shared machine) and minor page faults. Into a heap, `loadGraph` compiles the kernels and faults in the engines' scratch while it waits for the file (each first-touched 4 KiB page cost about 13 µs of CPU on this virtual machine under load: 11,700 of them for a multi-source BFS slot at 10⁶ nodes); the bidirectional engine's scratch starts zeroed (parents + 1, 0 = unseen), so its creation fills nothing. V8 runs a long WebAssembly call in its baseline tier to its end (no on-stack replacement), so the multi-source kernel calls its levels 16,384 nodes at a time.",
  "- `readEdgeList` does not warm: its engines' scratch lands in the blocks its parse already faulted in (the endpoints, 4 bytes an edge each, freed after the build), so its first queries pay what `loadGraph`'s do. Issue 18 review, at load 8–10, median extra CPU ms (page faults) of the first query, readEdgeList / loadGraph into a heap: 10⁶ edges, 10⁵ nodes: BFS 5.5 / 5.4 (3 / 2), bidirectional 11 / 6 (89 / 102), MS-BFS 22 / 21 (1,250 / 1,177); 10⁷ edges, 10⁶ nodes: BFS 11 / 8 (2 / 1), bidirectional 33 / 13 (133 / 87), MS-BFS 148 / 169 (10,747 / 11,723; with 2 workers 163, 11,724). The MS-BFS slot (56 bytes a node) is larger than either freed endpoint block and than `loadGraph`'s warm-up (at most a quarter of the file), so both pay its faults; warming it in readEdgeList would cost the same CPU on a thread that is parsing (one thread, or the caller and one worker on two cores), with nothing to overlap.",
].join('\n');

const stats = (values: number[]): string => {
  const s = [...values].sort((a, b) => a - b);
  return `${s[0]!.toFixed(2)} / ${s[Math.floor(s.length / 2)]!.toFixed(2)} / ${s.at(-1)!.toFixed(2)}`;
};
const of = (variant: string) => results.filter((c) => c.variant === variant);
const LABELS: Record<Variant, string> = {
  heap: 'loadGraph, index in a WebAssembly heap (this engine)',
  copy: 'loadGraph, index in arrays, engines copy (previous)',
  text: 'readEdgeList of the same pairs as text, one thread',
  text2: 'readEdgeList of the same pairs as text, 2 workers',
};
const SHORT: Record<Variant, string> = {
  heap: 'heap',
  copy: 'arrays',
  text: 'readEdgeList',
  text2: 'readEdgeList, 2 workers',
};
const label = (variant: Variant): string => LABELS[variant];
const rows: (string | number)[][] = [];
const firstRows: (string | number)[][] = [];
for (const variant of VARIANTS) {
  const cs = of(variant);
  rows.push([
    label(variant),
    stats(cs.map((c) => (c.loadRssMb - c.baseRssMb) / c.indexMb)),
    stats(cs.map((c) => (c.enginesRssMb - c.baseRssMb) / c.indexMb)),
    stats(cs.map((c) => c.enginesArrayBuffersMb / c.loadArrayBuffersMb)),
    stats(cs.map((c) => c.enginesRssMb - c.baseRssMb)),
    stats(cs.map((c) => c.peakRssMb)),
    stats(cs.map((c) => c.loadMs[0])),
    stats(cs.map((c) => c.loadMs[1])),
  ]);
  for (const [engine, name] of [
    ['bfs', 'BFS'],
    ['bidirectional', 'bidirectional'],
    ['msBfs', 'MS-BFS batch (128 sources)'],
  ] as const) {
    firstRows.push([
      `${name}, ${SHORT[variant]}`,
      stats(cs.map((c) => c.first[engine]![0] - c.first[engine]![1])),
      stats(cs.map((c) => c.firstCpu[engine]![0] - c.firstCpu[engine]![1])),
      stats(cs.map((c) => c.firstCpu[engine]![1])),
      stats(cs.map((c) => c.faults[engine]![0])),
    ]);
  }
}
const markdown = [
  `Graph: ${n.toLocaleString('en')} nodes, ${m.toLocaleString('en')} random pairs simplified (G(n, m) up to repeats), index ${of('heap')[0]!.indexMb.toFixed(0)} MB; each variant ${RUNS} times in a fresh process, min / median / max. ${machine()}; ${loadNote()}`,
  '',
  table(
    [
      'variant',
      'RSS after load / index',
      '(index + BFS + bidirectional + MS-BFS) / index, RSS',
      'same, arrayBuffers (after / after load)',
      'RSS over the base after the engines (MB)',
      'peak RSS (MB)',
      'load wall ms',
      'load CPU ms',
    ],
    rows,
  ),
  '',
  'First query after the load (target: ≤ 50 ms extra):',
  '',
  table(
    ['engine, index', 'first query: extra wall ms', 'extra CPU ms', 'second query CPU ms', 'page faults of the first'],
    firstRows,
  ),
  '',
  NOTES,
].join('\n');
writeResults('memory', 'Memory: one copy of the graph', markdown, results);
