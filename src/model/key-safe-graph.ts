// Graphs that hold any string as a node key. graphology 0.26 keeps each node's neighbours in plain
// objects, so `adjacency['toString']` finds Object.prototype.toString: an edge to a node named
// `constructor`, `toString`, `__proto__`… is refused as "already exists" (or, in multi graphs,
// written onto the shared prototype function). `makeKeySafe` gives one graph's node records
// prototype-less neighbour objects and answers `hasEdge` & co. without calling a method on them.
// It relies on graphology's private `NodeDataClass` and `_nodes`; when they are absent it does nothing.

import GraphClass from 'graphology';
import type { AbstractGraph as Graph, Attributes, GraphOptions } from 'graphology-types';

type Adjacency = Record<string, unknown>;
interface NodeRecord {
  in?: Adjacency;
  out?: Adjacency;
  undirected?: Adjacency;
}
type NodeRecordClass = new (key: string, attributes: unknown) => NodeRecord & { clear(): void };
interface Internals {
  NodeDataClass?: NodeRecordClass;
  _nodes?: Map<string, NodeRecord>;
}

const SAFE = Symbol('handshakes.keySafe');
const owns = (adjacency: Adjacency | undefined, key: string): boolean =>
  adjacency !== undefined && Object.hasOwn(adjacency, key);

/**
 * Lets an empty graph hold edges between nodes of any name (`constructor`, `toString`, `__proto__`…).
 *
 * Call it before the first node is added; copies made by graphology's `copy`/`nullCopy` of this
 * graph are plain graphs again (a `KeySafeGraph` keeps its copies safe).
 *
 * @param graph - a graphology graph without nodes.
 * @returns the same graph.
 * @remarks Time O(1); the graph's own lookups stay O(1).
 * @example
 * const g = makeKeySafe(new Graph());
 * g.addEdge(g.addNode('a'), g.addNode('toString')); // no "already exists"
 */
export function makeKeySafe<G extends Graph>(graph: G): G {
  const internals = graph as unknown as Internals & Record<symbol, boolean>;
  const Base = internals.NodeDataClass;
  if (internals[SAFE] || typeof Base !== 'function' || !(internals._nodes instanceof Map)) return graph;
  class SafeNodeData extends Base {
    override clear(): void {
      super.clear();
      for (const adjacency of [this.in, this.out, this.undirected])
        if (adjacency) Object.setPrototypeOf(adjacency, null);
    }
  }
  Object.defineProperty(graph, 'NodeDataClass', { value: SafeNodeData });
  const nodes = internals._nodes;
  const has = (source: unknown, target: unknown, kinds: readonly ('out' | 'undirected')[]): boolean => {
    const record = nodes.get(String(source));
    return record !== undefined && kinds.some((kind) => owns(record[kind], String(target)));
  };
  // graphology answers these with `adjacency.hasOwnProperty(target)`, absent from a prototype-less object
  const patch = (
    name: 'hasEdge' | 'hasDirectedEdge' | 'hasUndirectedEdge',
    kinds: readonly ('out' | 'undirected')[],
    early: () => boolean,
  ): void => {
    const original = (graph[name] as (...args: unknown[]) => boolean).bind(graph);
    Object.defineProperty(graph, name, {
      value: (...args: unknown[]): boolean =>
        args.length === 2 ? !early() && has(args[0], args[1], kinds) : original(...args),
      configurable: true,
      writable: true,
    });
  };
  patch('hasEdge', ['out', 'undirected'], () => false);
  patch('hasDirectedEdge', ['out'], () => graph.type === 'undirected');
  patch('hasUndirectedEdge', ['undirected'], () => graph.type === 'directed');
  Object.defineProperty(graph, SAFE, { value: true });
  return graph;
}

/**
 * A graphology `Graph` whose nodes may have any name, copies included (`copy`, `nullCopy`,
 * `emptyCopy` return key-safe graphs too).
 *
 * @example
 * const g = new KeySafeGraph({ type: 'directed' });
 * g.mergeEdge('constructor', 'toString'); // kept
 */
export const KeySafeGraph: KeySafeGraphConstructor = class KeySafeGraph<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends GraphClass<N, E, G> {
  constructor(options?: GraphOptions) {
    super(options);
    makeKeySafe(this as unknown as Graph);
  }

  override nullCopy(options?: GraphOptions): this {
    const copy = new KeySafeGraph<N, E, G>({
      type: this.type,
      multi: this.multi,
      allowSelfLoops: this.allowSelfLoops,
      ...options,
    });
    copy.replaceAttributes({ ...this.getAttributes() });
    return copy as this;
  }
};

/**
 * The type of a key-safe graph: graphology-types' `AbstractGraph`, which resolves in every module
 * mode (a class declared as extending graphology's default export does not under node16 ESM).
 */
export type KeySafeGraph<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> = Graph<N, E, G>;

/** The constructor of {@link KeySafeGraph}, typed through graphology-types. */
export type KeySafeGraphConstructor = new <
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>(
  options?: GraphOptions,
) => Graph<N, E, G>;
