// eccentricity: the largest distance from a person to anyone else — Infinity when someone cannot
// be reached (graphology-metrics' convention). One node: one BFS. Every node: 128 sources per pass
// of the multi-source BFS, reading each source's last level and reach. `.assign` writes attributes.

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { throwIfAborted } from '../abort.js';
import { resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { bfsEngine } from '../traversal/engines.js';
import { createMsBfs } from '../traversal/create-ms-bfs.js';
import type { LongWorkOptions, Mode, NodeKey } from '../types.js';
import { releaseScratch } from '../wasm/wasm-heap.js';

/** Options of `eccentricity`. */
export interface EccentricityOptions extends LongWorkOptions {
  /** Direction on directed graphs (default `'outbound'`: distances from the node). */
  mode?: Mode;
}

/** Options of `eccentricity.assign`. */
export interface EccentricityAssignOptions extends EccentricityOptions {
  /** Node attribute to write (default `'eccentricity'`). */
  attribute?: string;
}

const WHERE = 'eccentricity';

function allEccentricities(graph: GraphLike, options: EccentricityOptions): Map<string, number> {
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const n = csr.order;
  const ms = createMsBfs(adjacency(csr, mode));
  const sources = Int32Array.from({ length: n }, (_, i) => i);
  const ecc = new Int32Array(ms.batchSize);
  const reached = new Float64Array(ms.batchSize);
  const sums = new Float64Array(ms.batchSize);
  const out = { hist: new Float64Array(n + 1), ecc, reached, sums };
  const result = new Map<string, number>();
  try {
    throwIfAborted(WHERE, options.signal);
    for (let begin = 0; begin < n; begin += ms.batchSize) {
      const count = Math.min(ms.batchSize, n - begin);
      reached.fill(0);
      ms.run(sources, begin, count, out);
      for (let i = 0; i < count; i++) result.set(csr.keys.key(begin + i), reached[i] === n - 1 ? ecc[i]! : Infinity);
      options.onProgress?.({ done: begin + count, total: n, phase: 'eccentricities' });
      throwIfAborted(WHERE, options.signal);
    }
  } finally {
    releaseScratch(ms);
  }
  return result;
}

/**
 * The eccentricity of `node`: its largest distance to anyone else, or `Infinity` when some node
 * cannot be reached from it (along `mode` on directed graphs). Without `node`: every node's, as
 * a `Map` in node order.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param node - the person (omit for every node).
 * @param options - `mode`, and for every node `onProgress`, `signal`.
 * @returns the eccentricity, or a `Map` key → eccentricity.
 * @throws NodeNotFoundError when `node` is not in the graph; InvalidArgumentError for a bad mode.
 * @remarks One node: time O(n + m). Every node: O(⌈n/128⌉·L·(n + m) + n²) time, O(n) extra memory,
 * where n is the number of nodes, m the number of adjacency entries and L the levels.
 * @example
 * eccentricity(karate, '1'); // 3
 * eccentricity(karate).get('17'); // 5
 */
function eccentricityOf(graph: GraphLike, node: NodeKey, options?: EccentricityOptions): number;
function eccentricityOf(graph: GraphLike, node?: undefined, options?: EccentricityOptions): Map<string, number>;
function eccentricityOf(
  graph: GraphLike,
  node?: NodeKey,
  options: EccentricityOptions = {},
): number | Map<string, number> {
  if (node === undefined) return allEccentricities(graph, options);
  const mode = resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const s = nodeId(csr, node, WHERE, 'source');
  const bfs = bfsEngine(csr, mode);
  bfs.run(s);
  return bfs.count === csr.order ? bfs.levelEnds.length - 1 : Infinity;
}

/**
 * Writes every node's eccentricity to a node attribute of a graphology graph.
 *
 * @param graph - a graphology graph.
 * @param options - `attribute` (default `'eccentricity'`), `mode`, `onProgress`, `signal`.
 * @throws InvalidArgumentError when `graph` is not a graphology graph or `attribute` not a string.
 * @remarks As `eccentricity(graph)`.
 * @example
 * eccentricity.assign(graph);
 * graph.getNodeAttribute('ada', 'eccentricity'); // 4
 */
function assign(graph: Graph<Attributes>, options: EccentricityAssignOptions = {}): void {
  if (!graph || typeof (graph as Graph).setNodeAttribute !== 'function')
    throw new InvalidArgumentError(`${WHERE}.assign`, 'graph', 'a graphology graph', graph);
  const attribute = options.attribute ?? 'eccentricity';
  if (typeof attribute !== 'string')
    throw new InvalidArgumentError(`${WHERE}.assign`, 'attribute', 'a string', attribute);
  const { attribute: _, ...rest } = options;
  for (const [key, value] of allEccentricities(graph, rest)) graph.setNodeAttribute(key, attribute, value);
}

/** Eccentricity of one node, of every node (`Map`), or written to node attributes (`.assign`). */
export const eccentricity = Object.assign(eccentricityOf, {
  /** Writes each node's eccentricity as a node attribute (`eccentricity` unless `attribute` says otherwise). */
  assign,
});
