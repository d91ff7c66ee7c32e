// The worker-parallel edge-list reader's endpoints in one shared WebAssembly heap, where the
// index is then built (as the single-thread reader's, edge-list-parser.ts): the first lines'
// edges, then a block per range sized from a sample of its lines, which its thread fills in place
// (parse-file-range.ts). The threads build an undirected index from the blocks where they are
// (build-shared-rows.ts); a directed one is built here once the blocks are closed up (a memmove).
// A range that outgrew its block came back in ordinary arrays and is copied in. Blocks in file order.

import { buildCsr } from '../csr/from-edges.js';
import { HEAP_MIN_ENTRIES, indexStorage } from '../csr/index-memory.js';
import { heapScatterAllocator } from '../csr/wasm/heap-scatter.js';
import type { Csr } from '../csr/csr.js';
import type { EdgeListOptions, EdgeListReport } from '../io/edge-list.js';
import { type EndpointParts, integerIdsOf } from '../io/edge-list-keys.js';
import { heapMaxEdges } from '../io/edge-list-parser.js';
import type { EdgeListRange } from '../io/edge-list-range.js';
import { createWasmHeap, type WasmHeap } from '../wasm/wasm-heap.js';
import { buildSharedRows, type ShareSteps } from './build-shared-rows.js';
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
      ? heapScatterAllocator(heap)
      : indexStorage(memory, keys.size, 2 * edges, directed ? 2 : 1, options.shared ?? false);
  let csr: Csr | null = null;
  if (!directed && typeof storage === 'object')
    csr = await buildSharedRows(heap, parts, keys, simplify, Math.max(1, parsed.length), steps);
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
