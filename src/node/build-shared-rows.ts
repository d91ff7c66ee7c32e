// An undirected index built in a shared WebAssembly heap by several threads (the worker-parallel
// edge-list reader's, heap-ranges.ts): each counts the entries per row of a share of the edges;
// the counts summed here give the rows' bounds and a split of the rows into ranges of about as
// many entries (cut at n/2, a BA graph's first half held most); each thread then places its
// range's entries from every edge and drops repeats (csr/wasm/heap-row-share.ts); the gaps
// repeats left between ranges are closed here. Same rows, byte for byte, as the one-thread build.

import type { Csr } from '../csr/csr.js';
import type { NodeKeys } from '../csr/node-keys.js';
import type { EdgeParts, HeapShareResult, HeapShareStep } from '../csr/wasm/heap-row-share.js';
import type { EndpointParts } from '../io/edge-list-keys.js';
import type { WasmHeap } from '../wasm/wasm-heap.js';

/** Runs one step per thread (the reader's pool), answers in order. */
export type ShareSteps = (steps: HeapShareStep[]) => Promise<(HeapShareResult | null)[]>;

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

/**
 * The undirected index of `endpoints` (dense ids, in parts) built by `threads` threads in `heap`.
 *
 * @param steps - runs step k on thread k (the reader's pool).
 * @returns the index, or `null` when the heap is full or a thread's kernel is refused (nothing is kept).
 * @remarks Time O(m + n + entries / threads) per thread, O(n · threads) here; memory the index,
 * plus 4n bytes of counts and n/8 of bitmap per thread while building.
 * @example
 * // heap-ranges.ts: buildSharedRows(heap, parts, keys, true, 2, pool.steps)
 */
export async function buildSharedRows(
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
