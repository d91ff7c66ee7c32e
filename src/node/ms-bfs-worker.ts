// A worker of ms-bfs-pool.ts. WebAssembly: binds the kernel module its pool compiled (posted) to its
// slot of the posted memory (the index and every slot live there) through the kernel's table; JavaScript (no
// WebAssembly): runs msBfsBatch64 over the index's SharedArrayBuffers, and for each source's counts
// one direction-optimising BFS per source, as the sampling engine does on one thread without
// WebAssembly. Answers { begin, end, perSource } with the histogram of that range of sources and,
// when asked, each source's counts by distance (null: left to the caller). Long graphs: one
// whole-BFS kernel call per source on the worker's BFS slot beside the index (bfs-slot.ts).

import { type BfsEngine, createBfs } from '../traversal/bfs.js';
import { createMsBfsScratch } from '../traversal/ms-bfs.js';
import { msBfsBatch64 } from '../traversal/ms-bfs-64.js';
import { type BfsSlotMemory, bfsSlotRunner } from '../traversal/wasm/bfs-slot.js';
import { type MsBfsMemory, msBfsSlotRunner } from '../traversal/wasm/wasm-ms-bfs.js';
import { serveCalls } from './serve-calls.js';

/** The memory a slot worker of each kind binds its kernel to (the index and every slot live there). */
export interface SlotMemories {
  /** The 128-source kernel's slots. */
  wasm: MsBfsMemory;
  /** The whole-BFS kernel's slots (long graphs). */
  levels: BfsSlotMemory;
}

/** The sources a worker draws its tasks from, and how deep each BFS goes. */
interface SourcesData {
  /** Source ids; a task names a range of them. */
  sources: Int32Array;
  /** Stop each BFS after this many hops. */
  maxDistance: number;
}

/** What the pool posts to a worker on slot `slot` of a shared WebAssembly memory (`mem.block` null). */
export interface SlotWorkerData<K extends keyof SlotMemories> extends SourcesData {
  /** Which kernel the worker binds. */
  kind: K;
  /** The shared memory and its addresses. */
  mem: SlotMemories[K];
  /** The kernel's shared-memory variant, compiled once by the pool (absent: compiled here). */
  module: WebAssembly.Module | undefined;
  /** This worker's slot. */
  slot: number;
}

/** What the pool posts to a WebAssembly worker. */
export type MsBfsWasmWorkerData = SlotWorkerData<'wasm'>;

/** What the pool posts to a worker running one whole BFS per source (long graphs). */
export type LevelsWorkerData = SlotWorkerData<'levels'>;

/** What the pool posts to a JavaScript worker. */
export interface MsBfsJsWorkerData extends SourcesData {
  kind: 'js';
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  inOffsets: Int32Array;
  inTargets: Int32Array;
}

/** A task: sources[begin, end). */
export interface MsBfsTask {
  begin: number;
  end: number;
  perSource: boolean;
}

/** The reply to a task. */
export interface MsBfsTaskResult {
  counts: Float64Array;
  lists: (Float64Array | null)[];
  begin: number;
  done: number;
}

function wasmTasks(d: MsBfsWasmWorkerData): (task: MsBfsTask) => MsBfsTaskResult {
  const runner = msBfsSlotRunner(d.mem, d.slot, d.module);
  if (runner === null) throw new Error('handshakes: the multi-source BFS kernel failed to instantiate in a worker');
  const batch = runner.sources.length;
  return ({ begin, end, perSource }) => {
    let depth = 0;
    const lists: (Float64Array | null)[] = [];
    for (let b = begin; b < end; b += batch) {
      const count = Math.min(batch, end - b);
      runner.sources.set(d.sources.subarray(b, b + count));
      const level = runner.batch(count, d.maxDistance, false, perSource, perSource);
      if (level > depth) depth = level;
      if (perSource) lists.push(...runner.countsByDistance(count, level));
    }
    const counts = runner.hist.slice(0, depth + 1);
    runner.hist.fill(0, 0, depth + 1);
    return { counts, lists, begin, done: end - begin };
  };
}

