// HyperBall (Boldi & Vigna 2013; HyperANF, WWW 2011): one HyperLogLog counter of m = 2^log2m
// byte registers per node estimates the ball B(v, t) of nodes within t hops of v. Step t+1 sets
// c(v) ← c(v) ∪ ⋃ c(u) over v's out-neighbours u that changed at step t (the others were merged
// already). Steps and estimates run in WebAssembly (wasm/hyperball-kernel.wat, SIMD) where
// available, else in the JavaScript kernels; both give the same bits.

import type { Adjacency } from '../csr/adjacency.js';
import { wasmUnavailable } from '../errors.js';
import { addChunkSums, HYPERBALL_CHUNK, HYPERBALL_SLOT, hyperBallEstimateRange } from './hyperball-estimate.js';
import { hyperBallSeed, hyperBallStep } from './hyperball-steps.js';
import { bindKernel } from '../wasm/kernel-spec.js';
import { HYPERBALL_KERNEL, hyperBallArena } from './wasm/wasm-hyperball.js';
import { windowedHyperBall } from './wasm/windowed-hyperball.js';

// Nodes per call into WebAssembly: V8 cannot swap a running call to optimised code (no on-stack
// replacement for WebAssembly), so one call over 10⁶ nodes would run entirely in baseline code
// (first step on BA 10⁶: 2.5 s in one call, 1.3 s in calls of this size, timed step by step on the
// shared machine). A multiple of the chunk size.
export const KERNEL_CALL_NODES = 64 * HYPERBALL_CHUNK;

/** A single-threaded HyperBall run. */
export interface HyperBall {
  /** Registers per counter, m = 2^log2m. */
  readonly m: number;
  /** Steps committed so far (counters hold balls of this radius). */
  readonly radius: number;
  /** Which kernels run the steps and estimates. */
  readonly kernel: 'wasm' | 'js';
  /** Counters at the current radius: node v's m registers at bytes v·m … v·m + m − 1. */
  readonly registers: Uint8Array;
  /** Counters one step further after `step()`, before `commit()`. */
  readonly nextRegisters: Uint8Array;
  /** `changed[v] === 1` when v's counter grew in the last step. */
  readonly changed: Uint8Array;
  /** Computes the next radius into `nextRegisters` and `changed`; returns how many grew. */
  step(): number;
  /** Makes the last step's counters current. */
  commit(): void;
  /**
   * Adds to `totals` (9 values: all registers, then without each of 8 register blocks) the sums of
   * the HyperLogLog estimates over the counted nodes: of the current counters (`'current'`), or of
   * the last step's growth est(next) − est(current) (`'delta'`, after `step()`, before `commit()`).
   */
  estimate(totals: Float64Array, what: 'current' | 'delta'): void;
}

/** Options of `createHyperBall`. */
export interface CreateHyperBallOptions {
  /** `'auto'` (default): WebAssembly when available and within 4 GiB, else JavaScript; `'wasm'` or `'js'` force one. */
  kernel?: 'auto' | 'wasm' | 'js';
  /** 1 for the nodes whose balls `estimate` sums (default: every node); read once, at creation. */
  counted?: Uint8Array;
}

/**
 * Creates a HyperBall run whose counters start as {v} for every node v.
 *
 * @param adj - the adjacency: balls grow along forward arcs (`outbound` balls).
 * @param log2m - log2 of the registers per counter, 4 … 12.
 * @param seed - hash seed; different seeds give independent runs.
 * @param options - `kernel` (default `'auto'`), `counted`.
 * @returns the run at radius 0.
 * @throws InvalidArgumentError for `kernel: 'wasm'` where WebAssembly is unavailable.
 * @remarks Memory 2·m + 3 bytes per node (plus, unless the index lives in a heap, a 4(n + e) byte copy of
 * the adjacency for the WebAssembly kernels). Each step takes time O(n + e·m/16) with SIMD (e·m/4 in JavaScript), where
 * e counts the adjacency entries pointing to a node that changed in the previous step.
 * @see Boldi, Vigna, "In-core computation of geometric centralities with HyperBall: a hundred
 * billion nodes and beyond", ICDMW 2013, doi:10.1109/ICDMW.2013.10; Boldi, Rosa, Vigna,
 * "HyperANF: approximating the neighbourhood function of very large graphs on a budget", WWW 2011,
 * doi:10.1145/1963405.1963493
 * @example
 * const hb = createHyperBall(adjacency(csr), 6, 1);
 * const totals = new Float64Array(9);
 * hb.estimate(totals, 'current'); // totals[0] ≈ n: balls of radius 0
 * while (hb.step() > 0) (hb.estimate(totals, 'delta'), hb.commit());
 * totals[0]; // ≈ n + ordered pairs (u, v) with v reachable from u
 */
