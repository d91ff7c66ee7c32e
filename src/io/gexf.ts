// GEXF in and out (Gephi's format) through graphology-gexf, which parses with @xmldom/xmldom under
// Node and needs no browser DOM. Malformed XML becomes a ParseError with line and column. Scalar
// attributes and lists of strings/numbers round-trip; objects are written as JSON strings.

import { parse, write } from 'graphology-gexf';
import type { Attributes } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { graphOf } from './csr-to-graph.js';
import { flattenAttributes } from './flatten-attributes.js';
import { parseXmlGraph } from './parse-xml-graph.js';
import { xmlText } from './xml-chars.js';

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
 * `label`, `x`, `y`, `size`, `color` as Gephi's label and viz data. A key, attribute name or value
 * holding a character XML 1.0 cannot carry (NUL, ESC, BEL…, a lone surrogate) is refused.
 *
 * @param graph - any graphology graph (directed, undirected, mixed, multi), or a `Csr`.
 * @returns the GEXF text.
 * @throws InvalidArgumentError when `graph` is neither, or for text XML cannot carry (naming it).
 * @remarks Time O(n + m) plus the attributes' size.
 * @example
 * const xml = toGexf(graph);
 * parseGexf(xml).order === graph.order; // true
 */
export function toGexf(graph: GraphLike): string {
  const flat = flattenAttributes(graphOf('toGexf', graph));
  refuseWhatXmlCannotHold(flat);
  return write(flat);
}

// XML cannot hold every string (xml-chars.ts): refused, naming it, before anything is written.
function refuseWhatXmlCannotHold(graph: PeopleGraph): void {
  const check = (scope: string, a: Attributes): void => {
    for (const [k, v] of Object.entries(a)) {
      xmlText('toGexf', `${scope} attribute name`, k);
      if (k in Object.prototype)
        throw new InvalidArgumentError(
          'toGexf',
          'graph',
          `a graph GEXF can hold: the ${scope} attribute name ${JSON.stringify(k)} is lost by graphology-gexf's writer (it names a member of every JavaScript object): write .graphml or .json instead`,
          k,
        );
      for (const each of Array.isArray(v) ? v : [v])
        if (typeof each === 'string') xmlText('toGexf', `${scope} attribute value`, each);
    }
  };
  check('graph', graph.getAttributes());
  graph.forEachNode((k, a) => {
    xmlText('toGexf', 'node key', k);
    check('node', a);
  });
  graph.forEachEdge((k, a) => {
    xmlText('toGexf', 'edge key', k);
    check('edge', a);
  });
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
  const at = { ...(options.source === undefined ? {} : { source: options.source }) };
  return parseXmlGraph('parseGexf', 'gexf', text, options, (Graph, document, parseOptions) => {
    refuseProtoNames(document, at);
    return parse(Graph, document, parseOptions);
  });
}

// graphology-gexf's parser keeps attributes in plain objects: an attribute titled `__proto__`
// would be lost, one whose id names an Object.prototype member (`constructor`) misread. Refused
// with its line; titles such as `constructor` under a numeric id read as they should.
function refuseProtoNames(document: Document, at: { source?: string }): void {
  type Located = Element & { lineNumber?: number; columnNumber?: number };
  const elements = [
    ...Array.from(document.getElementsByTagName('attribute')),
    ...Array.from(document.getElementsByTagName('attvalue')),
  ] as Located[];
  for (const e of elements) {
    const id = e.getAttribute('id') || e.getAttribute('for') || '';
    const title = e.localName === 'attribute' ? e.getAttribute('title') : null;
    const name = id in Object.prototype ? id : title === '__proto__' ? title : null;
    if (name === null) continue;
    throw new ParseError(
      'parseGexf',
      `the attribute ${JSON.stringify(name)} names a member of every JavaScript object, which graphology-gexf's parser loses: convert the file to GraphML (or rename the attribute)`,
      {
        ...at,
        ...(e.lineNumber === undefined ? {} : { line: e.lineNumber }),
        ...(e.columnNumber === undefined ? {} : { column: e.columnNumber }),
      },
    );
  }
}
