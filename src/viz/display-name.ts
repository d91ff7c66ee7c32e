// How pictures and reports name a person: the `name` attribute, else first and last name, else
// `label` (Gephi's GEXF, yEd's GraphML), else the node key. A Csr has no attributes, so its keys are its names.

import type { AbstractGraph as Graph } from 'graphology-types';
import { isCsr } from '../csr/csr.js';
import type { GraphLike } from '../csr/graph-like.js';

/**
 * A person's display name: `name`, else `firstName lastName`, else `label`, else the key.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param key - the node key.
 * @returns the name to show.
 * @remarks Time O(1).
 * @example
 * displayName(graph, 'https://www.linkedin.com/in/ada'); // 'Ada Lovelace'
 */
export function displayName(graph: GraphLike, key: string): string {
  if (isCsr(graph)) return key;
  const g = graph as Graph;
  if (!g.hasNode(key)) return key;
  const a = g.getNodeAttributes(key) as { name?: unknown; firstName?: unknown; lastName?: unknown; label?: unknown };
  if (typeof a.name === 'string' && a.name.trim()) return a.name.trim();
  const full = [a.firstName, a.lastName]
    .filter((x) => typeof x === 'string' && x.trim())
    .map((x) => (x as string).trim())
    .join(' ');
  if (full) return full;
  return typeof a.label === 'string' && a.label.trim() ? a.label.trim() : key;
}
