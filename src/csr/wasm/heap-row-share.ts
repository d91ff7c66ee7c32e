// One thread's share of an undirected index built in a shared WebAssembly heap by several threads
// (the worker-parallel edge-list reader's): rows [lo, hi) counted, then placed straight into the
// index's arrays and de-duplicated (scatter-kernel.wat: countRows, placeRows, dropRows). Rows keep
// edge order and the first of repeated entries, so the shares, once closed up, are the rows of
// the single-thread build (scatter.ts), byte for byte. Each step is a message a worker answers.

import { bindKernel } from '../../wasm/kernel-spec.js';
import { SCATTER_KERNEL } from './scatter-kernel.js';

/** What every step of a share needs: the memory, the edges in it, the rows, the share's scratch. */
export interface HeapShare {
  /** The heap's memory (shared). */
  memory: WebAssembly.Memory;
  /** The edges, in parts laid end to end: per part its edge count and the addresses of its source and target ids. */
  parts: readonly (readonly [m: number, src: number, dst: number])[];
  /** The share's rows [lo, hi). */
  lo: number;
  hi: number;
  /** Drop self-loops and repeated entries. */
  simplify: boolean;
  /** Scratch: hi − lo words (counts, then cursors), and a zeroed bitmap of one bit per node. */
  counts: number;
  bits: number;
  /** 16 bytes: self-loops of the share's rows (i32 at 0). */
  st: number;
}

/** A step: count the share's entries, or place them at `base` in `entries` and drop repeats. */
export type HeapShareStep =
  | { step: 'count'; share: HeapShare }
  | { step: 'place'; share: HeapShare; offsets: number; entries: number; base: number };

/** A step's answer: `count` the entries and self-loops of the share; `place` where its kept entries end. */
export interface HeapShareResult {
  /** Entries of the share before de-duplication (`count`), or the end of its kept entries (`place`). */
  value: number;
  /** Self-loops of the share's rows (`count`). */
  selfLoops: number;
}

const kernels = new WeakMap<WebAssembly.Memory, NonNullable<ReturnType<typeof bind>>>();
const bind = (memory: WebAssembly.Memory) => bindKernel(SCATTER_KERNEL, memory, true);

/**
 * Runs one step of a share on this thread. `count` zeroes the counts first; `place` turns them
 * into the rows' bounds (`offsets[r]` from `base`, cursors in the counts), places every entry,
 * then drops repeats (compacting left from `base`; the caller closes the gaps between shares).
 *
 * @returns the step's answer, or `null` when WebAssembly refuses the kernel.
 * @remarks Time O(m + (hi − lo) + the share's entries): every edge is read, only the share's
 * entries are written.
 * @example
 * // see src/node/heap-ranges.ts, which runs the steps on the reader's workers
 */
export function heapShareStep(task: HeapShareStep): HeapShareResult | null {
  const { share } = task;
  let kernel = kernels.get(share.memory);
  if (kernel === undefined) {
    const bound = bind(share.memory);
    if (bound === null) return null;
    kernels.set(share.memory, (kernel = bound));
  }
  const span = share.hi - share.lo;
  const rows = { lo: share.lo, span, simplify: share.simplify ? 1 : 0 };
  const counts = new Int32Array(share.memory.buffer, share.counts, span);
  if (task.step === 'count') {
    counts.fill(0);
    const st = new Int32Array(share.memory.buffer, share.st, 1);
    st[0] = 0;
    let value = 0;
    for (const [m, src, dst] of share.parts)
      value += kernel.countRows({ m, src, dst, ...rows, counts: share.counts, st: share.st });
    return { value, selfLoops: st[0]! };
  }
  const offsets = new Int32Array(share.memory.buffer, task.offsets + 4 * share.lo, span);
  let at = task.base;
  for (let r = 0; r < span; r++) {
    const size = counts[r]!;
    offsets[r] = at;
    counts[r] = at;
    at += size;
  }
  for (const [m, src, dst] of share.parts)
    kernel.placeRows({ m, src, dst, ...rows, cursor: share.counts, entries: task.entries });
  if (!share.simplify) return { value: at, selfLoops: 0 };
  const value = kernel.dropRows({
    offsets: task.offsets,
    entries: task.entries,
    from: share.lo,
    to: share.hi,
    end: at,
    write: task.base,
    bits: share.bits,
  });
  return { value, selfLoops: 0 };
}
