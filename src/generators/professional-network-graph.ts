// Turns the indexed professional network into a graphology people graph: one edge per pair that
// is connected online or acquainted, tagged with both layers, so users filter either view.

import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { Person, Relationship } from '../model/person.js';
import type { PeopleGraph } from '../model/people-graph.js';
import type { Csr } from '../csr/csr.js';
import { EdgeSet } from './edge-set.js';
import { SIMPLE_UNDIRECTED } from './output.js';
import type { ProfessionalNetwork } from './professional-network.js';

/** Edge attributes of a generated professional network. */
export interface ProfessionalTie extends Relationship {
  /** The two people are connected online. */
  online: boolean;
  /** The two people really know each other (the acquaintance layer). */
  known: boolean;
}

/**
 * Builds the people graph of a professional network: node `String(i)` carries person i's
 * attributes; each edge is `{ online, known }`.
 *
 * @param net - the indexed network (`professionalNetwork({ output: 'csr' })`).
 * @returns an undirected simple graphology graph.
 * @remarks Time O(n + m) graphology insertions (about a microsecond each).
 * @example
 * const g = professionalNetworkGraph(professionalNetwork({ people: 200, output: 'csr' }));
 */
export function professionalNetworkGraph(net: ProfessionalNetwork): PeopleGraph<Person, ProfessionalTie> {
  const graph = new KeySafeGraph<Person, ProfessionalTie>(SIMPLE_UNDIRECTED);
  const n = net.people.length;
  for (let u = 0; u < n; u++) graph.addNode(String(u), { ...net.people[u]! });
  const known = pairSet(net.acquaintances);
  const online = pairSet(net.connections);
  const { offsets, targets } = net.connections;
  for (let u = 0; u < n; u++) {
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) {
      const v = targets[j]!;
      if (v > u) graph.addUndirectedEdge(String(u), String(v), { online: true, known: known.has(u, v) });
    }
  }
  const k = net.acquaintances;
  for (let u = 0; u < n; u++) {
    for (let j = k.offsets[u]!; j < k.offsets[u + 1]!; j++) {
      const v = k.targets[j]!;
      if (v > u && !online.has(u, v)) graph.addUndirectedEdge(String(u), String(v), { online: false, known: true });
    }
  }
  return graph;
}

function pairSet(csr: Csr): EdgeSet {
  const set = new EdgeSet(csr.order, csr.size);
  for (let u = 0; u < csr.order; u++)
    for (let j = csr.offsets[u]!; j < csr.offsets[u + 1]!; j++) set.add(u, csr.targets[j]!);
  return set;
}
