// Level-synchronous BFS that also counts shortest paths (σ, as in Brandes 2001) and honours a
// mask of blocked nodes. Invariants after run(s): dist[v] = hops from s and sigma[v] = number of
// shortest s→v paths for queue[0 … count), UNREACHED / 0 elsewhere; every level but the last
// discovered one is fully expanded, so every σ is complete. σ is a float64: `exact` says whether
// every count stayed ≤ 2^53 − 1 (then all of them are exact integers; see `exactPathCounts`).

import type { Adjacency } from '../csr/adjacency.js';
import { UNREACHED } from './bfs.js';

/** Options of one counting run (all trusted: kernels don't validate). */
export interface CountingBfsRunOptions {
  /** Stop after this many hops (default: no limit). */
  maxDistance?: number;
  /** `blocked[v] === 1`: never enter v (the source is entered anyway). */
  blocked?: Uint8Array | null;
  /** Nodes to watch for early stopping (with `enough`). */
  watch?: Int32Array;
  /** Stop after the first level at whose end at least `enough` watched nodes are reached. */
  enough?: number;
}

/** A reusable counting BFS over one adjacency. */
export interface CountingBfsEngine {
  /** Hops from the last source; `UNREACHED` elsewhere. */
  readonly dist: Int32Array;
  /** Number of shortest paths from the last source (float64; see `exact`). */
  readonly sigma: Float64Array;
  /** Visited nodes in BFS order; the first `count` are valid. */
  readonly queue: Int32Array;
  /** Number of nodes visited by the last run. */
  readonly count: number;
  /** `levelEnds[d]`: index in `queue` past the last node at distance d. */
  readonly levelEnds: number[];
  /** `true` when every σ of the last run is ≤ 2^53 − 1, hence exact. */
  readonly exact: boolean;
  /** Runs from `source` (a dense id, trusted). */
  run(source: number, options?: CountingBfsRunOptions): void;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Creates a BFS engine that counts shortest paths and skips blocked nodes.
 *
 * @param adj - the adjacency to follow forward (pass a reversed one to search towards a target).
 * @returns an engine; scratch O(n) allocated once, reset only where the last run touched.
 * @remarks Time per run O(n_r + m_r) for the nodes and adjacency entries reached.
 * @see U. Brandes, "A faster algorithm for betweenness centrality", 2001,
 * doi:10.1080/0022250X.2001.9990249
 * @example
 * const bfs = createCountingBfs(adjacency(csr));
 * bfs.run(0);
 * bfs.sigma[5]; // number of shortest paths from node 0 to node 5
 */
export function createCountingBfs(adj: Adjacency): CountingBfsEngine {
  const n = adj.order;
  const { offsets, targets } = adj;
  const dist = new Int32Array(n).fill(UNREACHED);
  const sigma = new Float64Array(n);
  const queue = new Int32Array(n);
  const engine = {
    dist,
    sigma,
    queue,
    count: 0,
    levelEnds: [] as number[],
    exact: true,
    run(source: number, options: CountingBfsRunOptions = {}): void {
      for (let i = 0; i < engine.count; i++) {
        const u = queue[i]!;
        dist[u] = UNREACHED;
        sigma[u] = 0;
      }
      const maxDistance = options.maxDistance ?? Infinity;
      const blocked = options.blocked ?? null;
      const watch = options.watch;
      const enough = options.enough ?? Infinity;
      const levelEnds: number[] = [];
      let max = 1;
      dist[source] = 0;
      sigma[source] = 1;
      queue[0] = source;
      let head = 0;
      let tail = 1;
      let depth = 0;
      while (head < tail) {
        levelEnds.push(tail);
        if (depth >= maxDistance) break;
        if (watch && enough !== Infinity) {
          let reached = 0;
          for (let i = 0; i < watch.length; i++) if (dist[watch[i]!] !== UNREACHED) reached++;
          if (reached >= enough) break;
        }
        const levelEnd = tail;
        const next = depth + 1;
        for (; head < levelEnd; head++) {
          const u = queue[head]!;
          const su = sigma[u]!;
          const start = offsets[u]!;
          const end = offsets[u + 1]!;
          for (let j = start; j < end; j++) {
            const v = targets[j]!;
            const dv = dist[v]!;
            if (dv === UNREACHED) {
              if (blocked !== null && blocked[v] === 1) continue;
              dist[v] = next;
              queue[tail++] = v;
              sigma[v] = su;
            } else if (dv === next) {
              const s = sigma[v]! + su;
              sigma[v] = s;
              if (s > max) max = s;
            }
          }
        }
        depth = next;
      }
      engine.count = tail;
      engine.levelEnds = levelEnds;
      engine.exact = max <= SAFE;
    },
  };
  return engine;
}

/**
 * Recounts the last run's shortest paths exactly, with bigints (the fallback when `exact` is false).
 *
 * @param engine - an engine right after `run`.
 * @param adj - the adjacency the engine follows (its reverse arrays give each node's predecessors).
 * @returns σ of every visited node, by dense id.
 * @remarks Time O(n_r + m_r), one bigint per visited node: use only when `engine.exact` is false.
 */
export function exactPathCounts(engine: CountingBfsEngine, adj: Adjacency): Map<number, bigint> {
  const { dist, queue, count } = engine;
  const exact = new Map<number, bigint>();
  if (count === 0) return exact;
  exact.set(queue[0]!, 1n);
  for (let i = 1; i < count; i++) {
    const v = queue[i]!;
    const before = dist[v]! - 1;
    let total = 0n;
    for (let j = adj.inOffsets[v]!; j < adj.inOffsets[v + 1]!; j++) {
      const u = adj.inTargets[j]!;
      if (dist[u] === before) total += exact.get(u) ?? 0n;
    }
    exact.set(v, total);
  }
  return exact;
}
