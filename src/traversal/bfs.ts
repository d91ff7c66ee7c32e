// Single-source BFS on an Adjacency: top-down, or direction-optimising (Beamer, Asanović &
// Patterson, SC'12). Scratch buffers are allocated once per engine and reset only where the last
// run touched them (the queue lists every visited node, in BFS order, level after level).
// Invariants: after run(s), dist[v] = hops from s for queue[0 … count), UNREACHED elsewhere;
// levelEnds[d] = index in queue just past the last node at distance d.

import type { Adjacency } from '../csr/adjacency.js';

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
  const totalEntries = offsets[n]!;
  const engine = {
    dist,
    queue,
    count: 0,
    levelEnds: [] as number[],
    scanned: 0,
    run(source: number, options: BfsRunOptions = {}): void {
      for (let i = 0; i < engine.count; i++) dist[queue[i]!] = UNREACHED;
      const maxDistance = options.maxDistance ?? Infinity;
      const auto = options.direction !== 'top-down';
      const alpha = options.alpha ?? DEFAULT_ALPHA;
      const beta = options.beta ?? DEFAULT_BETA;
      const levelEnds: number[] = [];
      dist[source] = 0;
      queue[0] = source;
      let head = 0;
      let tail = 1;
      let depth = 0;
      let scanned = 0;
      let unexploredEdges = totalEntries - (offsets[source + 1]! - offsets[source]!);
      let frontierEdges = offsets[source + 1]! - offsets[source]!;
      let bottomUp = false;
      while (head < tail) {
        levelEnds.push(tail);
        if (depth >= maxDistance) break;
        const levelStart = head;
        const levelEnd = tail;
        const frontierSize = levelEnd - levelStart;
        if (auto) {
          if (!bottomUp && frontierEdges > unexploredEdges / alpha) bottomUp = true;
          else if (bottomUp && frontierSize < n / beta) bottomUp = false;
        }
        const next = depth + 1;
        let nextEdges = 0;
        if (bottomUp) {
          // Every unvisited node looks for a parent in the frontier through its reverse edges.
          for (let v = 0; v < n; v++) {
            if (dist[v] !== UNREACHED) continue;
            const start = reverseOffsets[v]!;
            const end = reverseOffsets[v + 1]!;
            for (let j = start; j < end; j++) {
              scanned++;
              if (dist[reverseTargets[j]!] === depth) {
                dist[v] = next;
                queue[tail++] = v;
                const deg = offsets[v + 1]! - offsets[v]!;
                nextEdges += deg;
                unexploredEdges -= deg;
                break;
              }
            }
          }
        } else {
          for (let i = levelStart; i < levelEnd; i++) {
            const u = queue[i]!;
            const start = offsets[u]!;
            const end = offsets[u + 1]!;
            scanned += end - start;
            for (let j = start; j < end; j++) {
              const v = targets[j]!;
              if (dist[v] !== UNREACHED) continue;
              dist[v] = next;
              queue[tail++] = v;
              const deg = offsets[v + 1]! - offsets[v]!;
              nextEdges += deg;
              unexploredEdges -= deg;
            }
          }
        }
        head = levelEnd;
        frontierEdges = nextEdges;
        depth = next;
      }
      engine.count = tail;
      engine.levelEnds = levelEnds;
      engine.scanned = scanned;
    },
  };
  return engine;
}
