// Counting sort of edge entries into CSR rows, per-row order = edge order, with the optional
// removal of repeated entries (first one kept). Up to 2^21 rows it counts and places row by row
// (scatter-direct.ts: bounds and cursors stay in cache); more rows go by blocks of 2^shift
// consecutive rows: count entries per block, partition them by block (a few hundred sequential
// write streams), then count, place and de-duplicate each block's rows locally, so no pass sweeps
// an O(n) array at random (10⁸ edges: 16.8 s → 7 s, bench/scale.bench.ts). The blocked build runs
// in WebAssembly where it can (wasm/scatter-kernel.wat), this code elsewhere.

import type { TrustedEdges } from './from-edges.js';
import { scatterDirect } from './scatter-direct.js';
import {
  allocInt32,
  dropRepeats,
  entryStorage,
  exactRows,
  type IndexStorage,
  type ScatteredRows,
} from './scattered-rows.js';
import { wasmScatterRows } from './wasm/wasm-scatter.js';

export type { IndexAllocator, IndexStorage, ScatteredRows } from './scattered-rows.js';
export { allocInt32, dropRepeats } from './scattered-rows.js';

const PARTITION_MIN = 1 << 19; // edges (about 2^20 entries): below, rows go direct whatever n
const MIN_SHIFT = 11;
const MAX_SHIFT = 16; // row-in-block offsets are stored as Uint16
const TARGET_BLOCKS = 1 << 9;
// Past this many edges the JavaScript build runs: the WebAssembly one copies the edges into its
// memory (22 bytes per entry at the peak) and was no faster at 10⁸ edges (23 s, peak RSS 4.3 GB,
// against 19.6 s and 2.8 GB).
const WASM_MAX_EDGES = 1 << 25;
// Up to this many rows, every build counts and places entries row by row (C's way) instead of by
// blocks: bounds and cursors (16 MB) stay in the last-level cache. In the index's heap it took
// readEdgeList from 1.57 to 1.45 s of CPU at 10⁶ rows / 10⁷ edges; elsewhere it spares the blocked
// kernel's fresh 22-byte-per-entry memory and its copies: Barabási–Albert 10⁵ / 10⁶ into a Csr
// 141 → 48 ms of CPU, 10⁶ / 10⁷ 1.46 → 0.89 s (issue 18).
const DIRECT_MAX_ROWS = 1 << 21;

/**
 * Block size (log2 of rows per block) for n rows: at most about 512 blocks, so the partition
 * pass writes few enough streams for the caches and TLB (4,883 blocks of 2,048 rows at 10⁷
 * nodes made it 1.6× slower), and at least 2,048 rows per block.
 */
export function blockShift(n: number): number {
  let shift = MIN_SHIFT;
  while (shift < MAX_SHIFT && n / 2 ** shift > TARGET_BLOCKS) shift++;
  return shift;
}

/**
 * Scatters the entries of `edges` into rows. An edge a→b gives the entry b in row a (a in row b
 * when `reverse`), plus the opposite entry when it is undirected (`!directed`, or flagged in
 * `undirectedEdges`) and not a self-loop. When `simplify`, self-loops are skipped and a repeated
 * entry of a row is dropped (its first occurrence stays).
 *
 * @param shared - where the returned arrays go (`true`: a SharedArrayBuffer; or an allocator).
 * @param shift - rows per block = 2^shift, at most 16 (tests force small blocks); by default the
 * direct count up to 2^21 rows or below 2^19 edges, else `blockShift(n)`.
 * @param kernel - the blocked build runs in WebAssembly (`'auto'`, where available, up to 2^25
 * edges) or in JavaScript (`'js'`); same bytes either way.
 * @remarks Time O(n + m); extra memory 6 bytes per entry while partitioning (large inputs).
 */
