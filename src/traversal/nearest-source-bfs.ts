// Multi-source BFS: hops from a set of sources to every node (distance to the nearest source) and
// which source is nearest — the index of the only nearest source, or SHARED when several tie.
// Top-down only, so a run touches nothing beyond the ball of radius maxDistance around the sources.
// Invariants: after run(), dist/owner are valid for queue[0 … count), UNREACHED elsewhere;
// levelEnds[d] = index in queue past the last node at distance d. Owner labels are exact: the
// nearest sources of v are the union of those of its predecessors one level closer.

import { adjacency, type Adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { UNREACHED } from './bfs.js';

/** Owner of a node that two or more sources reach equally closely. */
export const SHARED = -2;

/** A reusable multi-source BFS engine over one adjacency. */
export interface NearestSourceBfs {
  /** Hops from the nearest source; `UNREACHED` for nodes not reached. */
  readonly dist: Int32Array;
  /** Index (in the `sources` of the last run) of the only nearest source, or `SHARED`. */
  readonly owner: Int32Array;
  /** Visited nodes in BFS order; the first `count` entries are valid. */
  readonly queue: Int32Array;
  /** Number of visited nodes in the last run. */
  readonly count: number;
  /** `levelEnds[d]`: index in `queue` past the last node at distance d. */
  readonly levelEnds: number[];
  /** Adjacency entries scanned by the last run. */
  readonly scanned: number;
  /**
   * Runs from `sources` (distinct dense ids, trusted), at most `maxDistance` hops out.
   * `shouldStop` is asked between levels (for cancellation); when it returns `true` the run ends.
   */
  run(sources: ArrayLike<number>, maxDistance?: number, shouldStop?: () => boolean): void;
}

/**
 * Creates a multi-source BFS engine: distance to the nearest of several sources, and which one.
 *
 * @param adj - the adjacency to follow (see `adjacency(csr, mode)`).
 * @returns an engine whose `run(sources, maxDistance)` fills `dist`, `owner`, `queue`, `levelEnds`.
 * @remarks Each run takes time O(k + n_r + m_r), where k is the number of sources and n_r, m_r
 * the nodes and adjacency entries within `maxDistance` of them (nodes at the last level are not
 * expanded). Memory O(n) once, reset only where the last run touched it.
 * @example
 * const bfs = createNearestSourceBfs(adjacency(csr));
 * bfs.run([0, 7], 3);
 * bfs.dist[5]; // hops from the nearer of nodes 0 and 7
 * bfs.owner[5]; // 0 (node 0 is nearer), 1 (node 7) or SHARED (a tie)
 */
export function createNearestSourceBfs(adj: Adjacency): NearestSourceBfs {
  const n = adj.order;
  const { offsets, targets } = adj;
  const dist = new Int32Array(n).fill(UNREACHED);
  const owner = new Int32Array(n).fill(UNREACHED);
  const queue = new Int32Array(n);
  const engine = {
    dist,
    owner,
    queue,
    count: 0,
    levelEnds: [] as number[],
    scanned: 0,
    run(sources: ArrayLike<number>, maxDistance = Infinity, shouldStop?: () => boolean): void {
      for (let i = 0; i < engine.count; i++) {
        const u = queue[i]!;
        dist[u] = UNREACHED;
        owner[u] = UNREACHED;
      }
      let tail = 0;
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i]!;
        dist[s] = 0;
        owner[s] = i;
        queue[tail++] = s;
      }
      const levelEnds: number[] = [];
      let head = 0;
      let depth = 0;
      let scanned = 0;
      while (head < tail) {
        levelEnds.push(tail);
        if (depth >= maxDistance || (shouldStop !== undefined && shouldStop())) break;
        const levelEnd = tail;
        const next = depth + 1;
        for (; head < levelEnd; head++) {
          const u = queue[head]!;
          const ou = owner[u]!;
          const start = offsets[u]!;
          const end = offsets[u + 1]!;
          scanned += end - start;
          for (let j = start; j < end; j++) {
            const v = targets[j]!;
            const dv = dist[v]!;
            if (dv === UNREACHED) {
              dist[v] = next;
              owner[v] = ou;
              queue[tail++] = v;
            } else if (dv === next && owner[v] !== ou) {
              // A second predecessor with another nearest source: v is reached by several.
              owner[v] = SHARED;
            }
          }
        }
        depth = next;
      }
      engine.count = tail;
      engine.levelEnds = levelEnds;
      engine.scanned = scanned;
    },
  };
  return engine;
}

const engines = new WeakMap<Csr, Map<Mode, NearestSourceBfs>>();

/**
 * The cached multi-source BFS engine of a Csr for a mode.
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function nearestSourceEngine(csr: Csr, mode: Mode = 'outbound'): NearestSourceBfs {
  let byMode = engines.get(csr);
  if (!byMode) engines.set(csr, (byMode = new Map()));
  const key: Mode = csr.directed ? mode : 'outbound';
  let engine = byMode.get(key);
  if (!engine) byMode.set(key, (engine = createNearestSourceBfs(adjacency(csr, key))));
  return engine;
}
