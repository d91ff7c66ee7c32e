// Finds the person a user means on the command line: an exact node key first, else a unique
// case-insensitive match on the display name. Ambiguity and absence are clear one-line errors.

import type { AbstractGraph as Graph } from 'graphology-types';
import { isCsr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';
import { HandshakesError, NodeNotFoundError, message } from '../errors.js';
import { displayName } from '../viz/display-name.js';

export { displayName };

/**
 * Resolves what the user typed to a node key.
 *
 * @param graph - the graph.
 * @param query - a key or a display name.
 * @param role - what the person is for (`--from`, `--to`…), for messages.
 * @returns the node key.
 * @throws NodeNotFoundError when nobody matches; HandshakesError when several people match.
 */
export function findPerson(graph: GraphLike, query: string, role: string): string {
  if (isCsr(graph)) {
    if (graph.keys.id(query) >= 0) return query;
    throw new NodeNotFoundError('cli', query, role);
  }
  const g = graph as Graph;
  if (g.hasNode(query)) return query;
  const wanted = query.trim().toLowerCase();
  const matches = g.filterNodes((key) => displayName(g, key).toLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    const shown = matches.slice(0, 5).join(', ');
    throw new HandshakesError('INVALID_ARGUMENT', message('cli', `${role} "${query}" matches ${matches.length} people (${shown}${matches.length > 5 ? ', …' : ''}); give the key instead.`));
  }
  throw new NodeNotFoundError('cli', query, role);
}