// One whole-BFS kernel call per source on this worker's slot beside the index: each source's
// counts (index 0: 0) when asked, and their sum.
function levelsTasks(d: LevelsWorkerData): (task: MsBfsTask) => MsBfsTaskResult {
  const levelCounts = bfsSlotRunner(d.mem, d.slot, d.module);
  if (levelCounts === null) throw new Error('handshakes: the BFS kernel failed to instantiate in a worker');
  let hist = new Float64Array(2);
  return ({ begin, end, perSource }) => {
    let depth = 0;
    const lists: Float64Array[] = [];
    for (let i = begin; i < end; i++) {
      const counts = levelCounts(d.sources[i]!, d.maxDistance);
      if (counts.length > hist.length) {
        const grown = new Float64Array(Math.max(counts.length, 2 * hist.length));
        grown.set(hist);
        hist = grown;
      }
      for (let k = 1; k < counts.length; k++) hist[k]! += counts[k]!;
      depth = Math.max(depth, counts.length - 1);
      if (perSource) {
        const list = Float64Array.from(counts);
        list[0] = 0;
        lists.push(list);
      }
    }
    const counts = hist.slice(0, depth + 1);
    hist.fill(0, 0, depth + 1);
    return { counts, lists, begin, done: end - begin };
  };
}

// counts[d] = nodes at distance d from the source (index 0: 0), added to hist as well.
function sourceCounts(bfs: BfsEngine, source: number, maxDistance: number, hist: Float64Array): Float64Array {
  bfs.run(source, maxDistance === Infinity ? {} : { maxDistance });
  const ends = bfs.levelEnds;
  const counts = new Float64Array(ends.length);
  for (let d = 1; d < ends.length; d++) {
    counts[d] = ends[d]! - ends[d - 1]!;
    hist[d]! += counts[d]!;
  }
  return counts;
}

function jsTasks(d: MsBfsJsWorkerData): (task: MsBfsTask) => MsBfsTaskResult {
  let scratch: ReturnType<typeof createMsBfsScratch> | null = null;
  let bfs: BfsEngine | null = null;
  const hist = new Float64Array(d.n + 2);
  const out = { hist, ecc: null, reached: null, sums: null };
  return ({ begin, end, perSource }) => {
    let depth = 0;
    if (perSource) {
      bfs ??= createBfs(
        { order: d.n, offsets: d.offsets, targets: d.targets, inOffsets: d.inOffsets, inTargets: d.inTargets },
        { kernel: 'js' },
      );
      const lists: Float64Array[] = [];
      for (let i = begin; i < end; i++) {
        const counts = sourceCounts(bfs, d.sources[i]!, d.maxDistance, hist);
        depth = Math.max(depth, counts.length - 1);
        lists.push(counts);
      }
      const counts = hist.slice(0, depth + 1);
      hist.fill(0, 0, depth + 1);
      return { counts, lists, begin, done: end - begin };
    }
    scratch ??= createMsBfsScratch(d.n, 2);
    for (let b = begin; b < end; b += 64) {
      const count = Math.min(64, end - b);
      const level = msBfsBatch64(
        d.n,
        d.offsets,
        d.targets,
        d.inOffsets,
        d.inTargets,
        d.sources,
        b,
        count,
        scratch,
        out,
        d.maxDistance,
      );
      if (level > depth) depth = level;
    }
    const counts = hist.slice(0, depth + 1);
    hist.fill(0, 0, depth + 1);
    return { counts, lists: [], begin, done: end - begin };
  };
}

/** What the pool posts to a worker at the start of a call. */
export type MsBfsWorkerData = MsBfsWasmWorkerData | MsBfsJsWorkerData | LevelsWorkerData;

serveCalls((data: MsBfsWorkerData) =>
  data.kind === 'wasm' ? wasmTasks(data) : data.kind === 'levels' ? levelsTasks(data) : jsTasks(data),
);