export function scatterRows(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shared: IndexStorage,
  shift?: number,
  kernel: 'auto' | 'js' = 'auto',
): ScatteredRows {
  const direct = shift === undefined && n <= DIRECT_MAX_ROWS;
  if (shift === undefined) {
    if (e.sources.length < PARTITION_MIN) return scatterDirect(n, e, directed, reverse, simplify, shared);
    shift = blockShift(n);
  }
  const input = { n, edges: e, directed, reverse, simplify, shift };
  if (kernel === 'auto' && e.sources.length <= WASM_MAX_EDGES && typeof shared === 'object' && shared.scatter) {
    // The edges may already live in the index's heap (the edge-list parser put them there): the
    // kernel then reads them in place and writes the rows where the index stays, without a copy.
    const rows = shared.scatter(input, direct);
    if (rows !== null) return rows;
  }
  if (direct) return scatterDirect(n, e, directed, reverse, simplify, shared);
  if (kernel === 'auto' && e.sources.length <= WASM_MAX_EDGES) {
    const rows = wasmScatterRows(input, allocInt32, shared);
    if (rows !== null) return rows;
  }
  const { sources, targets, undirectedEdges } = e;
  const m = sources.length;
  const blocks = Math.ceil(n / 2 ** shift);
  const mask = (1 << shift) - 1;
  // 1. Entries per block (a few hundred counters: cache-resident).
  const blockStart = new Int32Array(blocks + 1);
  let selfLoops = 0;
  for (let i = 0; i < m; i++) {
    const a = sources[i]!;
    const b = targets[i]!;
    if (a === b) {
      selfLoops++;
      if (simplify) continue;
    }
    const from = reverse ? b : a;
    const to = reverse ? a : b;
    blockStart[(from >>> shift) + 1]!++;
    if (a !== b && (!directed || (undirectedEdges !== undefined && undirectedEdges[i] === 1)))
      blockStart[(to >>> shift) + 1]!++;
  }
  for (let k = 0; k < blocks; k++) blockStart[k + 1]! += blockStart[k]!;
  const total = blockStart[blocks]!;
  // 2. Partition the entries by block, in edge order, with their row within the block.
  const cursor = blockStart.slice(0, blocks);
  const entryOf = new Int32Array(total);
  const rowOf = new Uint16Array(total);
  for (let i = 0; i < m; i++) {
    const a = sources[i]!;
    const b = targets[i]!;
    if (a === b && simplify) continue;
    const from = reverse ? b : a;
    const to = reverse ? a : b;
    let p = cursor[from >>> shift]!++;
    entryOf[p] = to;
    rowOf[p] = from & mask;
    if (a !== b && (!directed || (undirectedEdges !== undefined && undirectedEdges[i] === 1))) {
      p = cursor[to >>> shift]!++;
      entryOf[p] = from;
      rowOf[p] = to & mask;
    }
  }
  // 3. Each block: count its rows, set their bounds, place its entries, drop repeats.
  const offsets = allocInt32(n + 1, shared);
  const entries = allocInt32(total, entryStorage(simplify, shared));
  const write = placeBlocks(blockStart, entryOf, rowOf, shift, offsets, entries, simplify ? n : 0);
  return exactRows(offsets, entries, write, selfLoops, shared);
}

/**
 * Step 3 of the blocked build: each block of 2^shift rows counts its rows, sets their bounds
 * (`offsets[r]`, r from 0 to `offsets.length − 1`), places its entries (`entryOf`, `rowOf`:
 * partitioned by block at `blockStart`) and, when `ids > 0`, drops repeated entries (ids below
 * `ids`), compacting left: `write` never passes the block's start. Sets the last bound.
 *
 * @returns the entries kept.
 * @remarks Time O(rows + entries); scratch 2^shift counters and, de-duplicating, ids / 8 bytes.
 */
export function placeBlocks(
  blockStart: Int32Array,
  entryOf: Int32Array,
  rowOf: Uint16Array,
  shift: number,
  offsets: Int32Array,
  entries: Int32Array,
  ids: number,
): number {
  const n = offsets.length - 1;
  const blocks = blockStart.length - 1;
  const mask = (1 << shift) - 1;
  const local = new Int32Array(mask + 1);
  const bits = ids > 0 ? new Int32Array((ids + 31) >>> 5) : null;
  let write = 0;
  for (let k = 0; k < blocks; k++) {
    const base = k << shift;
    const rows = Math.min(mask + 1, n - base);
    const lo = blockStart[k]!;
    const hi = blockStart[k + 1]!;
    local.fill(0);
    for (let p = lo; p < hi; p++) local[rowOf[p]!]!++;
    let at = lo;
    for (let r = 0; r < rows; r++) {
      const size = local[r]!;
      offsets[base + r] = at;
      local[r] = at;
      at += size;
    }
    for (let p = lo; p < hi; p++) entries[local[rowOf[p]!]!++] = entryOf[p]!;
    write = bits ? dropRepeats(offsets, entries, base, base + rows, hi, write, bits) : hi;
  }
  offsets[n] = write;
  return write;
}
