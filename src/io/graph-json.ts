// graphology's serialisation format (`graph.export()` / `Graph.from`) in and out, as text. JSON
// keeps every attribute exactly (objects and lists too) and never applies the CSV formula guard.
// Syntax and shape errors become ParseErrors with a line and column.

import type { SerializedGraph } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import { ParseError } from '../errors.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { graphOf } from './csr-to-graph.js';
import { graphFromJsonEdges } from './graph-from-json-edges.js';
import { CHUNK_CHARS } from './to-csv.js';

/** Options of `toGraphJson`. */
export interface GraphJsonWriteOptions {
  /** Indentation passed to `JSON.stringify` (default none: one line). */
  space?: number | string;
}

/**
 * Writes a graph in graphology's JSON serialisation format (options, attributes, nodes, edges).
 *
 * @param graph - any graphology graph, or a `Csr`.
 * @param options - `space` for pretty printing.
 * @returns the JSON text.
 * @throws InvalidArgumentError when `graph` is neither.
 * @remarks Time O(n + m) plus the attributes' size.
 * @example
 * parseGraphJson(toGraphJson(graph)).order === graph.order; // true
 */
export function toGraphJson(graph: GraphLike, options: GraphJsonWriteOptions = {}): string {
  if (options.space !== undefined) return JSON.stringify(graphOf('toGraphJson', graph).export(), null, options.space);
  return [...graphJsonChunks(graph)].join('');
}

/**
 * Writes `toGraphJson`'s one-line text chunk by chunk (about 64 K characters each), serialising
 * node by node and edge by edge: for graphs whose JSON would not fit one string.
 *
 * @param graphLike - any graphology graph, or a `Csr`.
 * @returns a generator of text chunks; joined, they equal `JSON.stringify(graph.export())`.
 * @throws InvalidArgumentError when `graph` is neither.
 * @remarks Time O(n + m) plus the attributes' size; memory O(one chunk) besides the graph.
 * @example
 * for (const chunk of graphJsonChunks(graph)) stream.write(chunk);
 */
export function* graphJsonChunks(graphLike: GraphLike): Generator<string> {
  const graph = graphOf('toGraphJson', graphLike);
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let chunk = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    chunk += `${first ? '' : ','}${JSON.stringify(Object.keys(attributes).length ? { key: node, attributes } : { key: node })}`;
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  chunk += '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    // as graphology's serializer: `undirected` only in mixed graphs, attributes only when present
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (Object.keys(attributes).length) serialized.attributes = attributes;
    if (graph.type === 'mixed' && undirected) serialized.undirected = true;
    chunk += `${first ? '' : ','}${JSON.stringify(serialized)}`;
    first = false;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}]}`;
}

/** The line and column of a `JSON.parse` error, from its message (V8 words it several ways). */
export function jsonErrorLocation(text: string, error: Error): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/.exec(error.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(error.message);
  if (!pos && /end of JSON input/.test(error.message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: lines.at(-1)!.length + 1 };
  }
  if (!pos) return {};
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return { line, column: Number(pos[1]) - before.lastIndexOf('\n') };
}

/**
 * Reads graphology's JSON serialisation format into a people graph — and the common edge shapes
 * other tools write: an array of `[source, target]` pairs (or `[source, target, {attributes}]`),
 * an array of `{source, target, …}` objects (both undirected, repeats kept as parallel edges), and
 * node-link JSON (networkx's `node_link_data`, d3: `nodes` with `id`, `links` or `edges` naming them
 * by id, `directed`/`multigraph` flags). Keys are strings or numbers; any name is a key (`__proto__`).
 *
 * @param text - the JSON text (an object with `nodes`, and optionally `options`, `attributes`, `edges`; or a shape above).
 * @param options - `source`: the file name, for errors.
 * @returns the graph.
 * @throws ParseError naming the source, line and column of a JSON syntax error, or the reason the
 * data is not a graph (edge to an unknown node, missing `nodes`, an array element that is no edge…).
 * @remarks Time O(length of the text).
 * @example
 * parseGraphJson('{"nodes":[{"key":"a"},{"key":"b"}],"edges":[{"source":"a","target":"b"}]}').size; // 1
 * parseGraphJson('[["a","b"],["b","c"]]').order; // 3
 */
export function parseGraphJson(text: string, options: { source?: string } = {}): PeopleGraph {
  const where = 'parseGraphJson';
  const at = options.source === undefined ? {} : { source: options.source };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParseError(where, `invalid JSON: ${(error as Error).message}`, {
      ...at,
      ...jsonErrorLocation(text, error as Error),
    });
  }
  const other = graphFromJsonEdges(data, at);
  if (other) return other;
  if (!data || typeof data !== 'object' || !Array.isArray((data as SerializedGraph).nodes)) {
    throw new ParseError(
      where,
      'expected a graph: graphology JSON (an object with a `nodes` array), node-link JSON (`nodes` and `links`), or an array of [source, target] pairs or {source, target} objects',
      at,
    );
  }
  try {
    const serialized = data as SerializedGraph;
    const graph = new KeySafeGraph(serialized.options);
    graph.import(serialized);
    return graph as unknown as PeopleGraph;
  } catch (error) {
    throw new ParseError(where, `not a valid serialised graph: ${(error as Error).message}`, at);
  }
}
