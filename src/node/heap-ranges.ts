// The worker-parallel edge-list reader's endpoints in one shared WebAssembly heap, where the
// index is then built (as the single-thread reader's, edge-list-parser.ts): the first lines'
// edges, then a block per range sized from a sample of its lines, which its worker fills in
// place (parse-file-range.ts). Joined by moving each range left over the unused end of the one
// before (a memmove, no copy through messages); a range that outgrew its block (sample too
// optimistic) came back in ordinary arrays and is copied in. Invariant: blocks in file order.

import { buildCsr } from '../csr/from-edges.js';
import { HEAP_MIN_ENTRIES, heapAllocator, indexStorage } from '../csr/index-memory.js';
import type { Csr } from '../csr/csr.js';
import type { NodeKeys } from '../csr/node-keys.js';
import type { EdgeParts, HeapShareResult, HeapShareStep } from '../csr/wasm/heap-row-share.js';
import type { EdgeListOptions, EdgeListReport } from '../io/edge-list.js';
import { type EndpointParts, integerIdsOf } from '../io/edge-list-keys.js';
import { heapMaxEdges } from '../io/edge-list-parser.js';
import type { EdgeListRange } from '../io/edge-list-range.js';
import { createWasmHeap, type WasmHeap } from '../wasm/wasm-heap.js';
import type { ParsedRange, RangePlace } from './parse-file-range.js';

/** Bytes of each range's scratch: its 4 MiB read window, and the kernel's windows should it need them. */
const SCRATCH = 4 * (1 << 22) + 1024;
/** Entries a block holds beyond its estimate: the kernel reserves a line per 4 bytes of a 4 MiB window. */
const SLACK = (1 << 20) + 1024;

/** The heap and the endpoint blocks of a parallel read. */
export interface HeapLayout {
  /** The heap the endpoints, then the index, live in. */
  heap: WasmHeap;
  /** Each range's place, in file order. */
  places: RangePlace[];
  /** Addresses of the two endpoint blocks (head, then every range's block). */
  sources: number;
  targets: number;
  /** Entries in each endpoint block. */
  capacity: number;
  /** The first lines' edges (at the front of the blocks). */
  head: number;
}

/**
 * Reserves the endpoint blocks: the head's edges, then `lines[k]` (an estimate of range k's
 * lines) plus slack per range. `null` without a heap, or when the estimate passes what the build
 * in a heap takes (the reader then goes on with ordinary arrays).
 *
 * @remarks Time O(head edges); the blocks are reserved, their pages touched only when written.
 */
export function planHeap(head: EdgeListRange, lines: readonly number[]): HeapLayout | null {
  const caps = lines.map((l) => Math.ceil(l * 1.15) + SLACK);
  const capacity = head.edges + caps.reduce((a, b) => a + b, 0);
  if (capacity - SLACK * caps.length > heapMaxEdges()) return null;
  const heap = createWasmHeap(0);
  if (heap === null) return null;
  const sources = heap.alloc(4 * capacity);
  const targets = heap.alloc(4 * capacity);
  const scratch = caps.map(() => heap.alloc(SCRATCH));
  if (sources === null || targets === null || scratch.includes(null)) return null;
  heap.int32(sources, head.edges).set(head.sources);
  heap.int32(targets, head.edges).set(head.targets);
  let at = head.edges;
  const places = caps.map((cap, k): RangePlace => {
    const place = {
      memory: heap.memory,
      scratch: [scratch[k]!, SCRATCH] as [number, number],
      sources: sources + 4 * at,
      targets: targets + 4 * at,
      capacity: cap,
    };
    at += cap;
    return place;
  });
  return { heap, places, sources, targets, capacity, head: head.edges };
}

/** Runs one step per thread (the reader's workers), answers in order. */
export type ShareSteps = (steps: HeapShareStep[]) => Promise<(HeapShareResult | null)[]>;

/**
 * The index from the ranges parsed into `layout` (their counts merged into `report` already):
 * ids made dense and the index built in the heap where the single-thread reader builds it.
 * Undirected, the threads of `steps` build a range of rows each, reading every range's endpoints
 * where its worker left them; directed (or where the kernel is refused), the endpoints are closed
 * up and this thread builds the index alone.
 *
 * @remarks Time O(n + m); moves endpoints only to close up (directed) or copy a range that
 * outgrew its block.
 */
