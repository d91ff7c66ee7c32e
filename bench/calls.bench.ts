// Per-call costs on small graphs, the guard of issue 18's "same figures": a BFS per source through
// the WebAssembly engine against the JavaScript engine on the same small graphs (ca-GrQc from
// ../shared, or a BA graph, and the strategies bench's 2,000-people layer), one kernel call through
// its table against the raw export, and creating an engine. A driver that builds a literal
// spreading an object per kernel call (20–40 µs each on Node 20) made the WebAssembly BFS 1.4–1.6×
// the JavaScript one on these graphs; bench/targets.ts wants it at most 1.0×. CPU time (user +
// system of this process), medians: the machine is shared and wall time overstates.
import { adjacency } from '../src/csr/adjacency.js';
import type { Csr } from '../src/csr/index.js';
import { barabasiAlbert } from '../src/generators/barabasi-albert.js';
import { professionalNetwork } from '../src/generators/professional-network.js';
import { readEdgeList } from '../src/node.js';
import { distancesFrom } from '../src/paths/distances-from.js';
import { createBfs } from '../src/traversal/bfs.js';
import { BFS_KERNEL } from '../src/traversal/wasm/bfs-kernel.js';
import { bindKernel } from '../src/wasm/kernel-spec.js';
import { instantiateKernel } from '../src/wasm/kernel.js';
import { SHARED, loadNote, table, writeResults } from './lib.js';

/** Median CPU seconds of `runs` calls of `fn` after one untimed call. */
function cpuMedian(fn: () => unknown, runs = 7): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1e6);
  }
  return times.sort((a, b) => a - b)[times.length >> 1]!;
}
const us = (seconds: number): string => `${(seconds * 1e6).toFixed(1)} µs`;

const rows: (string | number)[][] = [];
const data: Record<string, unknown> = {};
const graphs: [string, Csr][] = [
  [
    SHARED ? 'ca-GrQc' : 'BA 5,000 × 3',
    SHARED
      ? await readEdgeList(`${SHARED}/data/ca-GrQc/CA-GrQc.txt`)
      : barabasiAlbert({ people: 5000, attach: 3, output: 'csr' }),
  ],
  ['2,000-people layer', professionalNetwork({ people: 2000, output: 'csr', strangers: 20 }).connections],
];

// 1. One BFS per source, WebAssembly engine against JavaScript engine, the same sources.
const bfsRatios: number[] = [];
for (const [name, csr] of graphs) {
  const adj = adjacency(csr, 'outbound');
  const wasm = createBfs(adj, { kernel: 'wasm' });
  const js = createBfs(adj, { kernel: 'js' });
  const sources = Math.min(csr.order, 1000);
  const all = (engine: typeof wasm) => () => {
    for (let s = 0; s < sources; s++) engine.run(s);
  };
  const w = cpuMedian(all(wasm), 5) / sources;
  const j = cpuMedian(all(js), 5) / sources;
  bfsRatios.push(w / j);
  rows.push([
    `BFS per source, ${name} (${csr.order.toLocaleString('en')} nodes, ${csr.size.toLocaleString('en')} edges), ${sources} sources`,
    us(w),
    `${us(j)} JavaScript engine`,
    `${(w / j).toFixed(2)}×`,
  ]);
  data[name] = { order: csr.order, size: csr.size, wasmBfs: w, jsBfs: j, ratio: w / j };
  const created = cpuMedian(() => createBfs(adj, { kernel: 'wasm' }), 9);
  const createdJs = cpuMedian(() => createBfs(adj, { kernel: 'js' }), 9);
  rows.push([
    `createBfs on ${name}`,
    us(created),
    `${us(createdJs)} JavaScript engine`,
    `${(created / createdJs).toFixed(2)}×`,
  ]);
  Object.assign(data[name] as object, { createWasm: created, createJs: createdJs });
}
data.bfsRatio = Math.max(...bfsRatios);

// 2. distancesFrom per call on the 2,000-people layer (the strategies bench's 32-BFS row, per call).
const [, layer] = graphs[1]!;
const keys = Array.from({ length: 256 }, (_, i) => layer.keys.key((i * 7919) % layer.order));
const perCall =
  cpuMedian(() => {
    for (const k of keys) distancesFrom(layer, k);
  }, 5) / keys.length;
rows.push(['distancesFrom per call, 2,000-people layer (a Map of everyone reached)', us(perCall), '—', '—']);
data.distancesFrom = perCall;

// 3. One kernel call with no work (markBits over an empty range): through the table, bound once
// with `with` and three arguments by name per call, against the raw export called positionally.
const memory = new WebAssembly.Memory({ initial: 1, maximum: 1 });
const bound = bindKernel(BFS_KERNEL, memory, false)!;
const raw = instantiateKernel<{ markBits: (...a: number[]) => number }>(BFS_KERNEL.plain, memory)!;
const CALLS = 200_000;
const markBits = bound.markBits.with({ words: 0, queue: 64 });
const viaTable =
  cpuMedian(() => {
    for (let i = 0; i < CALLS; i++) markBits({ bits: 1024, from: 0, to: 0 });
  }, 5) / CALLS;
const direct =
  cpuMedian(() => {
    for (let i = 0; i < CALLS; i++) raw.markBits(1024, 0, 64, 0, 0);
  }, 5) / CALLS;
rows.push([
  'one kernel call, no work: bound by the table (`with`, 3 arguments by name)',
  `${(viaTable * 1e9).toFixed(0)} ns`,
  `${(direct * 1e9).toFixed(0)} ns raw export, positional`,
  `${(viaTable / direct).toFixed(2)}×`,
]);
data.callOverheadNs = (viaTable - direct) * 1e9;

writeResults(
  'calls',
  'Per-call costs on small graphs',
  `${table(['work', 'handshakes', 'baseline', 'ratio'], rows)}\n\n` +
    `CPU time (user + system), medians; each BFS engine created once, sources 0 … k − 1. The WebAssembly BFS must not cost more than the JavaScript one on small graphs (bench/targets.ts, issue 18: a literal spreading an object per kernel call made it 1.4–1.6×). A call through the table costs ${(data.callOverheadNs as number).toFixed(0)} ns more than the raw export. ${loadNote()}`,
  data,
);
