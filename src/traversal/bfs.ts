// Single-source BFS on an Adjacency: top-down, or direction-optimising (Beamer, Asanović &
// Patterson, SC'12). This file is the driver (Beamer's switching rule); the levels run in
// WebAssembly kernels (wasm/bfs-kernel.wat) or, where WebAssembly is missing, in JavaScript ones
// (bfs-steps.ts). Invariants: after run(s), dist[v] = hops from s for queue[0 … count),
// UNREACHED elsewhere; levelEnds[d] = index in queue just past the last node at distance d.

import type { Adjacency } from '../csr/adjacency.js';
import { wasmUnavailable } from '../errors.js';
import { jsLevelSteps } from './bfs-steps.js';
import type { LevelSteps } from './level-steps.js';
import { wasmLevelSteps } from './wasm/wasm-level-steps.js';

/** Distance of a node not reached. */
export const UNREACHED = -1;

/** Beamer's α: go bottom-up when frontier edges exceed unexplored edges / α. */
export const DEFAULT_ALPHA = 15;
/** Levels of at most this many nodes run several to a kernel call. */
const RUN_FRONTIER = 256;
/** Beamer's β: go back top-down when the frontier has fewer than n / β nodes. */
export const DEFAULT_BETA = 18;

/** Options of one BFS run. */
export interface BfsRunOptions {
  /** Stop after this many hops (default: no limit). */
  maxDistance?: number;
  /** `'auto'` (default) switches direction by Beamer's rule; `'top-down'` never does. */
  direction?: 'auto' | 'top-down';
  /** Override α (default 15). */
  alpha?: number;
  /** Override β (default 18). */
  beta?: number;
}

/** What `BfsEngine.levelCounts` returns. */
export interface LevelCounts {
  /** `counts[d]`: nodes at distance d from the source (`counts[0]` = 1); its length is the eccentricity + 1. */
  counts: Int32Array;
  /** The last node reached, one of the farthest from the source (where a double sweep goes next). */
  last: number;
}

/** A reusable BFS engine over one adjacency. */
export interface BfsEngine {
  /** Hops from the last source; `UNREACHED` for nodes not reached. */
  readonly dist: Int32Array;
  /** Visited nodes in BFS order; the first `count` entries are valid. */
  readonly queue: Int32Array;
  /** Number of visited nodes in the last run. */
  readonly count: number;
  /** `levelEnds[d]`: index in `queue` past the last node at distance d. */
  readonly levelEnds: number[];
  /** Adjacency entries scanned by the last run (for MTEPS). */
  readonly scanned: number;
  /** Which kernels run the levels: `'wasm'` (default where available) or `'js'`. */
  readonly kernel: 'wasm' | 'js';
  /** Runs a BFS from `source` (a dense id, trusted). */
  run(source: number, options?: BfsRunOptions): void;
  /**
   * Counts the nodes at each distance from `source` (a dense id, trusted) by one top-down BFS in
   * a single kernel call, however many levels: no per-level cost on paths, cycles or grids. Keeps
   * no distances: afterwards `count` is 0, `levelEnds` is empty and `dist` is all `UNREACHED`.
   */
  levelCounts(source: number, options?: Pick<BfsRunOptions, 'maxDistance'>): LevelCounts;
}

/** Options of `createBfs`. */
export interface CreateBfsOptions {
  /**
   * `'auto'` (default): WebAssembly kernels when the runtime has them and the adjacency fits in a
   * 4 GiB memory (they read an index built in a heap in place, or else hold a copy of it), else JavaScript; `'js'` or `'wasm'` force one
   * (`'wasm'` throws where it is unavailable).
   */
  kernel?: 'auto' | 'wasm' | 'js';
}

/**
 * Creates a BFS engine that answers many single-source queries on one adjacency.
 *
 * @param adj - forward and reverse adjacency (see `adjacency(csr, mode)`).
 * @param options - `kernel` (default `'auto'`).
 * @returns an engine whose `run(source)` fills `dist`, `queue` and `levelEnds`.
 * @remarks Each run takes time O(n_r + m_r) top-down, where n_r and m_r are the nodes and
 * adjacency entries reached; a direction-optimising run may also scan O(n / 32) words per
 * bottom-up level. Creating it takes O(n) and memory O(n) of scratch, beside the index when it
 * lives in a WebAssembly heap (`fromEdges`' `memory`); over an index in ordinary arrays, the
 * WebAssembly kernels first copy the adjacency into their memory (O(n + m), 4(n + m) bytes more).
 * @see Beamer, Asanović, Patterson, "Direction-Optimizing Breadth-First Search", SC'12,
 * doi:10.1109/SC.2012.50
 * @example
 * const bfs = createBfs(adjacency(csr));
 * bfs.run(0);
 * bfs.dist[3]; // hops from node 0 to node 3
 */
