// createMsBfs: a reusable bit-parallel multi-source BFS over one adjacency, running the 128-source
// WebAssembly SIMD kernel (wasm/ms-bfs-kernel.wat) where it can and the JavaScript kernels of
// ms-bfs.ts / ms-bfs-64.ts elsewhere. Both add the same counts to the same outputs.

import type { Adjacency } from '../csr/adjacency.js';
import { wasmUnavailable } from '../errors.js';
import { createMsBfsScratch, msBfsBatch, type MsBfsOutputs } from './ms-bfs.js';
import { msBfsBatch64 } from './ms-bfs-64.js';
import { createWasmMsBfs } from './wasm/wasm-ms-bfs.js';

/** A reusable multi-source BFS over one adjacency. */
export interface MsBfsEngine {
  /** Sources per batch, 32·words. */
  readonly batchSize: number;
  /** Runs one batch `sources[begin … begin+count)` and adds to `out` (see `msBfsBatch`). */
  run(sources: Int32Array, begin: number, count: number, out: MsBfsOutputs, maxDistance?: number): number;
}

/** Default words per node of the JavaScript kernel: 2 (64 sources per pass), its fastest in bench/separation.bench.ts. */
export const DEFAULT_MS_BFS_WORDS = 2;

/** Options of `createMsBfs`. */
export interface CreateMsBfsOptions {
  /**
   * `'auto'` (default): the WebAssembly kernel (128 sources per pass, SIMD) when the runtime has it
   * and the graph fits in a 4 GiB memory, else JavaScript; `'js'` or `'wasm'` force one.
   */
  kernel?: 'auto' | 'wasm' | 'js';
  /** Int32 words per node of the JavaScript kernel (default 2: 64 sources per pass). */
  words?: number;
}

/**
 * Creates a bit-parallel multi-source BFS engine over one adjacency.
 *
 * @param adj - forward arrays (followed from the sources) and reverse arrays (for pull levels).
 * @param options - `kernel` (default `'auto'`), `words` (JavaScript kernel only).
 * @returns an engine; read `batchSize` for the sources one `run` takes (128 in WebAssembly).
 * @remarks Each batch takes time O(L·(n + m)) for L levels (times `words` in JavaScript). Memory:
 * 56 bytes per node of scratch in WebAssembly (plus a copy of the adjacency, 4(n + m) bytes, unless
 * the index lives in a WebAssembly heap);
 * 12·words bytes per node in JavaScript.
 * @throws InvalidArgumentError when `kernel: 'wasm'` is asked where it is unavailable.
 * @example
 * const ms = createMsBfs(adjacency(csr));
 * const hist = new Float64Array(csr.order + 1);
 * ms.run(Int32Array.of(0, 1, 2), 0, 3, { hist, ecc: null, reached: null, sums: null });
 */
export function createMsBfs(adj: Adjacency, options: CreateMsBfsOptions = {}): MsBfsEngine {
  const choice = options.kernel ?? 'auto';
  if (choice !== 'js') {
    const engine = createWasmMsBfs(adj);
    if (engine !== null) return engine;
    if (choice === 'wasm') throw wasmUnavailable('createMsBfs', 'the graph does');
  }
  const words = options.words ?? DEFAULT_MS_BFS_WORDS;
  const scratch = createMsBfsScratch(adj.order, words);
  const kernel = words === 2 ? msBfsBatch64 : msBfsBatch;
  return {
    batchSize: 32 * words,
    run(sources, begin, count, out, maxDistance = Infinity) {
      return kernel(
        adj.order,
        adj.offsets,
        adj.targets,
        adj.inOffsets,
        adj.inTargets,
        sources,
        begin,
        count,
        scratch,
        out,
        maxDistance,
      );
    },
  };
}
