// An XML graph read through a DOM: the text parsed by parseXml (line and column on errors, the
// root checked, nesting bounded), then handed to the format's graphology parser building a
// KeySafeGraph; its errors become a ParseError naming the source, without the parser's prefix.
// GEXF reads this way (graphology-gexf); GraphML has its own streaming reader (graphml-reader.ts).

import type { AbstractGraph } from 'graphology-types';
import { ParseError } from '../errors.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { parseXml } from './parse-xml.js';

/** The options both XML readers take. */
interface XmlGraphOptions {
  source?: string;
  addMissingNodes?: boolean;
  maxDepth?: number;
}

/** A graphology XML parser (graphology-gexf's or graphology-graphml's `parse`). */
type XmlGraphParser = (
  Graph: typeof KeySafeGraph,
  document: Document,
  options: { addMissingNodes: boolean },
) => AbstractGraph;

/**
 * Reads a GEXF or GraphML document with its graphology parser.
 *
 * @param where - the public function, for errors.
 * @param root - the expected root element.
 * @param text - the document.
 * @param options - `source`, `addMissingNodes` (default `false`), `maxDepth`.
 * @param parse - the format's graphology parser.
 * @returns the graph.
 * @throws ParseError naming the source (line and column for malformed XML).
 * @remarks Time O(length of the text).
 */
export function parseXmlGraph(
  where: string,
  root: 'gexf' | 'graphml',
  text: string,
  options: XmlGraphOptions,
  parse: XmlGraphParser,
): PeopleGraph {
  const at = { where, ...(options.source === undefined ? {} : { source: options.source }) };
  const document = parseXml(text, root, { ...at, maxDepth: options.maxDepth });
  try {
    return parse(KeySafeGraph, document, { addMissingNodes: options.addMissingNodes ?? false }) as PeopleGraph;
  } catch (error) {
    const found = offendingElement(document, options.addMissingNodes ?? false);
    if (found) throw new ParseError(where, found.reason, { ...at, ...found.at });
    throw new ParseError(where, (error as Error).message.replace(/^graphology-[a-z]+\/parser: /, ''), at);
  }
}

// The parsers name neither the element nor its line ("one of your gexf file edges points to an
// inexisting node. Set the parser `addMissingNodes` option…", "Graph.addNode: the "a" node already
// exist"): find the first repeated node id or edge to an undeclared node, with its line (xmldom's locator).
function offendingElement(
  document: Document,
  addMissingNodes: boolean,
): { reason: string; at: { line?: number; column?: number } } | null {
  type Located = Element & { lineNumber?: number; columnNumber?: number };
  const where = (e: Located) => ({
    ...(e.lineNumber === undefined ? {} : { line: e.lineNumber }),
    ...(e.columnNumber === undefined ? {} : { column: e.columnNumber }),
  });
  const ids = new Set<string>();
  for (const node of Array.from(document.getElementsByTagName('node')) as Located[]) {
    const id = node.getAttribute('id') ?? '';
    if (ids.has(id)) return { reason: `the node id ${JSON.stringify(id)} is declared twice`, at: where(node) };
    ids.add(id);
  }
  if (addMissingNodes) return null;
  for (const edge of Array.from(document.getElementsByTagName('edge')) as Located[])
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end) ?? '';
      if (!ids.has(id))
        return { reason: `an edge's ${end} ${JSON.stringify(id)} is not a declared node`, at: where(edge) };
    }
  return null;
}
