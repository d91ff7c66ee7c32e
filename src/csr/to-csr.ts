// Builds the CSR index of a graphology graph from forEachNode/forEachEdge (never from neighbour
// lookups, which graphology 0.26 gets wrong for keys like `constructor`). The index is cached per
// graph and dropped as soon as the graph's structure changes (node or edge added or removed).

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import type { Csr } from './csr.js';
import { fromEdges } from './from-edges.js';
import { keyTable } from './node-keys.js';

/** Decides whether an edge takes part in the index. */
export type EdgeFilter<E extends Attributes = Attributes> = (
  edge: string,
  attributes: E,
  source: string,
  target: string,
  undirected: boolean,
) => boolean;

/** Options of `toCsr`. */
export interface ToCsrOptions<E extends Attributes = Attributes> {
  /** Keep only the edges it accepts (the result is then not cached). */
  edgeFilter?: EdgeFilter<E>;
  /** Allocate the arrays on a `SharedArrayBuffer` (the result is then not cached). */
  shared?: boolean;
}

const cache = new WeakMap<object, Csr>();
const watched = new WeakSet<object>();
const STRUCTURAL_EVENTS = ['nodeAdded', 'edgeAdded', 'nodeDropped', 'edgeDropped', 'cleared', 'edgesCleared'] as const;

function watch(graph: Graph): void {
  if (watched.has(graph)) return;
  watched.add(graph);
  const drop = (): void => {
    cache.delete(graph);
  };
  for (const event of STRUCTURAL_EVENTS) graph.on(event, drop);
}

/**
 * Builds (or returns the cached) CSR index of a graphology graph.
 *
 * Node ids follow the graph's node order. Undirected graphs give an undirected index; directed
 * and mixed graphs a directed one, where each undirected edge of a mixed graph is stored both
 * ways. Self-loops and parallel edges are dropped (hop distances never depend on them).
 *
 * @param graph - any graphology graph.
 * @param options - an edge filter, shared memory.
 * @returns the frozen index; the same object until the graph's structure changes.
 * @remarks Time O(n + m), memory about 8 bytes per adjacency entry plus the key table, where n
 * is the number of nodes and m the number of edges.
 * @example
 * const csr = toCsr(graph);
 * csr.keys.id('ada'); // 0
 */
export function toCsr<E extends Attributes = Attributes>(
  graph: Graph<Attributes, E>,
  options: ToCsrOptions<E> = {},
): Csr {
  const cacheable = options.edgeFilter === undefined && options.shared !== true;
  if (cacheable) {
    const hit = cache.get(graph);
    if (hit) return hit;
  }
  const keys: string[] = new Array(graph.order);
  const ids = new Map<string, number>();
  let i = 0;
  graph.forEachNode((node) => {
    keys[i] = node;
    ids.set(node, i++);
  });
  const m = graph.size;
  let sources = new Int32Array(m);
  let targets = new Int32Array(m);
  let undirectedEdges: Uint8Array | undefined = graph.type === 'mixed' ? new Uint8Array(m) : undefined;
  const filter = options.edgeFilter;
  let e = 0;
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    if (filter && !filter(edge, attributes, source, target, undirected)) return;
    sources[e] = ids.get(source)!;
    targets[e] = ids.get(target)!;
    if (undirectedEdges) undirectedEdges[e] = undirected ? 1 : 0;
    e++;
  });
  if (e < m) {
    sources = sources.subarray(0, e);
    targets = targets.subarray(0, e);
    if (undirectedEdges) undirectedEdges = undirectedEdges.subarray(0, e);
  }
  const csr = fromEdges(undirectedEdges ? { sources, targets, undirectedEdges } : { sources, targets }, {
    nodes: keyTable(keys),
    directed: graph.type !== 'undirected',
    shared: options.shared ?? false,
  });
  if (cacheable) {
    watch(graph);
    cache.set(graph, csr);
  }
  return csr;
}