export function createHyperBall(
  adj: Adjacency,
  log2m: number,
  seed: number,
  options: CreateHyperBallOptions = {},
): HyperBall {
  const n = adj.order;
  const m = 1 << log2m;
  const counted = options.counted ?? new Uint8Array(n).fill(1);
  const choice = options.kernel ?? 'auto';
  const placed = choice === 'js' ? null : hyperBallArena(adj, log2m, counted, 1, false);
  // Past 4 GiB with the adjacency copy (10⁹ edges), the counters stay in WebAssembly and the rows
  // stream through a window (bench/huge.bench.ts: faster than the JavaScript kernels).
  const windowed = choice === 'js' || placed !== null ? null : windowedHyperBall(adj, log2m, counted);
  const arena = placed?.arena ?? windowed?.arena ?? null;
  const kernel = arena === null ? null : bindKernel(HYPERBALL_KERNEL, arena.memory, arena.shared);
  if (kernel === null && choice === 'wasm') throw wasmUnavailable('createHyperBall', 'the counters do');
  const registers =
    arena && kernel
      ? [arena.int32('registers0'), arena.int32('registers1')]
      : [new Int32Array((n * m) / 4), new Int32Array((n * m) / 4)];
  const flags =
    arena && kernel ? [arena.uint8('flags0'), arena.uint8('flags1')] : [new Uint8Array(n).fill(1), new Uint8Array(n)];
  const sums =
    arena && kernel ? arena.float64('sums') : new Float64Array(HYPERBALL_SLOT * Math.ceil(n / HYPERBALL_CHUNK));
  const bytes = registers.map((r) => new Uint8Array(r.buffer, r.byteOffset, r.byteLength));
  hyperBallSeed(n, log2m, seed, registers[0]!);
  let current = 0;
  const words = m >>> 2;
  const run = {
    m,
    radius: 0,
    kernel: kernel === null ? ('js' as const) : ('wasm' as const),
    registers: bytes[0]!,
    nextRegisters: bytes[1]!,
    changed: flags[0]!,
    step(): number {
      const c = current;
      run.changed = flags[1 - c]!;
      if (windowed && kernel) return windowed.step(kernel, c === 0 ? 0 : 1, m);
      if (arena && kernel) {
        const p = arena.ptr;
        let count = 0;
        for (let from = 0; from < n; from += KERNEL_CALL_NODES)
          count += kernel.step({
            offs: placed!.graph.offs,
            tgts: placed!.graph.tgts,
            cur: c === 0 ? p.registers0 : p.registers1,
            next: c === 0 ? p.registers1 : p.registers0,
            was: c === 0 ? p.flags0 : p.flags1,
            now: c === 0 ? p.flags1 : p.flags0,
            m,
            from,
            to: Math.min(n, from + KERNEL_CALL_NODES),
          });
        return count;
      }
      return hyperBallStep(
        adj.offsets,
        adj.targets,
        words,
        registers[c]!,
        registers[1 - c]!,
        flags[c]!,
        flags[1 - c]!,
        0,
        n,
      );
    },
    commit(): void {
      current = 1 - current;
      run.registers = bytes[current]!;
      run.nextRegisters = bytes[1 - current]!;
      run.changed = flags[current]!;
      run.radius++;
    },
    estimate(totals: Float64Array, what: 'current' | 'delta'): void {
      const delta = what === 'delta';
      if (arena && kernel) {
        const p = arena.ptr;
        const [cur, next] = current === 0 ? [p.registers0, p.registers1] : [p.registers1, p.registers0];
        const changed = delta ? (current === 0 ? p.flags1 : p.flags0) : 0;
        for (let from = 0; from < n; from += KERNEL_CALL_NODES)
          kernel.estimate({
            m,
            cur,
            next: delta ? next : 0,
            changed,
            counted: p.counted,
            from,
            to: Math.min(n, from + KERNEL_CALL_NODES),
            chunk: HYPERBALL_CHUNK,
            sums: p.sums,
            tables: p.tables,
            scratch: p.scratch,
          });
      } else {
        hyperBallEstimateRange(
          m,
          bytes[current]!,
          delta ? bytes[1 - current]! : null,
          delta ? flags[1 - current]! : null,
          counted,
          0,
          n,
          HYPERBALL_CHUNK,
          sums,
        );
      }
      addChunkSums(sums, n, totals);
    },
  };
  if (arena?.block) arena.block.heap.freeWhenCollected(arena.block.address, [run, ...bytes, ...flags, sums]);
  return run;
}
