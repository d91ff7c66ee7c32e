// Per-source distance counts for the sampling engine: counts[i][d] = people at distance d from the
// i-th sampled source, 128 sources per WebAssembly multi-source pass, or one BFS per source (no
// WebAssembly, `kernel: 'js'`, or a batch deeper than the kernel's level record).

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { adjacency } from '../csr/adjacency.js';
import { bfsEngine } from '../traversal/engines.js';
import { createWasmMsBfs } from '../traversal/wasm/wasm-ms-bfs.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { releaseScratch } from '../wasm/wasm-heap.js';

/** counts[i][d] = people at distance d from sources[i], by one BFS for each source whose entry is null (deep batches: one whole-BFS kernel call each). */
export function fillPerSourceCounts(
  csr: Csr,
  mode: Mode,
  sources: Int32Array,
  counts: (ArrayLike<number> | null)[],
  maxDistance: number,
): ArrayLike<number>[] {
  for (let i = 0; i < sources.length; i++)
    if (counts[i] === null) counts[i] = singleSourceCounts(csr, mode, sources[i]!, maxDistance, true);
  return counts as ArrayLike<number>[];
}

// Nodes at each distance from the source (index 0 is not a pair: 0). `whole`: one top-down BFS in
// one kernel call, for long graphs (no cost per level; 4 bytes a level, so a 10⁷-level path keeps
// 40 MB per source); else the direction-optimising BFS, for small worlds without WebAssembly.
function singleSourceCounts(
  csr: Csr,
  mode: Mode,
  source: number,
  maxDistance: number,
  whole: boolean,
): ArrayLike<number> {
  const bfs = bfsEngine(csr, mode);
  if (whole) {
    const { counts } = bfs.levelCounts(source, { maxDistance });
    counts[0] = 0;
    return counts;
  }
  bfs.run(source, maxDistance === Infinity ? {} : { maxDistance });
  const ends = bfs.levelEnds;
  const counts = new Float64Array(ends.length);
  for (let d = 1; d < ends.length; d++) counts[d] = ends[d]! - ends[d - 1]!;
  return counts;
}

// counts[i][d] = people at distance d from sources[i]: 128 sources per multi-source pass, or one
// BFS per source (no WebAssembly, or a batch deeper than the kernel's level record).
export function perSourceCounts(
  csr: Csr,
  mode: Mode,
  sources: Int32Array,
  maxDistance: number,
  kernel: 'auto' | 'js',
  work: LongWorkOptions,
  where: string,
): ArrayLike<number>[] {
  const k = sources.length;
  const out: ArrayLike<number>[] = [];
  const ms = kernel === 'auto' && k > 1 ? createWasmMsBfs(adjacency(csr, mode)) : null;
  try {
    for (let begin = 0; begin < k; ) {
      throwIfAborted(where, work.signal);
      const count = ms === null ? 1 : Math.min(ms.batchSize, k - begin);
      const batch = ms?.perSourceLevels(sources, begin, count, maxDistance) ?? null;
      if (batch !== null) out.push(...batch);
      else
        for (let i = begin; i < begin + count; i++)
          out.push(singleSourceCounts(csr, mode, sources[i]!, maxDistance, kernel === 'js' || ms !== null));
      begin += count;
      if (ms !== null || (begin & 15) === 0 || begin === k)
        work.onProgress?.({ done: begin, total: k, phase: 'sampled distances' });
    }
  } finally {
    if (ms !== null) releaseScratch(ms);
  }
  return out;
}
