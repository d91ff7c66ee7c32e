// GEXF in and out (Gephi's format) through graphology-gexf, which parses with @xmldom/xmldom under
// Node and needs no browser DOM. Malformed XML becomes a ParseError with line and column. Scalar
// attributes and lists of strings/numbers round-trip; objects are written as JSON strings.

import { parse, write } from 'graphology-gexf';
import type { GraphLike } from '../csr/graph-like.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { graphOf } from './csr-to-graph.js';
import { flattenAttributes } from './flatten-attributes.js';
import { parseXmlGraph } from './parse-xml-graph.js';
import { xmlLegal } from './xml-chars.js';

/** Options of `parseGexf`. */
export interface GexfReadOptions {
  /** File name, for errors. */
  source?: string;
  /** Create nodes that edges name but the file does not list (default `false`: an error). */
  addMissingNodes?: boolean;
  /** Refuse elements nested deeper than this (default 256; the format needs about 6). */
  maxDepth?: number;
}

/**
 * Writes a graph as GEXF 1.2 (for Gephi): node and edge keys, attributes with inferred types,
 * `label`, `x`, `y`, `size`, `color` as Gephi's label and viz data. Characters XML cannot hold
 * (NUL, ESC, BEL…) are written as their Control Pictures sign (␀, ␛, ␇), lone surrogates as U+FFFD.
 *
 * @param graph - any graphology graph (directed, undirected, mixed, multi), or a `Csr`.
 * @returns the GEXF text.
 * @throws InvalidArgumentError when `graph` is neither.
 * @remarks Time O(n + m) plus the attributes' size.
 * @example
 * const xml = toGexf(graph);
 * parseGexf(xml).order === graph.order; // true
 */
export function toGexf(graph: GraphLike): string {
  return xmlLegal(write(flattenAttributes(graphOf('toGexf', graph))));
}

/**
 * Reads a GEXF document into a people graph (the graph type, multi-ness and edge keys as the file
 * says; attribute types as declared).
 *
 * @param text - the GEXF text.
 * @param options - `source`, `addMissingNodes`.
 * @returns the graph.
 * @throws ParseError naming the source, line and column of malformed XML, a non-GEXF document, or
 * an edge to an unlisted node.
 * @remarks Time O(length of the text).
 * @example
 * parseGexf(toGexf(graph)).size === graph.size; // true
 */
export function parseGexf(text: string, options: GexfReadOptions = {}): PeopleGraph {
  return parseXmlGraph('parseGexf', 'gexf', text, options, parse);
}
