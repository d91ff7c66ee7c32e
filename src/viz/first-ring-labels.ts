// How egoRings labels the 1st-degree contacts before grouping them: by company (the `company`
// attribute), by your function, or by introducer — each contact with its hub, the 1st-degree
// contact among itself and its 1st-degree neighbours that knows the most other 1st-degree contacts.
// `'auto'` takes company when at least half the contacts have one. An empty label means none.

import type { AbstractGraph as Graph } from 'graphology-types';
import type { Csr } from '../csr/csr.js';
import { isCsr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';
import type { EgoGrouping, EgoRings } from './ego-rings.js';

/** The 1st ring as egoRings sees it: its contacts, the arcs to follow, the distances from the centre, the teammates. */
export interface FirstRing {
  /** Ids of the 1st-degree contacts, in BFS order. */
  first: readonly number[];
  /** Offsets of the adjacency followed. */
  offsets: Int32Array;
  /** Targets of the adjacency followed. */
  targets: Int32Array;
  /** Hops from the centre of every node (`-1`: unreached). */
  dist: Int32Array;
  /** Ids of the teammates (they win ties as hubs). */
  memberIds: ReadonlySet<number>;
}

/**
 * The group label of each 1st-degree contact, and how they were grouped.
 *
 * @param graph - the graph given to egoRings (a `Csr` has no companies: `'auto'` then groups by introducer).
 * @param csr - its index.
 * @param groupBy - `'auto'`, `'company'`, `'introducer'` or a function of the key and attributes.
 * @param ring - the 1st ring (see `FirstRing`).
 * @returns `label`: contact id → label (`''` when none); `kind`: the grouping used.
 * @remarks Time O(f + m₁) for f contacts and m₁ adjacency entries of the 1st ring.
 */
export function firstRingLabels(
  graph: GraphLike,
  csr: Csr,
  groupBy: EgoGrouping,
  ring: FirstRing,
): { label: Map<number, string>; kind: EgoRings['groupedBy'] } {
  const { first, offsets, targets, dist, memberIds } = ring;
  const n = csr.order;
  const attrs = (id: number): Record<string, unknown> =>
    isCsr(graph) ? {} : ((graph as Graph).getNodeAttributes(csr.keys.key(id)) as Record<string, unknown>);
  const companyOf = (id: number): string | undefined => {
    const c = attrs(id).company;
    return typeof c === 'string' && c.trim() !== '' ? c.trim() : undefined;
  };
  let kind: EgoRings['groupedBy'] =
    typeof groupBy === 'function' ? 'custom' : groupBy === 'auto' ? 'introducer' : groupBy;
  if (groupBy === 'auto' && !isCsr(graph)) {
    let withCompany = 0;
    for (const u of first) if (companyOf(u) !== undefined) withCompany++;
    if (first.length > 0 && withCompany >= first.length / 2) kind = 'company';
  }
  const label = new Map<number, string>();
  if (kind === 'company') for (const u of first) label.set(u, companyOf(u) ?? '');
  else if (typeof groupBy === 'function') for (const u of first) label.set(u, groupBy(csr.keys.key(u), attrs(u)) ?? '');
  else {
    // Hub of each contact: the 1st-degree contact among itself and its 1st-degree neighbours that
    // knows the most other 1st-degree contacts; teammates win, then the count, then the lower id.
    const inner = new Int32Array(n);
    for (const u of first)
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++)
        if (dist[targets[e]!] === 1 && targets[e] !== u) inner[u]!++;
    const better = (a: number, b: number): boolean =>
      memberIds.has(a) !== memberIds.has(b) ? memberIds.has(a) : inner[a] !== inner[b] ? inner[a]! > inner[b]! : a < b;
    for (const u of first) {
      let hub = u;
      for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) {
        const v = targets[e]!;
        if (dist[v] === 1 && better(v, hub)) hub = v;
      }
      label.set(u, csr.keys.key(hub));
    }
  }
  return { label, kind };
}
