// One thread's share of an undirected index built in a shared WebAssembly heap by several threads
// (the worker-parallel edge-list reader's, node/heap-ranges.ts), in two steps with the caller
// between them: `count` the entries per row of a part of the edges (every row), then, once the
// caller has summed the counts into the rows' bounds and split the rows evenly by entries,
// `place` the entries of rows [lo, hi) from every edge and drop repeats (scatter-kernel.wat:
// heap-rows-kernel.wat). Rows keep edge order and the first of repeated entries, so the
// shares, closed up, are the rows of the single-thread build (scatter.ts), byte for byte.

import { bindKernel } from '../../wasm/kernel-spec.js';
import { HEAP_ROWS_KERNEL } from './heap-rows-kernel.js';

/** Edges in the heap, in parts laid end to end: per part its edge count and the addresses of its source and target ids. */
export type EdgeParts = readonly (readonly [m: number, src: number, dst: number])[];

/** A step of a share: count entries per row over some edges, or place rows [lo, hi) from all. */
export type HeapShareStep =
  | {
      step: 'count';
      /** The heap's memory (shared). */
      memory: WebAssembly.Memory;
      /** The edges this thread counts. */
      parts: EdgeParts;
      /** Rows (nodes). */
      n: number;
      /** Self-loops give no entry. */
      simplify: boolean;
      /** n words: the entries per row of these edges (zeroed here first). */
      counts: number;
      /** 16 bytes: self-loops of these edges (i32 at 0). */
      st: number;
    }
  | {
      step: 'place';
      memory: WebAssembly.Memory;
      /** Every edge, in order. */
      parts: EdgeParts;
      /** The share's rows. */
      lo: number;
      hi: number;
      /** Drop self-loops and repeated entries. */
      simplify: boolean;
      /** hi − lo words: each row's first position in `entries` (advanced here). */
      cursor: number;
      /** The index's row bounds (n + 1 words), set for rows [lo, hi]; rewritten when repeats drop. */
      offsets: number;
      /** The index's entries. */
      entries: number;
      /** Where the share's rows start and end in `entries`. */
      base: number;
      end: number;
      /** A zeroed bitmap of one bit per node (left zeroed). */
      bits: number;
    };

/** A step's answer: `count`, the entries counted and self-loops met; `place`, where the share's kept entries end. */
export interface HeapShareResult {
  /** Entries counted, or the end of the kept entries. */
  value: number;
  /** Self-loops met (`count`). */
  selfLoops: number;
}

type Bound = NonNullable<ReturnType<typeof bind>>;
const kernels = new WeakMap<WebAssembly.Memory, Bound>();
const bind = (memory: WebAssembly.Memory) => bindKernel(HEAP_ROWS_KERNEL, memory, true);

/**
 * Runs one step of a share on this thread (see the header).
 *
 * @returns the step's answer, or `null` when WebAssembly refuses the kernel.
 * @remarks Time: `count` O(n + its edges); `place` O(m + its entries): every edge is read, only
 * the share's entries are written.
 * @example
 * // node/heap-ranges.ts runs `count` on each worker over half of the edges, then `place`.
 */
export function heapShareStep(task: HeapShareStep): HeapShareResult | null {
  let kernel = kernels.get(task.memory);
  if (kernel === undefined) {
    const bound = bind(task.memory);
    if (bound === null) return null;
    kernels.set(task.memory, (kernel = bound));
  }
  const simplify = task.simplify ? 1 : 0;
  if (task.step === 'count') {
    new Int32Array(task.memory.buffer, task.counts, task.n).fill(0);
    const st = new Int32Array(task.memory.buffer, task.st, 1);
    st[0] = 0;
    let value = 0;
    for (const [m, src, dst] of task.parts)
      value += kernel.countRows({ m, src, dst, lo: 0, span: task.n, simplify, counts: task.counts, st: task.st });
    return { value, selfLoops: st[0]! };
  }
  const span = task.hi - task.lo;
  for (const [m, src, dst] of task.parts)
    kernel.placeRows({ m, src, dst, lo: task.lo, span, simplify, cursor: task.cursor, entries: task.entries });
  if (!task.simplify || span === 0) return { value: task.end, selfLoops: 0 };
  const value = kernel.dropRows({
    offsets: task.offsets,
    entries: task.entries,
    from: task.lo,
    to: task.hi,
    end: task.end,
    write: task.base,
    bits: task.bits,
  });
  return { value, selfLoops: 0 };
}
