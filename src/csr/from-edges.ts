// Builds a Csr from edge arrays by counting sort: O(n + m) time, no per-edge allocation.
// Simplification (default) drops self-loops and repeated entries (scatter.ts), so neighbour
// order is first-seen order. Arrays may live on a SharedArrayBuffer for workers.

import { InvalidArgumentError } from '../errors.js';
import type { Csr } from './csr.js';
import { type IndexMemory, indexStorage } from './index-memory.js';
import { integerKeys, keyTable, type NodeKeys } from './node-keys.js';
import { type IndexStorage, scatterRows } from './scatter.js';

/** Input of `fromEdges`. */
export interface EdgeArrays {
  /** Source id of each edge. */
  sources: ArrayLike<number>;
  /** Target id of each edge (same length as `sources`). */
  targets: ArrayLike<number>;
  /** Optional per-edge flag (1 = undirected) for mixed graphs; ignored when undirected. */
  undirectedEdges?: ArrayLike<number>;
}

/** Options of `fromEdges`. */
export interface FromEdgesOptions {
  /** Number of nodes, or the keys in id order (default: 1 + the largest id, integer keys). */
  nodes?: number | readonly string[] | NodeKeys;
  /** Whether edges are directed (default `false`). */
  directed?: boolean;
  /** Drop self-loops and parallel entries (default `true`; distances never change). */
  simplify?: boolean;
  /** Allocate the arrays on a `SharedArrayBuffer`, to share with workers (default `false`). */
  shared?: boolean;
  /**
   * Where the arrays live: `'auto'` (default) builds graphs of 65,536 adjacency entries or more in
   * a shared WebAssembly memory, which every engine then reads in place (one copy of the graph;
   * the arrays are on a `SharedArrayBuffer`); `'wasm'` always does where the runtime can; `'js'`
   * uses ordinary arrays (each WebAssembly engine then copies them).
   */
  memory?: IndexMemory;
}

const WHERE = 'fromEdges';

function resolveKeys(nodes: FromEdgesOptions['nodes'], e: EdgeArrays): NodeKeys {
  if (nodes === undefined) {
    let max = -1;
    for (let i = 0; i < e.sources.length; i++) max = Math.max(max, e.sources[i]!, e.targets[i]!);
    return integerKeys(max + 1);
  }
  if (typeof nodes === 'number') return integerKeys(nodes);
  if (Array.isArray(nodes)) return keyTable(nodes as readonly string[]);
  return nodes as NodeKeys;
}

interface Half {
  offsets: Int32Array;
  targets: Int32Array;
  selfLoops: number;
  duplicates: number;
}

// One adjacency: `forward` arcs u→v always; `backward` arcs v→u when the edge is undirected
// (or when building the in-adjacency of a directed graph, reversed arcs).
function buildHalf(
  n: number,
  e: TrustedEdges,
  directed: boolean,
  reverse: boolean,
  simplify: boolean,
  shared: IndexStorage,
): Half {
  const rows = scatterRows(n, e, directed, reverse, simplify, shared);
  return { offsets: rows.offsets, targets: rows.entries, selfLoops: rows.selfLoops, duplicates: rows.duplicates };
}

/**
 * Builds a CSR index from edge arrays of dense ids.
 *
 * Undirected edges are stored both ways; directed graphs get an out- and an in-adjacency; mixed
 * graphs pass `directed: true` and flag their undirected edges. Self-loops and repeated edges are
 * dropped by default and counted in `dropped`.
 *
 * @param edges - parallel arrays of source and target ids.
 * @param options - node count or keys, direction, simplification, shared memory, where the arrays live.
 * @returns a frozen `Csr`.
 * @throws InvalidArgumentError when the arrays differ in length or an id is out of range.
 * @remarks Time O(n + m), extra memory O(n + m), where n is the number of nodes and m the
 * number of edges.
 * @example
 * const csr = fromEdges({ sources: [0, 1], targets: [1, 2] });
 * csr.order; // 3
 */
export function fromEdges(edges: EdgeArrays, options: FromEdgesOptions = {}): Csr {
  if (edges.sources.length !== edges.targets.length) {
    throw new InvalidArgumentError(
      WHERE,
      'edges.targets',
      `as long as edges.sources (${edges.sources.length})`,
      edges.targets.length,
    );
  }
  const keys = resolveKeys(options.nodes, edges);
  const n = keys.size;
  for (let i = 0; i < edges.sources.length; i++) {
    const a = edges.sources[i]!;
    const b = edges.targets[i]!;
    if (!(a >= 0 && a < n && b >= 0 && b < n && Number.isInteger(a) && Number.isInteger(b))) {
      throw new InvalidArgumentError(WHERE, `edge ${i}`, `a pair of ids in [0, ${n})`, [a, b]);
    }
  }
  // Typed copies keep the build loops monomorphic (bench/load.bench.ts).
  const int32 = (a: ArrayLike<number>): Int32Array => (a instanceof Int32Array ? a : Int32Array.from(a));
  const u = edges.undirectedEdges;
  const trusted: TrustedEdges = { sources: int32(edges.sources), targets: int32(edges.targets) };
  if (u !== undefined) trusted.undirectedEdges = u instanceof Uint8Array ? u : Uint8Array.from(u);
  return buildCsr(trusted, keys, options);
}

/** Edge arrays already checked: same length, every id in [0, keys.size). */
export interface TrustedEdges {
  /** Source id of each edge. */
  sources: Int32Array;
  /** Target id of each edge. */
  targets: Int32Array;
  /** Per-edge flag (1 = undirected) for mixed graphs. */
  undirectedEdges?: Uint8Array;
}

/**
 * Builds the index from trusted edge arrays (no validation): the kernel behind `fromEdges`,
 * for readers that produce ids themselves (the edge-list parser, graph files).
 *
 * @param storage - where the arrays go, when the caller has chosen (the edge-list parser passes
 * the heap its edges are in, so the build reads them in place); else from `options`.
 * @remarks Time O(n + m), extra memory O(n + m).
 */
export function buildCsr(
  edges: TrustedEdges,
  keys: NodeKeys,
  options: Omit<FromEdgesOptions, 'nodes'> = {},
  storage?: IndexStorage,
): Csr {
  const directed = options.directed ?? false;
  const simplify = options.simplify ?? true;
  const n = keys.size;
  const rows = directed ? 2 : 1;
  const shared =
    storage ?? indexStorage(options.memory ?? 'auto', n, 2 * edges.sources.length, rows, options.shared ?? false);
  const out = buildHalf(n, edges, directed, false, simplify, shared);
  const inn = directed ? buildHalf(n, edges, directed, true, simplify, shared) : out;
  const undirectedEntries = directed ? 0 : out.targets.length;
  const size = directed ? out.targets.length : undirectedEntries / 2;
  return Object.freeze({
    kind: 'csr',
    directed,
    order: n,
    size,
    offsets: out.offsets,
    targets: out.targets,
    inOffsets: inn.offsets,
    inTargets: inn.targets,
    keys,
    dropped: Object.freeze({ selfLoops: out.selfLoops, duplicates: directed ? out.duplicates : out.duplicates / 2 }),
  });
}