export async function buildFromHeap(
  layout: HeapLayout,
  parsed: readonly ParsedRange[],
  report: EdgeListReport,
  options: EdgeListOptions,
  steps: ShareSteps,
): Promise<Csr> {
  const { heap } = layout;
  for (const p of [...layout.places].reverse()) heap.free(p.scratch[0]); // from the top: it goes back down
  const blocks = [layout.sources, layout.targets];
  const parts = endpointParts(layout, parsed, blocks);
  let edges = 0;
  for (const p of parts) edges += p.sources.length;
  const keys = integerIdsOf(parts);
  report.keyMode = keys.integer ? 'integer' : 'sorted-integer';
  const directed = options.directed ?? false;
  const simplify = options.simplify ?? true;
  const memory = options.memory ?? 'auto';
  // Where the single-thread reader puts the index: the heap the endpoints are in, for a large one.
  const storage =
    memory === 'wasm' || 2 * edges >= HEAP_MIN_ENTRIES
      ? heapAllocator(heap)
      : indexStorage(memory, keys.size, 2 * edges, directed ? 2 : 1, options.shared ?? false);
  let csr: Csr | null = null;
  if (!directed && typeof storage === 'object')
    csr = await buildShared(heap, parts, keys, simplify, Math.max(1, parsed.length), steps);
  if (csr === null) csr = buildCsr(closeUp(layout, parts), keys, { directed, simplify }, storage);
  for (const at of blocks) heap.free(at);
  report.selfLoops = csr.dropped.selfLoops;
  report.duplicates = csr.dropped.duplicates;
  return csr;
}

// The endpoints in file order: where the workers left them, or (a range outgrew its block and
// came back in ordinary arrays) copied into new blocks of the heap, listed in `blocks`.
function endpointParts(layout: HeapLayout, parsed: readonly ParsedRange[], blocks: number[]): EndpointParts {
  const { heap, places } = layout;
  const head = { sources: heap.int32(layout.sources, layout.head), targets: heap.int32(layout.targets, layout.head) };
  const ranges = parsed.map(({ range, placed }, k) =>
    placed
      ? { sources: heap.int32(places[k]!.sources, range.edges), targets: heap.int32(places[k]!.targets, range.edges) }
      : { sources: range.sources.subarray(0, range.edges), targets: range.targets.subarray(0, range.edges) },
  );
  if (parsed.every((p) => p.placed)) return [head, ...ranges];
  let edges = head.sources.length;
  for (const r of ranges) edges += r.sources.length;
  const src = heap.alloc(4 * edges);
  const dst = heap.alloc(4 * edges);
  if (src === null || dst === null) throw new RangeError('handshakes/readEdgeList: the edges pass 4 GiB');
  blocks.push(src, dst);
  const sources = heap.int32(src, edges);
  const targets = heap.int32(dst, edges);
  let at = 0;
  for (const part of [head, ...ranges]) {
    sources.set(part.sources, at);
    targets.set(part.targets, at);
    at += part.sources.length;
  }
  return [{ sources, targets }];
}

// The parts as one pair of arrays: each moved left over the unused end of the block before it
// (parts in the layout's blocks, in address order), or the one part there is.
function closeUp(layout: HeapLayout, parts: EndpointParts): { sources: Int32Array; targets: Int32Array } {
  if (parts.length === 1) return parts[0]!;
  const { heap } = layout;
  const s = heap.int32(layout.sources, layout.capacity);
  const t = heap.int32(layout.targets, layout.capacity);
  let at = 0;
  for (const part of parts) {
    const from = (part.sources.byteOffset - layout.sources) >>> 2;
    const n = part.sources.length;
    if (from !== at) {
      s.copyWithin(at, from, from + n);
      t.copyWithin(at, from, from + n);
    }
    at += n;
  }
  return { sources: s.subarray(0, at), targets: t.subarray(0, at) };
}

// The parts split into `threads` groups of about as many edges (a part cut where a group ends).
function splitEdges(parts: EdgeParts, threads: number): EdgeParts[] {
  let m = 0;
  for (const [k] of parts) m += k;
  const groups: [number, number, number][][] = Array.from({ length: threads }, () => []);
  let g = 0;
  let room = Math.ceil(m / threads);
  for (let [k, src, dst] of parts) {
    while (k > 0) {
      const take = Math.min(k, room);
      if (take > 0) groups[g]!.push([take, src, dst]);
      k -= take;
      src += 4 * take;
      dst += 4 * take;
      room -= take;
      if (room === 0 && g + 1 < threads) {
        g++;
        room = Math.ceil(m / threads);
      }
    }
  }
  return groups;
}

