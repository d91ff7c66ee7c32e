// Graphs that hold any string as a node key. graphology 0.26 keeps each node's neighbours in plain
// objects, so `adjacency['toString']` finds Object.prototype.toString: an edge to a node named
// `constructor`, `toString`, `__proto__`… is refused as "already exists" (or, in multi graphs,
// written onto the shared prototype function). `makeKeySafe` gives one graph's node records
// prototype-less neighbour objects and answers `hasEdge` & co. without calling a method on them.
// In a plain multigraph the first edge to `__proto__` finds Object.prototype as the "head" of the
// parallel-edge list and sets an enumerable `previous` on it, for every object of the process.
// It relies on graphology's private `NodeDataClass`, `_nodes` and `_edges`; when they are absent it does nothing.

import GraphClass from 'graphology';
import type { AbstractGraph as Graph, Attributes, GraphOptions, SerializedGraph } from 'graphology-types';

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
  _edges?: Map<string, object>;
}

const SAFE = Symbol('handshakes.keySafe');
const owns = (adjacency: Adjacency | undefined, key: string): boolean =>
  adjacency !== undefined && Object.hasOwn(adjacency, key);

// A multigraph's parallel edges form a list through their `previous`/`next` properties, which
// graphology tests against `undefined`: once a plain multigraph has set `Object.prototype.previous`,
// every edge without its own would inherit it, and dropping one would corrupt another graph's list.
// Each edge record gets both as own properties when it is registered.
function ownListLinks(edges: Map<string, object>): void {
  const set = edges.set;
  Object.defineProperty(edges, 'set', {
    value(this: Map<string, object>, key: string, record: Record<string, unknown>) {
      if (!Object.hasOwn(record, 'previous')) record.previous = undefined;
      if (!Object.hasOwn(record, 'next')) record.next = undefined;
      return set.call(this, key, record);
    },
    configurable: true,
    writable: true,
  });
}

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
  if (graph.multi && internals._edges instanceof Map) ownListLinks(internals._edges);
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
 * `emptyCopy` and `KeySafeGraph.from` return key-safe graphs too). Unlike a plain graphology 0.26
 * multigraph, it never writes onto `Object.prototype` (docs/conventions.md).
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

  // graphology's `Graph.from` builds a plain `Graph` whatever class it is called on
  static override from<
    NA extends Attributes = Attributes,
    EA extends Attributes = Attributes,
    GA extends Attributes = Attributes,
  >(data: SerializedGraph<NA, EA, GA> | Graph<NA, EA, GA>, options?: GraphOptions): Graph<NA, EA, GA> {
    const serialized =
      'export' in data && typeof data.export === 'function' ? data.export() : (data as SerializedGraph<NA, EA, GA>);
    const graph = new KeySafeGraph<NA, EA, GA>({ ...serialized.options, ...options });
    graph.import(serialized);
    return graph as unknown as Graph<NA, EA, GA>;
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
export type KeySafeGraphConstructor = (new <
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
>(
  options?: GraphOptions,
) => Graph<N, E, G>) & {
  /** A key-safe graph from a serialised graph or another graph (graphology's `Graph.from`). */
  from<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes>(
    data: SerializedGraph<N, E, G> | Graph<N, E, G>,
    options?: GraphOptions,
  ): Graph<N, E, G>;
};
