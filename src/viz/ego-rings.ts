// egoRings: what a readable picture of one person's network shows, at 100 or 5,000 contacts —
// the 1st-degree contacts grouped (by company, or by the contact who links them), the people at
// 2nd degree attributed to the group that introduces most of them, the teammates and the best
// introducers named. Plain data (no drawing): renderEgoRingsSvg draws it. One BFS, O(n + m).

import { resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { bfsEngine } from '../traversal/engines.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { firstRingLabels } from './first-ring-labels.js';
import type { Mode, NodeKey } from '../types.js';

/** How the 1st-degree contacts are grouped: by company, by the contact who links them, or by your function. */
export type EgoGrouping =
  | 'auto'
  | 'company'
  | 'introducer'
  | ((key: string, attributes: Record<string, unknown>) => string | undefined);

/** Options of `egoRings`. */
export interface EgoRingsOptions {
  /** Grouping of the 1st ring (default `'auto'`: company when most contacts have one, else introducer). */
  groupBy?: EgoGrouping;
  /** At most this many groups; smaller ones are merged into "others" (default 10). */
  maxGroups?: number;
  /** Teammates to name on the picture (keys; those absent from the graph are ignored). */
  members?: readonly NodeKey[];
  /** How many best introducers to name (default 6). */
  introducers?: number;
  /** Direction on directed graphs (default `'all'`). */
  mode?: Mode;
}

/** One group of the 1st ring. */
export interface EgoGroup {
  /** Its name: the company, the linking contact's key, or "others". */
  label: string;
  /** Whether `label` is a person's key (grouping by introducer). */
  person: boolean;
  /** Its 1st-degree contacts, in BFS order. */
  first: string[];
  /** People at 2nd degree attributed to this group (most of their introducers are in it). */
  second: number;
}

/** A 1st-degree contact as an introducer. */
export interface EgoIntroducer {
  /** The contact's key. */
  key: string;
  /** People at 2nd degree they know. */
  brings: number;
  /** Of those, the people nobody else among the 1st degree knows. */
  unique: number;
}

/** The data of a readable ego picture. */
export interface EgoRings {
  /** The centre person's key. */
  center: string;
  /** Groups of the 1st ring, largest first ("others" last). */
  groups: EgoGroup[];
  /** Group index of each 1st-degree contact. */
  firstGroup: Map<string, number>;
  /** Group index of each person at 2nd degree. */
  secondGroup: Map<string, number>;
  /** Best introducers, most people brought first. */
  introducers: EgoIntroducer[];
  /** Teammates found in the graph (the centre excluded), with their distance (`null`: unreachable). */
  members: {
    /** The member's key. */
    key: string;
    /** Hops from the centre, `null` when out of reach. */
    distance: number | null;
  }[];
  /** People at 1st degree, at 2nd degree, further, and out of reach. */
  counts: {
    /** People at 1st degree (distance 1). */
    first: number;
    /** People at 2nd degree (distance 2). */
    second: number;
    /** People at distance 3 or more. */
    further: number;
    /** People out of reach. */
    unreachable: number;
  };
  /** How the 1st ring is grouped. */
  groupedBy: 'company' | 'introducer' | 'custom';
}

const WHERE = 'egoRings';
const DEFAULTS = { maxGroups: 10, introducers: 6 } as const;

/**
 * Summarises one person's network for a readable picture: 1st-degree contacts in groups with
 * counts, the 2nd degree aggregated per group, teammates and the best introducers named.
 *
 * A person at 2nd degree is attributed to the group holding most of their introducers (ties: the
 * larger group). Grouping by introducer puts each contact with the 1st-degree contact, among
 * themselves and their 1st-degree neighbours, who knows the most other 1st-degree contacts
 * (teammates first), so a cluster of colleagues shows as one group named after its hub.
 *
 * @param graph - a graphology graph (companies are read from the `company` attribute) or a `Csr`.
 * @param person - the centre person.
 * @param options - `groupBy`, `maxGroups`, `members`, `introducers`, `mode`.
 * @returns groups, per-person group indices, best introducers, teammates and counts.
 * @throws NodeNotFoundError when `person` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n + m) for the BFS and the counts, plus O(k log k) to sort k groups, where n is
 * the number of nodes and m the number of adjacency entries.
 * @example
 * const rings = egoRings(graph, 'ada', { groupBy: 'company' });
 * rings.groups[0]; // { label: 'Acme', person: false, first: [...], second: 120 }
 */
export function egoRings(graph: GraphLike, person: NodeKey, options: EgoRingsOptions = {}): EgoRings {
  for (const name of ['maxGroups', 'introducers'] as const) {
    const v = options[name];
    if (v !== undefined && !(Number.isInteger(v) && v >= (name === 'maxGroups' ? 1 : 0)))
      throw new InvalidArgumentError(
        WHERE,
        name,
        name === 'maxGroups' ? 'a positive integer' : 'a non-negative integer',
        v,
      );
  }
  const groupBy = options.groupBy ?? 'auto';
  if (typeof groupBy !== 'function' && !['auto', 'company', 'introducer'].includes(groupBy))
    throw new InvalidArgumentError(WHERE, 'groupBy', "'auto', 'company', 'introducer' or a function", groupBy);
  const mode = options.mode === undefined ? 'all' : resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const me = nodeId(csr, person, WHERE, 'person');
  const { offsets, targets, inOffsets, inTargets } = adjacency(csr, mode);
  const n = csr.order;
  const bfs = bfsEngine(csr, mode);
  bfs.run(me);
  const tail = bfs.count;
  const dist = bfs.dist.slice(); // the engine's scratch is reused by the next search (a groupBy function may run one)
  const queue = bfs.queue.slice(0, tail);
  const first: number[] = [];
  const second: number[] = [];
  let further = 0;
  for (let i = 1; i < tail; i++) {
    const d = dist[queue[i]!]!;
    if (d === 1) first.push(queue[i]!);
    else if (d === 2) second.push(queue[i]!);
    else further++;
  }
  const memberIds = new Set<number>();
  for (const m of options.members ?? []) {
    const id = csr.keys.id(String(m));
    if (id >= 0 && id !== me) memberIds.add(id);
  }

  // Group label of each 1st-degree contact.
  const { label, kind } = firstRingLabels(graph, csr, groupBy, { first, offsets, targets, dist, memberIds });
  const personLabel = kind === 'introducer';

  // Groups by size; past maxGroups − 1, and unnamed contacts, into "others".
  const byLabel = new Map<string, number[]>();
  for (const u of first) {
    const l = label.get(u)!;
    const list = byLabel.get(l);
    if (list) list.push(u);
    else byLabel.set(l, [u]);
  }
  const maxGroups = options.maxGroups ?? DEFAULTS.maxGroups;
  const sorted = [...byLabel]
    .filter(([l, list]) => l !== '' && list.length > 1)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const total = byLabel.size;
  const keep = sorted.length + (sorted.length < total ? 1 : 0) > maxGroups ? maxGroups - 1 : sorted.length;
  const groups: EgoGroup[] = sorted
    .slice(0, keep)
    .map(([l, list]) => ({ label: l, person: personLabel, first: list.map((u) => csr.keys.key(u)), second: 0 }));
  const index = new Int32Array(n).fill(-1);
  sorted.slice(0, keep).forEach(([, list], g) => list.forEach((u) => (index[u] = g)));
  const rest = first.filter((u) => index[u] === -1);
  if (rest.length > 0) {
    for (const u of rest) index[u] = groups.length;
    groups.push({ label: 'others', person: false, first: rest.map((u) => csr.keys.key(u)), second: 0 });
  }

  // 2nd degree: introducers per person, the group holding most of them, each introducer's count.
  const brings = new Int32Array(n);
  const unique = new Int32Array(n);
  const votes = new Int32Array(groups.length);
  const secondGroup = new Map<string, number>();
  for (const v of second) {
    votes.fill(0);
    let only = -1;
    let count = 0;
    for (let e = inOffsets[v]!, end = inOffsets[v + 1]!; e < end; e++) {
      const u = inTargets[e]!; // who reaches v in one step: an introducer when at 1st degree
      if (dist[u] !== 1) continue;
      brings[u]!++;
      votes[index[u]!]!++;
      only = u;
      count++;
    }
    if (count === 1) unique[only]!++;
    let best = 0;
    for (let g = 1; g < groups.length; g++)
      if (
        votes[g]! > votes[best]! ||
        (votes[g] === votes[best] && groups[g]!.first.length > groups[best]!.first.length)
      )
        best = g;
    groups[best]!.second++;
    secondGroup.set(csr.keys.key(v), best);
  }
  const firstGroup = new Map<string, number>();
  for (const u of first) firstGroup.set(csr.keys.key(u), index[u]!);
  const introducers = first
    .filter((u) => brings[u]! > 0)
    .sort((a, b) => brings[b]! - brings[a]! || unique[b]! - unique[a]! || a - b)
    .slice(0, options.introducers ?? DEFAULTS.introducers)
    .map((u) => ({ key: csr.keys.key(u), brings: brings[u]!, unique: unique[u]! }));
  const members = [...memberIds].map((id) => ({ key: csr.keys.key(id), distance: dist[id]! < 0 ? null : dist[id]! }));
  return {
    center: csr.keys.key(me),
    groups,
    firstGroup,
    secondGroup,
    introducers,
    members,
    counts: { first: first.length, second: second.length, further, unreachable: n - tail },
    groupedBy: kind,
  };
}