// The undirected index built by `threads` threads in `heap`: each counts the entries per row of a
// share of the edges; the counts summed here give the rows' bounds and a split of the rows into
// ranges of about as many entries; each thread then places its range's entries (from every edge)
// and drops repeats; the gaps repeats left between ranges are closed here. `null` when the heap
// is full or a thread's kernel is refused (nothing is kept).
async function buildShared(
  heap: WasmHeap,
  endpoints: EndpointParts,
  keys: NodeKeys,
  simplify: boolean,
  threads: number,
  steps: ShareSteps,
): Promise<Csr | null> {
  const n = keys.size;
  const parts: EdgeParts = endpoints
    .filter((p) => p.sources.length > 0)
    .map((p) => [p.sources.length, p.sources.byteOffset, p.targets.byteOffset] as const);
  const held: number[] = [];
  const take = (bytes: number): number => {
    const at = heap.alloc(bytes);
    if (at !== null) held.push(at);
    return at ?? 0;
  };
  const release = (): void => {
    for (const at of held.splice(0).reverse()) heap.free(at);
  };
  const offsets = take(4 * (n + 1));
  const scratch = Array.from({ length: threads }, () => ({
    counts: take(4 * Math.max(n, 1)),
    bits: take(4 * ((n + 31) >>> 5)),
    st: take(16),
  }));
  if (held.length !== 1 + 3 * threads) {
    release();
    return null;
  }
  const memory = heap.memory;
  const counted = await steps(
    splitEdges(parts, threads).map((group, k) => ({
      step: 'count',
      memory,
      parts: group,
      n,
      simplify,
      counts: scratch[k]!.counts,
      st: scratch[k]!.st,
    })),
  );
  if (counted.includes(null)) {
    release();
    return null;
  }
  // The rows' bounds, and the rows cut where the entries before reach k/threads of them.
  const rows = heap.int32(offsets, n + 1);
  const counts = scratch.map((s) => heap.int32(s.counts, n));
  let total = 0;
  const bounds = [0];
  for (let u = 0; u < n; u++) {
    rows[u] = total;
    for (const c of counts) total += c[u]!;
  }
  rows[n] = total;
  for (let k = 1, u = 0; k < threads; k++) {
    while (u < n && rows[u]! * threads < k * total) u++;
    bounds.push(u);
  }
  bounds.push(n);
  const bases = bounds.map((u) => rows[u]!);
  const entries = heap.alloc(4 * Math.max(total, 1));
  if (entries === null) {
    release();
    return null;
  }
  // Each range's cursors, in its thread's counts (no longer needed).
  bounds.slice(0, -1).forEach((lo, k) => counts[k]!.set(rows.subarray(lo, bounds[k + 1]!)));
  const placed = await steps(
    bounds.slice(0, -1).map((lo, k) => ({
      step: 'place',
      memory,
      parts,
      lo,
      hi: bounds[k + 1]!,
      simplify,
      cursor: scratch[k]!.counts,
      offsets,
      entries,
      base: bases[k]!,
      end: bases[k + 1]!,
      bits: scratch[k]!.bits,
    })),
  );
  // Close the gaps the repeated entries left between ranges (compacting left, rows moved down).
  const row = heap.int32(entries, Math.max(total, 1));
  let at = 0;
  for (let k = 0; k < threads; k++) {
    const base = bases[k]!;
    const end = placed[k]!.value;
    const gap = base - at;
    if (gap > 0) {
      row.copyWithin(at, base, end);
      for (let r = bounds[k]!; r < bounds[k + 1]!; r++) rows[r]! -= gap;
    }
    at += end - base;
  }
  rows[n] = at;
  held.shift(); // the offsets stay
  release();
  heap.shrink(entries, 4 * at);
  const targets = heap.int32(entries, at);
  let selfLoops = 0;
  for (const c of counted) selfLoops += c!.selfLoops;
  return Object.freeze({
    kind: 'csr',
    directed: false,
    order: n,
    size: at / 2,
    offsets: rows,
    targets,
    inOffsets: rows,
    inTargets: targets,
    keys,
    dropped: Object.freeze({ selfLoops, duplicates: (total - at) / 2 }),
  });
}