export function createBfs(adj: Adjacency, options: CreateBfsOptions = {}): BfsEngine {
  const choice = options.kernel ?? 'auto';
  let steps: LevelSteps | null = choice === 'js' ? null : wasmLevelSteps(adj);
  if (steps === null && choice === 'wasm') throw wasmUnavailable('createBfs', 'the graph does');
  steps ??= jsLevelSteps(adj);
  return driveLevels(adj, steps);
}

function driveLevels(adj: Adjacency, steps: LevelSteps): BfsEngine {
  const n = adj.order;
  const { offsets } = adj;
  const totalEntries = offsets[n]!;
  const state = steps.state;
  const engine = {
    kernel: steps.kernel,
    dist: steps.dist,
    queue: steps.queue,
    count: 0,
    levelEnds: [] as number[],
    scanned: 0,
    run(source: number, options: BfsRunOptions = {}): void {
      steps.begin(source, engine.count);
      const maxDistance = options.maxDistance ?? Infinity;
      const auto = options.direction !== 'top-down';
      const alpha = options.alpha ?? DEFAULT_ALPHA;
      const beta = options.beta ?? DEFAULT_BETA;
      const levelEnds: number[] = [];
      let head = 0;
      let depth = 0;
      let frontierEdges = offsets[source + 1]! - offsets[source]!;
      let unexploredEdges = totalEntries - frontierEdges;
      let bottomUp = false;
      let lastFrontier = 0;
      while (head < state.tail) {
        const levelStart = head;
        const levelEnd = state.tail;
        levelEnds.push(levelEnd);
        if (depth >= maxDistance) break;
        const frontierSize = levelEnd - levelStart;
        if (auto) {
          // Beamer's rule: bottom-up once the frontier's edges outweigh the unexplored ones / α;
          // back to top-down once the frontier shrinks below n / β, unless its edges still
          // outweigh the unexplored ones (then a top-down step would rescan them for nothing
          // while bottom-up skips visited nodes 32 at a time: 26 ms → 0.1 ms on the last level
          // of BA 10⁶, bench/bfs.bench.ts).
          const heavy = frontierEdges > unexploredEdges / alpha;
          if (!bottomUp && heavy) {
            steps.enterBottomUp(levelStart, levelEnd);
            bottomUp = true;
          } else if (bottomUp && !heavy && frontierSize < lastFrontier && frontierSize < n / beta) bottomUp = false;
        }
        if (!bottomUp && frontierSize <= RUN_FRONTIER && steps.topDownRun) {
          // Small levels in one kernel call (a path's 10⁶ levels: 300 → 9 ms a BFS, bench/shapes.bench.ts).
          // The kernel stops where Beamer's rule could turn, so levels and decisions stay the same.
          const run = steps.topDownRun(
            levelStart,
            levelEnd,
            depth,
            Math.min(maxDistance - depth, 2 ** 30),
            RUN_FRONTIER,
            unexploredEdges,
            auto ? alpha : 0,
          );
          // As after the last of run.levels top-down steps, the one that expanded queue[from, to).
          let from = levelStart;
          let to = levelEnd;
          for (let i = 0; i < run.levels - 1; i++) {
            from = to;
            to = run.ends[i]!;
            levelEnds.push(to);
          }
          lastFrontier = to - from;
          frontierEdges = state.nextEdges;
          unexploredEdges = run.unexplored;
          head = to;
          depth += run.levels;
          continue;
        }
        if (bottomUp) steps.bottomUp(depth);
        else steps.topDown(levelStart, levelEnd, depth, auto);
        lastFrontier = frontierSize;
        frontierEdges = state.nextEdges;
        unexploredEdges -= frontierEdges;
        head = levelEnd;
        depth++;
      }
      engine.count = state.tail;
      engine.levelEnds = levelEnds;
      engine.scanned = state.scanned;
    },
    levelCounts(source: number, options: Pick<BfsRunOptions, 'maxDistance'> = {}): LevelCounts {
      const { counts, last } = steps.levelCounts(source, engine.count, options.maxDistance ?? Infinity);
      engine.count = 0;
      engine.levelEnds = [];
      engine.scanned = state.scanned;
      return { counts: counts.slice(), last };
    },
  };
  return engine;
}
