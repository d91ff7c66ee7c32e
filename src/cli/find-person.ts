// Finds the person a user means on the command line: an exact node key first, else a unique
// case-insensitive match on the display name, else `me` for the one export's owner. Ambiguity and
// absence are clear one-line errors.

import type { AbstractGraph as Graph } from 'graphology-types';
import { isCsr, type Csr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';
import { HandshakesError, NodeNotFoundError, message } from '../errors.js';
import { displayName } from '../viz/display-name.js';
import { closestNames } from './closest-names.js';

export { displayName };

/**
 * Resolves what the user typed to a node key.
 *
 * @param graph - the graph.
 * @param query - a key, a display name, or `me` (the owner of the one LinkedIn export read).
 * @param role - what the person is for (`--from`, `--to`…), for messages.
 * @returns the node key.
 * @throws NodeNotFoundError when nobody matches (naming the closest names, if any); HandshakesError
 * when several people match.
 */
export function findPerson(graph: GraphLike, query: string, role: string): string {
  if (isCsr(graph)) {
    if (graph.keys.id(query) >= 0) return query;
    throw notFound(query, role, closestNames(csrKeys(graph), query));
  }
  const g = graph as Graph;
  if (g.hasNode(query)) return query;
  const wanted = query.trim().toLowerCase();
  const matches = g.filterNodes((key) => displayName(g, key).toLowerCase() === wanted);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0 && wanted === 'me') {
    // `--from me` on one's own export: its owner (a member), whatever the export calls them
    const members = g.filterNodes((_key, attributes) => attributes.member === true);
    if (members.length === 1) return members[0]!;
    if (members.length > 1)
      throw new HandshakesError(
        'INVALID_ARGUMENT',
        message(
          'cli',
          `${role} "me" could be any of the ${members.length} exports' owners; give one's name or profile URL: ${members
            .slice(0, 5)
            .map((m) => JSON.stringify(displayName(g, m)))
            .join(', ')}${members.length > 5 ? ', …' : ''}.`,
        ),
      );
  }
  if (matches.length > 1) {
    const shown = matches.slice(0, 5).join(', ');
    throw new HandshakesError(
      'INVALID_ARGUMENT',
      message(
        'cli',
        `${role} "${query}" matches ${matches.length} people (${shown}${matches.length > 5 ? ', …' : ''}); give the key instead.`,
      ),
    );
  }
  const names: string[] = [];
  g.forEachNode((key) => {
    names.push(key);
    const name = displayName(g, key);
    if (name !== key) names.push(name);
  });
  throw notFound(query, role, closestNames(names, query));
}

function* csrKeys(csr: Csr): Iterable<string> {
  for (let i = 0; i < csr.order; i++) yield csr.keys.key(i);
}

// The NodeNotFoundError, with the nearest names when there are any.
function notFound(query: string, role: string, suggestions: string[]): NodeNotFoundError {
  const error = new NodeNotFoundError('cli', query, role);
  if (suggestions.length > 0)
    error.message = `${error.message.replace(/\.$/, '')}; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(' or ')}?`;
  return error;
}
