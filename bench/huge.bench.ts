// Past one 4 GiB WebAssembly memory: which large-graph path is fastest, and a 10⁸-node / 10⁹-edge
// G(n, p) generated in-process straight into the index (bench/huge-graph.ts) with BFS,
// reachByDegree and HyperBall separation, each step's wall and CPU time and the peak RSS.
// The comparison forces a graph that fits through the large path (internal limit lowered) beside
// the normal one, same results checked: JavaScript BFS kernels; HyperBall counters in WebAssembly
// with the rows streamed through a window, against the JavaScript HyperBall kernels.
// Quick: comparison on 2·10⁵ nodes / 10⁶ edges. --full: comparison on 10⁶ / 10⁷, then the big graph
// (HUGE_NODES, HUGE_EDGES override 10⁸ / 10⁹, HUGE_NODES=0 skips it; HUGE_COMPARE=0 skips the comparison; HUGE_FORCE=1
// takes the large path at sizes that would fit).

import { adjacency, createBfs, distancesFrom, reachByDegree, separation, type Csr } from '../src/index.js';
import { setWasmMemoryLimit } from '../src/wasm/memory-limit.js';
import { checkIndex, gnpIndex } from './huge-graph.js';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FULL, OUT, fmtTime, loadNote, machine, peakRssMb, table, writeResults } from './lib.js';

const PARTIAL = join(OUT, 'huge.partial.md');
const LOG2M = 4; // 2·16 bytes of counters per node: 3.2 GB at 10⁸ nodes, the most one memory holds
const rssNow = (): number => process.memoryUsage().rss / 2 ** 20;
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

