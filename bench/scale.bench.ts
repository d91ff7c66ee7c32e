// Scale: one generated graph end to end in one process — text load, graph file save and reload,
// direction-optimising BFS beside the C reference, reach by degree, bidirectional path queries —
// with the wall and CPU time of each step and the process's peak memory (CPU time shows what a
// busy machine adds to wall time). Quick: 10⁵ nodes / 10⁶ edges; --full: 10⁷ nodes / 10⁸
// undirected edges (needs ~4 GB; not for CI).

import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { adjacency, createBfs, reachByDegree, shortestPath } from '../src/index.js';
import { loadGraph, readEdgeList, saveGraph } from '../src/node.js';
import { median, timedCalls } from './first-and-warm.js';
import { FULL, OUT, cGraph, cReference, fmtTime, loadNote, peakRssMb, table } from './lib.js';
import { writeResults } from './lib.js';

const n = FULL ? 1e7 : 1e5;
/** Figures of the code before the block build (not re-runnable here), for comparison. */
const HISTORY =
  'Before the block build of the index (src/csr/scatter.ts; details in docs/performance.md), this text load took 31.6 s on a quiet machine (load 1.5) and 267 s on a busy one (load 9–19); building the index alone took 19.9 s quiet (counting rows 7.5 s, partition and scatter 9.3 s, duplicates 3.0 s). On the same parsed 10⁸ edges in one process, old against new build: 22.3 s against 12.0 s at load 1.3, 34.3 s against 9.3 s at load 6–7, 130 s against 18 s at load 8–10; identical arrays.';
const m = 10 * n;
const steps: { step: string; seconds: number; cpuSeconds: number | null; peakRssMb: number; note: string }[] = [];
const rssNow = (): number => process.memoryUsage().rss / 2 ** 20;

async function step<T>(name: string, fn: () => T | Promise<T>, note: (r: T) => string = () => ''): Promise<T> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const r = await fn();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  steps.push({ step: name, seconds, cpuSeconds, peakRssMb: peakRssMb(), note: note(r) });
  console.error(
    `${name}: ${fmtTime(seconds)} (CPU ${fmtTime(cpuSeconds)}), peak RSS ${peakRssMb().toFixed(0)} MB, RSS now ${rssNow().toFixed(0)} MB`,
  );
  return r;
}

/** Median wall and CPU time of `calls` calls of `fn`, each timed alone (after the step that ran it first). */
function warmStep(name: string, calls: number, fn: () => unknown): (typeof steps)[number] {
  const { wall, cpu } = timedCalls(fn, calls);
  const s = { step: name, seconds: median(wall), cpuSeconds: median(cpu), peakRssMb: peakRssMb(), note: '' };
  console.error(`${name}: ${fmtTime(s.seconds)} (CPU ${fmtTime(s.cpuSeconds)})`);
  return s;
}

