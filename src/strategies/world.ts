// The fixed part of a strategy simulation: who the people are (profiles, sector and company
// ids) and who really knows whom (the acquaintance index). Built from a generated professional
// network, or from a people graph (edges with `known: true`, or every edge when none says).

import type { AbstractGraph as Graph } from 'graphology-types';
import type { Csr } from '../csr/csr.js';
import { isCsr } from '../csr/csr.js';
import { toCsr } from '../csr/to-csr.js';
import { InvalidArgumentError } from '../errors.js';
import type { ProfessionalNetwork } from '../generators/professional-network.js';
import type { Person } from '../model/person.js';

/** People, their groups and their acquaintances, by dense id. */
export interface World {
  /** Number of people. */
  n: number;
  /** Key of each person. */
  keys: readonly string[];
  /** Profile of each person. */
  people: readonly Person[];
  /** Sector id of each person (−1 when unknown). */
  sectorOf: Int32Array;
  /** Acquaintance layer (undirected view). */
  known: Csr;
}

/** World of a generated professional network. */
export function worldOfNetwork(net: ProfessionalNetwork): World {
  const n = net.people.length;
  return {
    n,
    keys: Array.from({ length: n }, (_, i) => String(i)),
    people: net.people,
    sectorOf: net.sectorOf,
    known: net.acquaintances,
  };
}

/** World of a people graph: node attributes are profiles; `known` edges (or all) are acquaintances. */
export function worldOfGraph(graph: Graph, where: string): World {
  if (isCsr(graph) || typeof (graph as Graph)?.forEachNode !== 'function') {
    throw new InvalidArgumentError(
      where,
      'graph',
      'a graphology people graph (profiles live in node attributes)',
      graph,
    );
  }
  let anyKnownFlag = false;
  graph.forEachEdge((_e, a) => {
    if (typeof a.known === 'boolean') anyKnownFlag = true;
  });
  const known = anyKnownFlag ? toCsr(graph, { edgeFilter: (_e, a) => a.known === true }) : toCsr(graph);
  const n = known.order;
  const keys: string[] = new Array(n);
  const people: Person[] = new Array(n);
  const sectorOf = new Int32Array(n).fill(-1);
  const sectors = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = known.keys.key(i);
    const profile = graph.getNodeAttributes(key) as Person;
    keys[i] = key;
    people[i] = profile;
    if (typeof profile.sector === 'string') {
      if (!sectors.has(profile.sector)) sectors.set(profile.sector, sectors.size);
      sectorOf[i] = sectors.get(profile.sector)!;
    }
  }
  return { n, keys, people, sectorOf, known };
}
