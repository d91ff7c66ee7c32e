// Multi-source BFS: hops from a set of sources to every node (distance to the nearest source) and
// which source is nearest — the index of the only nearest source, or SHARED_OWNER when several tie.
// Owner labels are exact: the nearest sources of v are the union of those of its predecessors one
// level closer, so levels that need owners go top-down and see every predecessor. Past
// `ownerDistance` no owner is kept and Beamer's rule may switch to bottom-up steps (SC'12); a run
// with owners everywhere is top-down only and touches nothing beyond the ball of radius maxDistance.
// Invariants: after run(), dist is valid for queue[0 … count), UNREACHED elsewhere; owner likewise
// up to ownerDistance; levelEnds[d] = index in queue past the last node at distance d.

import { adjacency, type Adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, UNREACHED } from './bfs.js';

/** Owner of a node that two or more sources reach equally closely. */
export const SHARED_OWNER = -2;

/** Options of one multi-source run. */
export interface NearestSourceRunOptions {
  /** Stop after this many hops (default: no limit). */
  maxDistance?: number;
  /** Keep owners for nodes up to this distance (default: all); beyond, owner is `UNREACHED`. */
  ownerDistance?: number;
  /** Asked between levels; when it returns `true` the run ends (for cancellation). */
  shouldStop?: () => boolean;
}

/** A reusable multi-source BFS engine over one adjacency. */
export interface NearestSourceBfs {
  /** Hops from the nearest source; `UNREACHED` for nodes not reached. */
  readonly dist: Int32Array;
  /** Index (in the last run's `sources`) of the only nearest source, or `SHARED_OWNER`. */
  readonly owner: Int32Array;
  /** Visited nodes in BFS order; the first `count` entries are valid. */
  readonly queue: Int32Array;
  /** Number of visited nodes in the last run. */
  readonly count: number;
  /** `levelEnds[d]`: index in `queue` past the last node at distance d. */
  readonly levelEnds: number[];
  /** Adjacency entries scanned by the last run. */
  readonly scanned: number;
  /** Runs from `sources` (distinct dense ids, trusted). */
  run(sources: ArrayLike<number>, options?: NearestSourceRunOptions): void;
}

/**
 * Creates a multi-source BFS engine: distance to the nearest of several sources, and which one.
 *
 * @param adj - the adjacency to follow (see `adjacency(csr, mode)`); bottom-up steps use its
 * reverse arrays.
 * @returns an engine whose `run(sources, options)` fills `dist`, `owner`, `queue`, `levelEnds`.
 * @remarks A run with owners everywhere takes time O(k + n_r + m_r), where k is the number of
 * sources and n_r, m_r the nodes and adjacency entries within `maxDistance` of them (the last
 * level is not expanded). Past `ownerDistance`, a level goes bottom-up only when its frontier has
 * more than 1/α of the unexplored adjacency entries, costing O(n) scans for that level (Beamer's
 * rule: never on a small ball). Memory O(n) once, reset only where the last run touched it.
 * @see Then et al., "The More the Merrier: Efficient Multi-Source Graph Traversal", VLDB 2014,
 * doi:10.14778/2735496.2735507; Beamer et al., SC'12, doi:10.1109/SC.2012.50
 * @example
 * const bfs = createNearestSourceBfs(adjacency(csr));
 * bfs.run([0, 7], { maxDistance: 3 });
 * bfs.dist[5]; // hops from the nearer of nodes 0 and 7
 * bfs.owner[5]; // 0 (node 0 is nearer), 1 (node 7) or SHARED_OWNER (a tie)
 */
export function createNearestSourceBfs(adj: Adjacency): NearestSourceBfs {
  const n = adj.order;
  const { offsets, targets, inOffsets, inTargets } = adj;
  const totalEntries = offsets[n]!;
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
    run(sources: ArrayLike<number>, options: NearestSourceRunOptions = {}): void {
      const maxDistance = options.maxDistance ?? Infinity;
      const ownerDistance = options.ownerDistance ?? Infinity;
      const shouldStop = options.shouldStop;
      for (let i = 0; i < engine.count; i++) {
        const u = queue[i]!;
        dist[u] = UNREACHED;
        owner[u] = UNREACHED;
      }
      let tail = 0;
      let frontierEdges = 0;
      for (let i = 0; i < sources.length; i++) {
        const s = sources[i]!;
        dist[s] = 0;
        owner[s] = i;
        queue[tail++] = s;
        frontierEdges += offsets[s + 1]! - offsets[s]!;
      }
      let unexploredEdges = totalEntries - frontierEdges;
      const levelEnds: number[] = [];
      let head = 0;
      let depth = 0;
      let scanned = 0;
      while (head < tail) {
        levelEnds.push(tail);
        if (depth >= maxDistance || shouldStop?.()) break;
        const levelEnd = tail;
        const next = depth + 1;
        const owners = next <= ownerDistance;
        let nextEdges = 0;
        if (!owners && frontierEdges > unexploredEdges / DEFAULT_ALPHA && levelEnd - head >= n / DEFAULT_BETA) {
          // Bottom-up: every unvisited node looks for a parent in the frontier.
          for (let v = 0; v < n; v++) {
            if (dist[v] !== UNREACHED) continue;
            const end = inOffsets[v + 1]!;
            for (let j = inOffsets[v]!; j < end; j++) {
              scanned++;
              if (dist[inTargets[j]!] === depth) {
                dist[v] = next;
                queue[tail++] = v;
                nextEdges += offsets[v + 1]! - offsets[v]!;
                break;
              }
            }
          }
          head = levelEnd;
        } else {
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
                if (owners) owner[v] = ou;
                queue[tail++] = v;
                nextEdges += offsets[v + 1]! - offsets[v]!;
              } else if (owners && dv === next && owner[v] !== ou) {
                // A second predecessor with another nearest source: v is reached by several.
                owner[v] = SHARED_OWNER;
              }
            }
          }
        }
        unexploredEdges -= nextEdges;
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
