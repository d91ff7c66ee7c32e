// GEXF and GraphML read the same way: the text parsed by parseXml (line and column on errors, the
// root checked, nesting bounded), then handed to the format's graphology parser building a
// KeySafeGraph; its errors become a ParseError naming the source, without the parser's prefix.

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
    throw new ParseError(where, (error as Error).message.replace(/^graphology-[a-z]+\/parser: /, ''), at);
  }
}
