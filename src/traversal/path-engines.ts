// The path engines (counting BFS, shortest-path DAG, disjoint paths) cached per (Csr, mode), like
// engines.ts does for the plain BFS engines: created on first use, kept as long as the Csr lives.

import { adjacency, reverseAdjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { createCountingBfs, type CountingBfsEngine } from './counting-bfs.js';
import { createDisjointPaths, type DisjointPathsEngine } from './disjoint-paths-flow.js';
import { createPathDagEngine, type PathDagEngine } from './shortest-path-dag.js';

type Kind = 'dag' | 'count-forward' | 'count-backward' | 'disjoint';
type EngineOf<K extends Kind> = K extends 'dag'
  ? PathDagEngine
  : K extends 'disjoint'
    ? DisjointPathsEngine
    : CountingBfsEngine;

const cache = new WeakMap<Csr, Map<string, unknown>>();

function create(csr: Csr, mode: Mode, kind: Kind): unknown {
  const adj = adjacency(csr, mode);
  if (kind === 'dag') return createPathDagEngine(adj);
  if (kind === 'disjoint') return createDisjointPaths(adj);
  return createCountingBfs(kind === 'count-forward' ? adj : reverseAdjacency(adj));
}

/**
 * The cached path engine of a kind for a Csr and mode (`count-backward` searches towards a target).
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function pathEngine<K extends Kind>(csr: Csr, mode: Mode, kind: K): EngineOf<K> {
  let byKey = cache.get(csr);
  if (!byKey) cache.set(csr, (byKey = new Map()));
  const key = `${csr.directed ? mode : 'outbound'}:${kind}`;
  let engine = byKey.get(key);
  if (!engine) byKey.set(key, (engine = create(csr, csr.directed ? mode : 'outbound', kind)));
  return engine as EngineOf<K>;
}
