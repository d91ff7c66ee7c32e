// What you share with another person in your people graph — the facts triage reasons and drafted
// notes are written from: first name, whether you know each other (a `known: true` edge), the
// company and sector you share, your mutual connections. Indexes the graph once per call site.

import type { AbstractGraph as Graph } from 'graphology-types';
import { nodeId } from '../csr/graph-like.js';
import { toCsr } from '../csr/to-csr.js';
import type { Csr } from '../csr/csr.js';
import { InvalidArgumentError } from '../errors.js';
import type { Person } from '../model/person.js';
import type { NodeKey } from '../types.js';
import type { TriageFacts } from './triage-messages.js';

/** Facts about people relative to `me`, over one index of the graph. */
export interface FactFinder {
  /** Your key, as stored in the graph. */
  meKey: string;
  /** Your attributes. */
  myProfile: Person;
  /** The graph's index. */
  csr: Csr;
  /** Keys you really know (`known: true` edges). */
  known: Set<string>;
  /** Your contacts' dense ids. */
  mine: Set<number>;
  /** A person's neighbours (dense ids); `[]` when not in the graph. */
  neighboursOf(key: string): number[];
  /** The facts about `key`, with `given` profile fields overriding the graph's. */
  facts(key: string, given: Person): { facts: TriageFacts; profile: Person; mutualIds: number[] };
}

/** A person's display name: `name`, else first and last names, else the key. */
export function personName(person: Person, key: string): string {
  return person.name ?? ([person.firstName, person.lastName].filter(Boolean).join(' ') || key);
}

/**
 * Indexes `graph` around `me` to find what `me` shares with others.
 *
 * @param where - the calling function, for errors.
 * @param graph - a graphology people graph.
 * @param me - your key.
 * @returns the fact finder.
 * @throws NodeNotFoundError when `me` is not in the graph; InvalidArgumentError when `graph` is not a graphology graph.
 * @remarks Time O(n + m) to index the graph and find your acquaintances.
 */
export function createFactFinder(where: string, graph: Graph, me: NodeKey): FactFinder {
  if (typeof graph?.forEachEdge !== 'function')
    throw new InvalidArgumentError(where, 'graph', 'a graphology people graph', graph);
  const csr = toCsr(graph);
  const self = nodeId(csr, me, where, 'me');
  const meKey = csr.keys.key(self);
  const myProfile = graph.getNodeAttributes(meKey) as Person;
  const known = new Set<string>();
  // Whole-graph iteration: graphology 0.26's per-node iteration trips on keys like `constructor`.
  graph.forEachEdge((_e, attributes, source, target) => {
    if (attributes.known !== true) return;
    if (source === meKey) known.add(target);
    else if (target === meKey) known.add(source);
  });
  const mine = new Set<number>(csr.targets.subarray(csr.offsets[self]!, csr.offsets[self + 1]!));
  const neighboursOf = (key: string): number[] => {
    const id = csr.keys.id(key);
    return id < 0 ? [] : Array.from(csr.targets.subarray(csr.offsets[id]!, csr.offsets[id + 1]!));
  };
  const facts = (key: string, given: Person): { facts: TriageFacts; profile: Person; mutualIds: number[] } => {
    const inGraph = csr.keys.id(key) >= 0;
    const profile: Person = { ...(inGraph ? (graph.getNodeAttributes(key) as Person) : {}), ...given };
    const mutualIds = neighboursOf(key).filter((v) => mine.has(v));
    return {
      profile,
      mutualIds,
      facts: {
        key,
        firstName: profile.firstName ?? profile.name?.trim().split(/\s+/)[0] ?? key,
        known: known.has(key),
        company: profile.company !== undefined && profile.company === myProfile.company ? profile.company : null,
        sector: profile.sector !== undefined && profile.sector === myProfile.sector ? profile.sector : null,
        mutual: mutualIds.map((v) => personName(graph.getNodeAttributes(csr.keys.key(v)) as Person, csr.keys.key(v))),
      },
    };
  };
  return { meKey, myProfile, csr, known, mine, neighboursOf, facts };
}
