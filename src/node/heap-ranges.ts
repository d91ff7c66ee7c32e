// The worker-parallel edge-list reader's endpoints in one shared WebAssembly heap, where the
// index is then built (as the single-thread reader's, edge-list-parser.ts): the first lines'
// edges, then a block per range sized from a sample of its lines, which its worker fills in
// place (parse-file-range.ts). Joined by moving each range left over the unused end of the one
// before (a memmove, no copy through messages); a range that outgrew its block (sample too
// optimistic) came back in ordinary arrays and is copied in. Invariant: blocks in file order.

import { buildCsr } from '../csr/from-edges.js';
import { HEAP_MIN_ENTRIES, heapAllocator, indexStorage } from '../csr/index-memory.js';
import type { Csr } from '../csr/csr.js';
import type { EdgeListOptions, EdgeListReport } from '../io/edge-list.js';
import { integerIds } from '../io/edge-list-keys.js';
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

/**
 * The index from the ranges parsed into `layout` (their counts merged into `report` already):
 * endpoints joined in file order, ids made dense, the index built in the heap as the
 * single-thread reader builds it.
 *
 * @remarks Time O(n + m); moves at most the endpoints of every range but the first.
 */
export function buildFromHeap(
  layout: HeapLayout,
  parsed: readonly ParsedRange[],
  report: EdgeListReport,
  options: EdgeListOptions,
): Csr {
  const { heap, places } = layout;
  for (const p of [...places].reverse()) heap.free(p.scratch[0]); // from the top: it goes back down
  const edges = layout.head + parsed.reduce((sum, p) => sum + p.range.edges, 0);
  let src = layout.sources;
  let dst = layout.targets;
  if (parsed.every((p) => p.placed)) {
    const s = heap.int32(src, layout.capacity);
    const t = heap.int32(dst, layout.capacity);
    let at = layout.head;
    parsed.forEach(({ range }, k) => {
      const from = (places[k]!.sources - src) >>> 2;
      if (from !== at) {
        s.copyWithin(at, from, from + range.edges);
        t.copyWithin(at, from, from + range.edges);
      }
      at += range.edges;
    });
  } else {
    src = heap.alloc(4 * edges) ?? 0;
    dst = heap.alloc(4 * edges) ?? 0;
    if (src === 0 || dst === 0) throw new RangeError('handshakes/readEdgeList: the edges pass 4 GiB');
    const s = heap.int32(src, edges);
    const t = heap.int32(dst, edges);
    s.set(heap.int32(layout.sources, layout.head));
    t.set(heap.int32(layout.targets, layout.head));
    let at = layout.head;
    parsed.forEach(({ range, placed }, k) => {
      const n = range.edges;
      s.set(placed ? heap.int32(places[k]!.sources, n) : range.sources.subarray(0, n), at);
      t.set(placed ? heap.int32(places[k]!.targets, n) : range.targets.subarray(0, n), at);
      at += n;
    });
    heap.free(layout.sources);
    heap.free(layout.targets);
  }
  heap.shrink(src, 4 * edges);
  heap.shrink(dst, 4 * edges);
  const sources = heap.int32(src, edges);
  const targets = heap.int32(dst, edges);
  const keys = integerIds(sources, targets);
  report.keyMode = keys.integer ? 'integer' : 'sorted-integer';
  const directed = options.directed ?? false;
  const memory = options.memory ?? 'auto';
  // Where the single-thread reader puts the index: the heap the endpoints are in, for a large one.
  const storage =
    memory === 'wasm' || 2 * edges >= HEAP_MIN_ENTRIES
      ? heapAllocator(heap)
      : indexStorage(memory, keys.size, 2 * edges, directed ? 2 : 1, options.shared ?? false);
  const csr = buildCsr({ sources, targets }, keys, { directed, simplify: options.simplify ?? true }, storage);
  heap.free(src);
  heap.free(dst);
  report.selfLoops = csr.dropped.selfLoops;
  report.duplicates = csr.dropped.duplicates;
  return csr;
}