interface Timed<T> {
  value: T;
  seconds: number;
  cpuSeconds: number;
}
function timed<T>(fn: () => T): Timed<T> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const value = fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { value, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
const min = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const spread = (xs: number[]): string => `${fmtTime(min(xs))} / ${fmtTime(median(xs))} / ${fmtTime(Math.max(...xs))}`;

/** Sources: nodes spread over the id range (G(n, p) ids carry no structure). */
const sources = (csr: Csr, k: number): number[] =>
  Array.from({ length: k }, (_, i) => Math.floor(((i + 0.5) * csr.order) / k));

function compare(n: number, m: number, runs: number) {
  const { csr } = gnpIndex(n, m, 7);
  const bad = n <= 2e5 ? checkIndex(csr) : null;
  if (bad) throw new Error(`generated index invalid: ${bad}`);
  const rows: (string | number)[][] = [];
  const ratios: Record<string, number> = {};
  // BFS: WebAssembly kernels on a copy (normal) against the JavaScript kernels (large path).
  const wasm = createBfs(adjacency(csr));
  const js = createBfs(adjacency(csr), { kernel: 'js' });
  const bfsTimes = { wasm: [] as number[], js: [] as number[] };
  for (const s of sources(csr, runs)) {
    for (const [name, engine] of [
      ['wasm', wasm],
      ['js', js],
    ] as const) {
      bfsTimes[name].push(timed(() => engine.run(s)).seconds);
    }
    if (wasm.count !== js.count) throw new Error('BFS kernels disagree');
  }
  ratios.bfs = min(bfsTimes.js) / min(bfsTimes.wasm);
  rows.push(['BFS', 'WebAssembly, adjacency copied (normal)', spread(bfsTimes.wasm), '1.00×']);
  rows.push([
    'BFS',
    'JavaScript kernels over the index (large path)',
    spread(bfsTimes.js),
    `${ratios.bfs.toFixed(2)}×`,
  ]);
  // HyperBall separation: copy (normal), window (large path), JavaScript kernels (the alternative).
  // Run in pairs, the order alternating (copy, window; window, copy; …) so a drift in the load
  // falls on both alike; the ratio is the median of the pairs' CPU-time ratios: each run is
  // single-threaded, and CPU time is what a busy machine disturbs least (wall times of the same
  // run varied 2× under a load of 11–13, which made min / min read 1.81× on a 0.9× path).
  const options = { method: 'hyperball', log2m: LOG2M, seed: 1 } as const;
  const hb = { copy: [] as Timed<unknown>[], window: [] as Timed<unknown>[], js: [] as Timed<unknown>[] };
  const reference = JSON.stringify(separation(csr, options).distribution); // also the warm-up
  // Below the copy's size, above the window's (16 MiB of rows, sums, tables): the rows stream through it.
  const windowLimit = 2 * n * (1 << LOG2M) + 3 * n + (20 << 20);
  const runPath = (path: 'copy' | 'window' | 'js'): void => {
    const previous = path === 'copy' ? null : setWasmMemoryLimit(path === 'js' ? 0 : windowLimit);
    const t = timed(() => separation(csr, options));
    if (previous !== null) setWasmMemoryLimit(previous);
    if (JSON.stringify(t.value.distribution) !== reference) throw new Error(`HyperBall (${path}) disagrees`);
    hb[path].push(t);
  };
  for (let r = 0; r < runs; r++)
    for (const path of r % 2 === 0 ? (['copy', 'window'] as const) : (['window', 'copy'] as const)) runPath(path);
  runPath('js');
  const cpuRatios = hb.window.map((w, i) => w.cpuSeconds / hb.copy[i]!.cpuSeconds);
  ratios.hyperballWindow = median(cpuRatios);
  ratios.hyperballWindowWall = min(hb.window.map((t) => t.seconds)) / min(hb.copy.map((t) => t.seconds));
  ratios.hyperballJs = hb.js[0]!.cpuSeconds / median(hb.copy.map((t) => t.cpuSeconds));
  const wall = (ts: Timed<unknown>[]): string => spread(ts.map((t) => t.seconds));
  const cpu = (ts: Timed<unknown>[]): string => spread(ts.map((t) => t.cpuSeconds));
  rows.push([
    'HyperBall separation',
    'WebAssembly, adjacency copied (normal)',
    `${wall(hb.copy)} (CPU ${cpu(hb.copy)})`,
    '1.00×',
  ]);
  rows.push([
    'HyperBall separation',
    'WebAssembly counters, rows through a 16 MiB window (large path)',
    `${wall(hb.window)} (CPU ${cpu(hb.window)})`,
    `${ratios.hyperballWindow.toFixed(2)}× CPU (pairs: ${cpuRatios.map((x) => x.toFixed(2)).join(', ')}); ${ratios.hyperballWindowWall.toFixed(2)}× wall min / min`,
  ]);
  rows.push([
    'HyperBall separation',
    'JavaScript kernels (one run)',
    `${wall(hb.js)} (CPU ${cpu(hb.js)})`,
    `${ratios.hyperballJs.toFixed(2)}× CPU`,
  ]);
  const text = `G(n, p), ${n.toLocaleString('en')} nodes, ${csr.size.toLocaleString('en')} edges, generated in-process; BFS from ${runs} sources, HyperBall separation (log2m ${LOG2M}) ${runs} times on each WebAssembly path, in pairs of alternating order, after one warm-up (JavaScript once); min / median / max; BFS ratio = min / min wall time of the normal path, HyperBall ratio = median of the pairs' CPU-time ratios (single-threaded runs); results checked equal.\n\n${table(['what', 'path', 'min / median / max', '× normal'], rows)}`;
  return { text, ratios };
}

/** Writes the steps so far to bench/results/huge.partial.md (removed once the run completes). */
function flush(steps: (string | number)[][]): void {
  writeFileSync(
    PARTIAL,
    `_${machine()}, unfinished run_\n\n${loadNote()}\n\n${table(['step', 'wall time', 'CPU time', 'peak RSS', 'note'], steps)}\n`,
  );
}

function huge(n: number, m: number) {
  const steps: (string | number)[][] = [];
  const record = <T>(name: string, fn: () => T, note: (v: T) => string = () => ''): T => {
    const t = timed(fn);
    steps.push([name, fmtTime(t.seconds), fmtTime(t.cpuSeconds), `${peakRssMb().toFixed(0)} MB`, note(t.value)]);
    flush(steps); // a run stopped midway still leaves the steps it finished
    console.error(
      `${name}: ${fmtTime(t.seconds)} (CPU ${fmtTime(t.cpuSeconds)}), peak RSS ${peakRssMb().toFixed(0)} MB, RSS now ${rssNow().toFixed(0)} MB; ${note(t.value)}`,
    );
    return t.value;
  };
  // HUGE_FORCE=1: take the large-graph path on a graph that would fit (development sizes).
  if (process.env.HUGE_FORCE === '1') setWasmMemoryLimit(2 * n * (1 << LOG2M) + 3 * n + (20 << 20));
  const { csr } = record(
    'generate G(n, p) into the index',
    () => gnpIndex(n, m, 42),
    (g) =>
      `${g.csr.size.toLocaleString('en')} edges; counting pass ${fmtTime(g.passes[0]!)}, writing pass ${fmtTime(g.passes[1]!)}`,
  );
  gc();
  const indexBytes = csr.offsets.byteLength + csr.targets.byteLength;
  steps.push([
    'index size',
    '',
    '',
    `${rssNow().toFixed(0)} MB (RSS now)`,
    `${(indexBytes / 2 ** 30).toFixed(2)} GiB = ${(indexBytes / csr.size).toFixed(2)} bytes per undirected edge`,
  ]);
  const bfs = record(
    'createBfs (engine; picks its kernels)',
    () => createBfs(adjacency(csr)),
    (e) => `kernel: ${e.kernel}`,
  );
  // Exact mean distance from the BFS sources: a check on HyperBall's estimate below.
  let pairs = 0;
  let hops = 0;
  for (const s of sources(csr, 3))
    record(
      `BFS from ${s}`,
      () => (bfs.run(s), bfs.count),
      (c) => {
        const ends = bfs.levelEnds;
        for (let d = 1; d < ends.length; d++) {
          pairs += ends[d]! - ends[d - 1]!;
          hops += d * (ends[d]! - ends[d - 1]!);
        }
        return `${c.toLocaleString('en')} reached, ${ends.length - 1} levels`;
      },
    );
  const s0 = String(sources(csr, 3)[0]);
  record(
    'reachByDegree, maxDegree 2 (no engine)',
    () => reachByDegree(csr, s0, { maxDegree: 2 }),
    (r) => `byDegree [${r.byDegree.join(',')}]`,
  );
  record(
    'reachByDegree, first call (creates the cached engine)',
    () => reachByDegree(csr, s0),
    (r) => `byDegree [${r.byDegree.join(',')}]`,
  );
  record(
    'distancesFrom, maxDistance 2 (a Map)',
    () => distancesFrom(csr, s0, { maxDistance: 2 }),
    (d) => `${d.size.toLocaleString('en')} people`,
  );
  record(
    `separation, HyperBall log2m ${LOG2M}`,
    () => separation(csr, { method: 'hyperball', log2m: LOG2M, seed: 1 }),
    (r) =>
      `mean distance ${r.meanDistance.toFixed(3)} (exact from the 3 BFS sources: ${(hops / pairs).toFixed(3)}), effective diameter ${r.effectiveDiameter.toFixed(2)}, distribution [${Array.from(
        r.distribution,
        (x) => x.toExponential(2),
      ).join(', ')}]`,
  );
  return {
    text: `One process: G(n, p) with ${n.toLocaleString('en')} nodes and ${csr.size.toLocaleString('en')} undirected edges generated straight into the index (two passes over the pairs, no edge list, no text), then BFS, reachByDegree and HyperBall separation through the automatic large-graph path. Peak RSS is the process's high-water mark after each step (target ≤ 20 GB). ${loadNote()}\n\n${table(['step', 'wall time', 'CPU time', 'peak RSS', 'note'], steps)}`,
    peakRssMb: peakRssMb(),
  };
}

if (process.env.HUGE_COMPARE !== '0') {
  const [n, m] = FULL ? [1e6, 1e7] : [2e5, 1e6];
  const c = compare(n, m, 3);
  writeResults('huge-paths', 'Past 4 GiB: which path is fastest', `${c.text}\n\n${loadNote()}`, c.ratios);
  gc();
}
if (FULL && process.env.HUGE_NODES !== '0') {
  const h = huge(Number(process.env.HUGE_NODES ?? 1e8), Number(process.env.HUGE_EDGES ?? 1e9));
  writeResults('huge', 'Past 4 GiB: the big graph', h.text, { peakRssMb: h.peakRssMb });
  rmSync(PARTIAL, { force: true });
}