const prefix = await step(
  'generate (C gen-graph; ~0 when cached)',
  () => cGraph('ba', n, m),
  (p) => (p ? `${(statSync(`${p}.txt`).size / 2 ** 30).toFixed(2)} GiB of text` : ''),
);
if (!prefix) throw new Error('the scale bench needs the C generator (../shared/tools)');
const file = join(OUT, `scale_${n}.hsg`);
{
  const text = await step(
    'readEdgeList (text → index)',
    () => readEdgeList(`${prefix}.txt`),
    (c) => `${c.order.toLocaleString('en')} nodes, ${c.size.toLocaleString('en')} edges, ${c.report.keyMode} keys`,
  );
  await step(
    'saveGraph',
    () => saveGraph(text, file),
    () => `${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
  );
}
(globalThis as { gc?: () => void }).gc?.();
const csr = await step('loadGraph (checksum verified)', () => loadGraph(file));
const indexBytes = csr.offsets.byteLength + csr.targets.byteLength;
steps.push({
  step: 'index size',
  seconds: 0,
  cpuSeconds: null,
  peakRssMb: peakRssMb(),
  note: `${(indexBytes / 2 ** 20).toFixed(0)} MiB = ${(indexBytes / csr.size).toFixed(2)} bytes per undirected edge (integer keys: no strings)`,
});

const sources = readFileSync(`${prefix}.src`, 'utf8').trim().split(/\s+/).slice(0, 8);
// The first query after loading: the engine's set-up and its first run (also the warm-up of the
// rows below). loadGraph compiles the kernels and faults in the engine's scratch while it reads
// (issue 19), so part of what this row paid before moved into loadGraph's: compare their sum.
const bfs = await step('first BFS after loadGraph (engine set-up and one run)', () => {
  const engine = createBfs(adjacency(csr));
  engine.run(csr.keys.id(sources[7]!));
  return engine;
});
const times: number[] = [];
const cpuTimes: number[] = [];
for (let r = 0; r < 3; r++) {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  bfs.run(csr.keys.id(sources[r]!));
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  const cpu = process.cpuUsage(cpu0);
  cpuTimes.push((cpu.user + cpu.system) / 1e6);
}
const bfsMedian = [...times].sort((a, b) => a - b)[1]!;
const bfsCpuMedian = [...cpuTimes].sort((a, b) => a - b)[1]!;
const c = cReference(prefix, ['--runs', '3', '--kval', '0', '--k', '1']); // C's 64-source MS-BFS is not used here
steps.push({
  step: 'direction-optimising BFS (median of 3 sources)',
  seconds: bfsMedian,
  cpuSeconds: bfsCpuMedian,
  peakRssMb: peakRssMb(),
  note: `C reference ${fmtTime(c.do_median_s)} (${(bfsMedian / c.do_median_s).toFixed(2)}×), C peak RSS ${Number(c.rss_peak_mb).toFixed(0)} MB`,
});

// Up to degree 2 no BFS engine is needed; the first call beyond builds the index's cached BFS
// engine (O(n) scratch beside the index, in its WebAssembly heap); the next reuses it.
await step(
  'reachByDegree, maxDegree 2 (first call, no engine)',
  () => reachByDegree(csr, sources[0]!, { maxDegree: 2 }),
  (r) => `byDegree ${JSON.stringify(r.byDegree)}`,
);
// Sources differ a lot in cost: compare with the BFS above from the same person (sources[0]).
const alone = `BFS alone from this person: ${fmtTime(times[0]!)} (CPU ${fmtTime(cpuTimes[0]!)})`;
await step(
  'reachByDegree, first call (one person)',
  () => reachByDegree(csr, sources[0]!),
  (r) => `${alone}; byDegree ${JSON.stringify(r.byDegree)}`,
);
await step(
  'reachByDegree, same person again',
  () => reachByDegree(csr, sources[0]!),
  () => `${alone}; cached engine, nothing allocated`,
);
const PAIRS = 20;
let hops = 0;
await step(
  `shortestPath, ${PAIRS} random pairs (bidirectional)`,
  () => {
    for (let i = 0; i < PAIRS; i++)
      hops += shortestPath(csr, sources[i % 8]!, String((i * 7_919_993) % n))?.length ?? 0;
  },
  () => `mean ${(hops / PAIRS - 1).toFixed(2)} hops`,
);
// The single-call rows above are what a user meets, and they also pay compiling the functions they
// run and first touches (no deoptimisation happens in them: --trace-deopt). The same queries warm,
// each call timed alone, show what the query itself costs. Timed last, so the rows above keep
// their place in the process (issue 18 compares them with older trees).
steps.push(
  warmStep('reachByDegree, maxDegree 2 (warm: median of 20 calls)', 20, () =>
    reachByDegree(csr, sources[0]!, { maxDegree: 2 }),
  ),
);
steps.push(warmStep('reachByDegree, same person (warm: median of 5 calls)', 5, () => reachByDegree(csr, sources[0]!)));
rmSync(file);

const md = [
  `One process, BA graph of ${n.toLocaleString('en')} nodes and ${m.toLocaleString('en')} undirected edges from the C generator (seed 42). Peak RSS is the bench process's high-water mark after each step (it includes the text load, whose growable edge arrays and scatter buffers are freed afterwards). CPU time is this process's (user + system): when other jobs share the 2 cores, wall time grows well past it, the memory-bound steps most. ${loadNote()}`,
  ...(FULL ? ['', HISTORY] : []),
  '',
  table(
    ['step', 'wall time', 'CPU time', 'peak RSS', 'note'],
    steps.map((s) => [
      s.step,
      s.seconds ? fmtTime(s.seconds) : '',
      s.cpuSeconds === null ? '' : fmtTime(s.cpuSeconds),
      `${s.peakRssMb.toFixed(0)} MB`,
      s.note,
    ]),
  ),
].join('\n');
writeResults('scale', `Scale: ${n.toLocaleString('en')} nodes, ${m.toLocaleString('en')} edges end to end`, md, {
  n,
  m: csr.size,
  steps,
  indexBytes,
  bfs: { handshakesDoS: bfsMedian, handshakesCpuS: bfsCpuMedian, cDoS: c.do_median_s, cTdS: c.td_median_s },
  peakRssMb: peakRssMb(),
  cPeakRssMb: c.rss_peak_mb,
});
