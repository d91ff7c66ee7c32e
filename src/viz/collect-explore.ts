// collectExplore: the part of a network a report page carries so that a reader can explore it
// offline — people (keys, names, ring group) and the outbound adjacency among them, in the index's
// id order, so the page's lexicographic shortest chain is `connection()`'s first path. Large
// networks are cut to the widest ball around the person whose adjacency fits `maxEntries`:
// inside a ball of radius R every shortest chain to a person within R stays inside it.

import { resolveCsr, nodeId, type GraphLike } from '../csr/graph-like.js';
import { bfsEngine } from '../traversal/engines.js';
import type { NodeKey } from '../types.js';
import { displayName } from './display-name.js';
import { shownName } from './shown-name.js';
import type { EgoRings } from './ego-rings.js';

/** What the report's script needs to find chains and the people a contact brings. */
export interface ReportExplore {
  /** Index of the person the report is about. */
  me: number;
  /** Node keys, in the index's id order. */
  keys: string[];
  /** Display names, aligned with `keys`. */
  names: string[];
  /** Outbound adjacency among these people (compressed sparse rows over the indices above). */
  offsets: number[];
  /** Targets of the adjacency. */
  targets: number[];
  /** Ring group of each person in the ego picture (1st and 2nd degree), else -1. */
  groups: number[];
  /** When the network was cut: the people carried are those within this many hops; else `null`. */
  radius: number | null;
}

/**
 * Extracts the explorable part of a network for a report page: everyone when the adjacency holds
 * at most `maxEntries` entries, else the widest ball around `me` that does.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param me - the person the report is about.
 * @param rings - the ego picture's groups (`egoRings`), to highlight people on it.
 * @param maxEntries - adjacency entries carried at most (default 400,000, about 3 MB of page).
 * @returns people, names, groups and adjacency, in the index's id order.
 * @throws NodeNotFoundError when `me` is not in the graph.
 * @remarks Time O(n + m) for n nodes and m adjacency entries.
 * @example
 * collectExplore(graph, 'ada', egoRings(graph, 'ada')).keys.length; // people carried
 */
export function collectExplore(graph: GraphLike, me: NodeKey, rings: EgoRings, maxEntries = 400_000): ReportExplore {
  const csr = resolveCsr(graph, 'collectExplore');
  const source = nodeId(csr, me, 'collectExplore', 'me');
  const n = csr.order;
  const bfs = bfsEngine(csr, 'outbound');
  bfs.run(source);
  const tail = bfs.count;
  const dist = bfs.dist.slice(); // the engine's scratch is reused by the next search
  const queue = bfs.queue.slice(0, tail);
  // Adjacency entries inside each ball: entries of nodes within R whose target is within R.
  let radius: number | null = null;
  if (csr.targets.length > maxEntries) {
    const maxD = dist[queue[tail - 1]!]!;
    const inside = new Float64Array(maxD + 2);
    for (let i = 0; i < tail; i++) {
      const u = queue[i]!;
      for (let e = csr.offsets[u]!; e < csr.offsets[u + 1]!; e++) {
        const v = csr.targets[e]!;
        if (dist[v]! >= 0) inside[Math.max(dist[u]!, dist[v]!)]!++;
      }
    }
    radius = 0;
    let sum = inside[0]!;
    while (radius < maxD && sum + inside[radius + 1]! <= maxEntries) sum += inside[++radius]!;
  }
  const keep = (v: number): boolean => radius === null || (dist[v]! >= 0 && dist[v]! <= radius);
  const local = new Int32Array(n).fill(-1);
  const keys: string[] = [];
  for (let v = 0; v < n; v++) if (keep(v)) local[v] = keys.push(csr.keys.key(v)) - 1;
  const offsets = [0];
  const targets: number[] = [];
  for (let v = 0; v < n; v++) {
    if (local[v] === -1) continue;
    for (let e = csr.offsets[v]!; e < csr.offsets[v + 1]!; e++)
      if (local[csr.targets[e]!] !== -1) targets.push(local[csr.targets[e]!]!);
    offsets.push(targets.length);
  }
  const groups = keys.map((k) => rings.firstGroup.get(k) ?? rings.secondGroup.get(k) ?? -1);
  return {
    me: local[source]!,
    keys,
    names: keys.map((k) => shownName(displayName(graph, k))),
    offsets,
    targets,
    groups,
    radius,
  };
}
