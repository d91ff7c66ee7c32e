// Turns a team given as node keys into distinct dense ids, in the order given, with the errors
// groupReach promises: an empty team is an InvalidArgumentError, unknown members a
// NodeNotFoundError naming every one of them (the first in `node`).

import { isIterableObject } from '../assert.js';
import { nodeId } from '../csr/graph-like.js';
import type { Csr } from '../csr/csr.js';
import { InvalidArgumentError, NodeNotFoundError, message } from '../errors.js';
import type { NodeKey } from '../types.js';

/** A team as dense ids and canonical keys, duplicates dropped. */
export interface ResolvedMembers {
  /** Distinct dense ids, in the order first given. */
  ids: Int32Array;
  /** The members' keys, parallel to `ids`. */
  keys: string[];
}

/**
 * Resolves a team's keys.
 *
 * @param csr - the index.
 * @param members - an iterable of node keys.
 * @param where - the calling function, for messages.
 * @returns distinct ids and keys.
 * @throws InvalidArgumentError when `members` is not iterable or empty.
 * @throws NodeNotFoundError naming every unknown member.
 * @remarks Time O(k) expected for k keys.
 */
export function resolveMembers(csr: Csr, members: Iterable<NodeKey>, where: string): ResolvedMembers {
  if (!isIterableObject(members)) throw new InvalidArgumentError(where, 'members', 'an iterable of node keys', members);
  const ids: number[] = [];
  const keys: string[] = [];
  const seen = new Set<number>();
  const missing: string[] = [];
  let given = 0;
  for (const key of members) {
    given++;
    if ((typeof key === 'string' || typeof key === 'number') && csr.keys.id(String(key)) < 0) {
      missing.push(String(key));
      continue;
    }
    const id = nodeId(csr, key, where, 'member');
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
    keys.push(csr.keys.key(id));
  }
  if (missing.length > 0) {
    const error = new NodeNotFoundError(where, missing[0]!, 'member');
    if (missing.length > 1) {
      const shown = missing
        .slice(0, 10)
        .map((k) => JSON.stringify(k))
        .join(', ');
      const more = missing.length > 10 ? ` and ${missing.length - 10} more` : '';
      error.message = message(where, `member nodes ${shown}${more} are not in the graph.`);
    }
    throw error;
  }
  if (given === 0) throw new InvalidArgumentError(where, 'members', 'a non-empty list of node keys', []);
  return { ids: Int32Array.from(ids), keys };
}
