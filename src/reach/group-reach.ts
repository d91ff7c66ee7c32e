// groupReach: what a team reaches together (one multi-source BFS: each person counted once, at
// the distance to the nearest member), what each member brings that nobody else in the team
// does, and how much the members' 1st- and 2nd-degree sets overlap pairwise.

import { throwIfAborted } from '../abort.js';
import { assertOptionalCount, resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { nearestSourceEngine } from '../traversal/nearest-source-bfs.js';
import type { LongWorkOptions, Mode, NodeKey } from '../types.js';
import { firstDegreeLists, pairwiseShared, secondDegreeLists } from './degree-sets.js';
import { degreeSummary, type DegreeSummary } from './degree-summary.js';
import { memberOverlaps, type MemberOverlap } from './member-overlaps.js';
import { resolveMembers } from './resolve-members.js';
import { reachScratch } from './scratch.js';

/** Options of `groupReach`. */
export interface GroupReachOptions extends LongWorkOptions {
  /** Count the team's reach up to this degree only (default: no limit). */
  maxDegree?: number;
  /** Direction on directed graphs (default `'outbound'`). */
  mode?: Mode;
  /** Compute the pairwise `overlap` list (default `true`; k(k−1)/2 entries for k members). */
  overlaps?: boolean;
}

/** What one member brings to the team. */
export interface MemberReach {
  /** 1st-degree contacts of this member, fellow members included. */
  direct: number;
  /** People at distance exactly 2 from this member (its 2nd-degree set, see `groupReach`). */
  second: number;
  /** 1st-degree contacts of this member that no other member is as close to (distance ≤ 1). */
  uniqueDirect: number;
  /** People at distance 2 from this member that no other member reaches within 2. */
  uniqueSecond: number;
}

/** Result of `groupReach`: the team's figures by degree, per member, and pairwise overlaps. */
export interface GroupReachResult extends DegreeSummary {
  /** Each member (keys in the order given, duplicates once) and what it brings. */
  members: Map<string, MemberReach>;
  /** Every pair of members (a before b in the order given), shared counts and Jaccard indices. */
  overlap: MemberOverlap[];
}

const WHERE = 'groupReach';

/**
 * How many people a team reaches at each degree together, and what each member contributes.
 *
 * `byDegree[d]` counts the people whose distance to the nearest member is d, each once; the
 * members are `byDegree[0]`. The buckets `first`, `second`, `thirdPlus`, `outOfNetwork`, the
 * `reachCurve` and `direct`/`indirect` are those of `reachByDegree`, for the team. Members
 * unreachable from each other are fine. Per member: `direct` counts every neighbour (fellow members
 * included); `uniqueDirect` the neighbours no other member is at distance ≤ 1 of (so never a
 * fellow member); `uniqueSecond` the people at distance 2 from this member and more than 2 from
 * every other member. The **1st-degree set** of a member is its neighbours (distance exactly 1
 * from that member alone); its **2nd-degree set** is the people at distance exactly 2 from that
 * member alone, whatever their distance to other members (fellow members may belong to both).
 * `overlap` gives, for each pair, the shared size of these sets and their Jaccard index
 * |A ∩ B| / |A ∪ B| (0 when both are empty). On directed graphs `mode` picks the edges followed.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param members - the team's node keys (duplicates are counted once).
 * @param options - `maxDegree`, `mode`, `overlaps`, `onProgress`, `signal`.
 * @returns the team's counts by degree, buckets and reach curve, `members` and `overlap`.
 * @throws InvalidArgumentError when `members` is empty or not iterable, or on a bad option.
 * @throws NodeNotFoundError naming the members not in the graph.
 * @throws AbortError when `signal` aborts.
 * @remarks Time O(k + n_r + m_r) for the BFS, where n_r and m_r are the nodes and adjacency
 * entries within max(maxDegree, 2) of the team (it stops at that ball; past degree 2 a level may
 * step bottom-up, O(n + m) at worst, only when its frontier holds 1/15 of the unexplored
 * entries), plus
 * O(Σ_i Σ_{u ∈ N(i)} deg u) for the 2nd-degree sets and O(k² + Σ_v c_v²) for the overlaps, where
 * c_v is the number of members whose set holds v. Extra memory O(n) once per index, plus the sets.
 * @example
 * const team = groupReach(graph, ['ada', 'bob'], { maxDegree: 3 });
 * team.byDegree; // [2, 15, 94, 310]
 * team.members.get('ada'); // { direct: 9, second: 61, uniqueDirect: 5, uniqueSecond: 40 }
 * team.overlap[0]; // { a: 'ada', b: 'bob', first: { shared: 3, jaccard: 0.2 }, second: { … } }
 */
export function groupReach(
  graph: GraphLike,
  members: Iterable<NodeKey>,
  options: GroupReachOptions = {},
): GroupReachResult {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree);
  const mode = resolveMode(WHERE, options.mode);
  const maxDegree = options.maxDegree ?? Infinity;
  const { signal, onProgress } = options;
  const csr = resolveCsr(graph, WHERE);
  const { ids, keys } = resolveMembers(csr, members, WHERE);
  const k = ids.length;
  const adj = adjacency(csr, mode);
  const scratch = reachScratch(csr);
  const shouldStop = (): boolean => signal?.aborted === true;
  const total = options.overlaps === false ? 2 : 4;

  const bfs = nearestSourceEngine(csr, mode);
  // Owners (for the unique counts) are needed up to degree 2 only: beyond, Beamer's rule may go
  // bottom-up when the team's ball covers much of the graph (bench/reach.bench.ts).
  bfs.run(ids, { maxDistance: Math.max(maxDegree, 2), ownerDistance: 2, shouldStop });
  throwIfAborted(WHERE, signal);
  onProgress?.({ done: 1, total, phase: 'team BFS' });
  const summary = degreeSummary(bfs.levelEnds, csr.order, maxDegree);
  const uniqueDirect = new Int32Array(k);
  const uniqueSecond = new Int32Array(k);
  const { queue, dist, owner } = bfs;
  const end = bfs.levelEnds[2] ?? bfs.count;
  for (let i = k; i < end; i++) {
    const v = queue[i]!;
    const o = owner[v]!;
    if (o < 0) continue;
    if (dist[v] === 1) uniqueDirect[o]!++;
    else if (dist[v] === 2) uniqueSecond[o]!++;
  }

  const first = firstDegreeLists(adj, ids);
  const second = secondDegreeLists(adj, ids, scratch, shouldStop);
  throwIfAborted(WHERE, signal);
  onProgress?.({ done: 2, total, phase: '2nd-degree sets' });
  const result = new Map<string, MemberReach>();
  for (let i = 0; i < k; i++) {
    result.set(keys[i]!, {
      direct: first.offsets[i + 1]! - first.offsets[i]!,
      second: second.offsets[i + 1]! - second.offsets[i]!,
      uniqueDirect: uniqueDirect[i]!,
      uniqueSecond: uniqueSecond[i]!,
    });
  }
  let overlap: MemberOverlap[] = [];
  if (options.overlaps !== false) {
    const sharedFirst = pairwiseShared(first, scratch);
    throwIfAborted(WHERE, signal);
    onProgress?.({ done: 3, total, phase: '1st-degree overlaps' });
    const sharedSecond = pairwiseShared(second, scratch);
    onProgress?.({ done: 4, total, phase: '2nd-degree overlaps' });
    overlap = memberOverlaps(keys, first, second, sharedFirst, sharedSecond);
  }
  return { ...summary, members: result, overlap };
}
