// The people of a team graph that may be one person under two keys: the same normalised name and
// company (fold-text.ts) under different profile URLs. Listed for a human to check, never merged —
// names are not unique and slugs change. People with local keys are left out.

import type { PeopleGraph } from '../model/people-graph.js';
import { foldText as fold } from './fold-text.js';
import type { TeamPerson, TeamRelationship } from './merge-connection-exports.js';

/** People with the same normalised name and company under different keys (never merged). */
export interface PossibleDuplicate {
  /** The normalised name. */
  name: string;
  /** The normalised company. */
  company: string;
  /** The node keys, sorted. */
  keys: string[];
}

/**
 * Groups the graph's people by normalised name and company and keeps the groups of two or more.
 *
 * @param graph - the team graph (`mergeConnectionExports`).
 * @returns the groups, keys sorted, ordered by name then company.
 * @remarks Time O(n log n) for n people.
 */
export function possibleDuplicates(graph: PeopleGraph<TeamPerson, TeamRelationship>): PossibleDuplicate[] {
  const groups = new Map<string, { name: string; company: string; keys: string[] }>();
  graph.forEachNode((key, a) => {
    if (a.identity === 'none' || a.identity === 'hidden') return;
    const name = fold(a.name ?? `${a.firstName ?? ''} ${a.lastName ?? ''}`);
    const company = fold(a.company);
    if (!name || !company) return;
    const id = `${name}\u0000${company}`;
    const group = groups.get(id);
    if (group) group.keys.push(key);
    else groups.set(id, { name, company, keys: [key] });
  });
  return [...groups.values()]
    .filter((g) => g.keys.length > 1)
    .map((g) => ({ ...g, keys: g.keys.sort() }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : x.company < y.company ? -1 : 1));
}
