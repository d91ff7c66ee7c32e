// The former GraphML read path, kept as the oracle of graphml-reader.prop.test.ts (it was
// src/io/graphml-document.ts). GraphML as other tools write it, made readable by graphology-graphml before it parses: keys
// `for="all"` (igraph, the spec) apply to graph, nodes and edges; keys for `graphml`/`port`/
// `hyperedge`/`endpoint` and yEd's graphics keys are dropped with their data (a key without a name
// is named by its id);
// yEd's node label becomes `label`; edge ids repeated (networkx writes a multigraph's per-pair keys)
// are renumbered. A hyperedge has no two-person reading: it is refused with its line.

import { parse } from 'graphology-graphml';
import { ParseError } from '../../src/errors.js';
import { parseXml } from '../../src/io/parse-xml.js';
import { KeySafeGraph } from '../../src/model/key-safe-graph.js';
import type { PeopleGraph } from '../../src/model/people-graph.js';

type Located = Element & { lineNumber?: number; columnNumber?: number };

/** Where errors point: the public function and the file. */
interface At {
  where: string;
  source?: string;
}

const SCOPES = ['graph', 'node', 'edge'];

/**
 * Rewrites a GraphML document in place so graphology-graphml reads what other tools write.
 *
 * @param document - the parsed GraphML document.
 * @param at - `where` and `source`, for errors.
 * @throws ParseError naming the line and column of a `<hyperedge>`.
 * @remarks Time O(size of the document).
 * @example
 * prepareGraphmlDocument(parseXml(yedText, 'graphml', { where: 'parseGraphml' }), { where: 'parseGraphml' });
 */
export function prepareGraphmlDocument(document: Document, at: At): void {
  const hyperedge = document.getElementsByTagName('hyperedge')[0] as Located | undefined;
  if (hyperedge)
    throw new ParseError(
      at.where,
      'a <hyperedge> joins more than two nodes, which handshakes does not read: write it as edges between each pair, or drop it',
      {
        ...(at.source === undefined ? {} : { source: at.source }),
        ...(hyperedge.lineNumber === undefined ? {} : { line: hyperedge.lineNumber }),
        ...(hyperedge.columnNumber === undefined ? {} : { column: hyperedge.columnNumber }),
      },
    );
  const dropped = new Set<string>();
  for (const key of Array.from(document.getElementsByTagName('key'))) {
    const scope = key.getAttribute('for') || 'node';
    const id = key.getAttribute('id') ?? '';
    const graphics = key.getAttribute('yfiles.type') && !key.getAttribute('attr.name');
    if (graphics || (scope !== 'all' && !SCOPES.includes(scope))) {
      dropped.add(id);
      key.parentNode?.removeChild(key);
      continue;
    }
    // the name is optional: the attribute is then named after the key's id
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', id);
    if (scope === 'all') {
      for (const each of SCOPES) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', each);
        key.parentNode?.insertBefore(copy, key);
      }
      key.parentNode?.removeChild(key);
    }
  }
  for (const data of Array.from(document.getElementsByTagName('data'))) {
    if (!dropped.has(data.getAttribute('key') ?? '')) continue;
    if (data.parentNode && (data.parentNode as Element).localName === 'node') yedLabel(data);
    data.parentNode?.removeChild(data);
  }
  const edges = Array.from(document.getElementsByTagName('edge'));
  const ids = new Set(edges.map((e) => e.getAttribute('id')).filter((id) => id));
  if (ids.size < edges.filter((e) => e.getAttribute('id')).length)
    edges.forEach((e, i) => e.setAttribute('id', `${i}`));
}

// yEd keeps a node's name in its graphics (`<y:NodeLabel>Ada</y:NodeLabel>`): keep it as `label`
// (a `<data>` of unknown key, which graphology-graphml names by the key; a declared `label` key
// read later wins).
function yedLabel(data: Element): void {
  const label = Array.from(data.getElementsByTagName('*')).find((e) => e.localName === 'NodeLabel');
  const text = label?.textContent?.trim();
  const node = data.parentNode as Element;
  if (!text) return;
  const own = data.ownerDocument.createElement('data');
  own.setAttribute('key', 'label');
  own.appendChild(data.ownerDocument.createTextNode(text));
  node.insertBefore(own, data);
}

/**
 * The former `parseGraphml`: xmldom's DOM (parse-xml.ts), made readable by
 * `prepareGraphmlDocument`, read by graphology-graphml.
 *
 * @param text - the GraphML text.
 * @param options - `addMissingNodes`.
 * @returns the graph.
 * @throws whatever the old path threw.
 */
export function oldParseGraphml(text: string, options: { addMissingNodes?: boolean } = {}): PeopleGraph {
  const at = { where: 'parseGraphml' };
  const document = parseXml(text, 'graphml', at);
  prepareGraphmlDocument(document, at);
  return parse(KeySafeGraph, document, { addMissingNodes: options.addMissingNodes ?? false }) as PeopleGraph;
}
