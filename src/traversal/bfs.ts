// Single-source BFS on an Adjacency: top-down, or direction-optimising (Beamer, Asanović &
// Patterson, SC'12). Scratch buffers are allocated once per engine and reset only where the last
// run touched them (the queue lists every visited node, in BFS order, level after level).
// Invariants: after run(s), dist[v] = hops from s for queue[0 … count), UNREACHED elsewhere;
// levelEnds[d] = index in queue just past the last node at distance d.

import type { Adjacency } from '../csr/adjacency.js';
import { bottomUpStep, markBits, topDownStep, type StepState } from './bfs-steps.js';

/** Distance of a node not reached. */
export const UNREACHED = -1;

/** Beamer's α: go bottom-up when frontier edges exceed unexplored edges / α. */
export const DEFAULT_ALPHA = 15;
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
  /** Runs a BFS from `source` (a dense id, trusted). */
  run(source: number, options?: BfsRunOptions): void;
}

/**
 * Creates a BFS engine that answers many single-source queries on one adjacency.
 *
 * @param adj - forward and reverse adjacency (see `adjacency(csr, mode)`).
 * @returns an engine whose `run(source)` fills `dist`, `queue` and `levelEnds`.
 * @remarks Each run takes time O(n_r + m_r) top-down, where n_r and m_r are the nodes and
 * adjacency entries reached; a direction-optimising run may also scan O(n) per bottom-up level.
 * Memory O(n) once.
 * @see Beamer, Asanović, Patterson, "Direction-Optimizing Breadth-First Search", SC'12,
 * doi:10.1109/SC.2012.50
 * @example
 * const bfs = createBfs(adjacency(csr));
 * bfs.run(0);
 * bfs.dist[3]; // hops from node 0 to node 3
 */
export function createBfs(adj: Adjacency): BfsEngine {
  const n = adj.order;
  const { offsets, targets, reverseOffsets, reverseTargets } = adj;
  const dist = new Int32Array(n).fill(UNREACHED);
  const queue = new Int32Array(n);
  const words = (n + 31) >>> 5;
  // Bitmaps for bottom-up levels, allocated on the first one (top-down-only users never pay).
  let front: Uint32Array | null = null;
  let nextFront: Uint32Array | null = null;
  let seen: Uint32Array | null = null;
  const totalEntries = offsets[n]!;
  const state: StepState = { tail: 0, nextEdges: 0, scanned: 0 };
  const engine = {
    dist,
    queue,
    count: 0,
    levelEnds: [] as number[],
    scanned: 0,
    run(source: number, options: BfsRunOptions = {}): void {
      // Reset what the last run touched; past n/8 nodes one sequential fill is cheaper.
      if (engine.count > n >>> 3) dist.fill(UNREACHED);
      else for (let i = 0; i < engine.count; i++) dist[queue[i]!] = UNREACHED;
      const maxDistance = options.maxDistance ?? Infinity;
      const auto = options.direction !== 'top-down';
      const alpha = options.alpha ?? DEFAULT_ALPHA;
      const beta = options.beta ?? DEFAULT_BETA;
      const levelEnds: number[] = [];
      dist[source] = 0;
      queue[0] = source;
      state.tail = 1;
      state.scanned = 0;
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
            if (seen === null) {
              front = new Uint32Array(words);
              nextFront = new Uint32Array(words);
              seen = new Uint32Array(words);
            }
            markBits(seen, queue, 0, levelEnd);
            markBits(front!, queue, levelStart, levelEnd);
            bottomUp = true;
          } else if (bottomUp && !heavy && frontierSize < lastFrontier && frontierSize < n / beta) bottomUp = false;
        }
        if (bottomUp) {
          nextFront!.fill(0);
          bottomUpStep(n, offsets, reverseOffsets, reverseTargets, dist, queue, front!, nextFront!, seen!, depth, state);
          const t = front;
          front = nextFront;
          nextFront = t;
        } else {
          topDownStep(offsets, targets, dist, queue, levelStart, levelEnd, depth, auto, state);
        }
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
  };
  return engine;
}
