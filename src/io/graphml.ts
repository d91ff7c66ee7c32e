// GraphML in and out. Reading is our streaming reader (graphml-reader.ts: one pass over the text, no
// DOM); writing: typed <key>s (boolean, int, double, string), edgedefault from the graph type,
// `directed="true"` on the directed edges of a mixed graph, edge ids kept. Objects and lists are
// written as JSON strings; text XML 1.0 cannot carry is refused (xml-chars.ts).

import type { Attributes } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { graphOf } from './csr-to-graph.js';
import { readGraphmlText } from './graphml-reader.js';
import { CHUNK_CHARS } from './to-csv.js';
import { xmlText } from './xml-chars.js';

/** Options of `parseGraphml`. */
export interface GraphmlReadOptions {
  /** File name, for errors. */
  source?: string;
  /** Create nodes that edges name but the file does not list (default `false`: an error). */
  addMissingNodes?: boolean;
  /** Refuse elements nested deeper than this (default 256; the format needs about 6). */
  maxDepth?: number;
}

type Kind = 'boolean' | 'int' | 'double' | 'string';
type Scope = 'graph' | 'node' | 'edge';

const escapeXml = (s: string): string =>
  s
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'))
    .replace(/[\r\n\t]/g, (c) => `&#${c.charCodeAt(0)};`);

function kindOf(value: unknown): Kind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff ? 'int' : 'double';
  return 'string';
}
const widen = (a: Kind | undefined, b: Kind): Kind =>
  a === undefined || a === b
    ? b
    : (a === 'int' && b === 'double') || (a === 'double' && b === 'int')
      ? 'double'
      : 'string';

const textOf = (value: unknown, kind: Kind): string =>
  kind === 'string' && typeof value !== 'string' ? JSON.stringify(value) : String(value);

/**
 * Writes a graph as GraphML: typed attribute keys, node and edge ids, the graph's attributes.
 * A key, attribute name or value holding a character XML 1.0 cannot carry (NUL, ESC, BEL…, a
 * lone surrogate) is refused: replacing it would give a different graph back.
 *
 * @param graphLike - any graphology graph (directed, undirected, mixed, multi), or a `Csr`.
 * @returns the GraphML text.
 * @throws InvalidArgumentError when it is neither, or for text XML cannot carry (naming it).
 * @remarks Time O(n + m) plus the attributes' size.
 * @example
 * parseGraphml(toGraphml(graph)).order === graph.order; // true
 */
export function toGraphml(graphLike: GraphLike): string {
  return [...graphmlChunks(graphLike)].join('');
}

/**
 * Writes `toGraphml`'s text chunk by chunk (about 64 K characters each), element by element: for
 * graphs whose GraphML would not fit one string.
 *
 * @param graphLike - any graphology graph, or a `Csr`.
 * @returns a generator of text chunks.
 * @throws InvalidArgumentError when it is neither, or for text XML cannot carry (naming it).
 * @remarks Time O(n + m) plus the attributes' size (two passes: attribute types, then elements);
 * memory O(one chunk) besides the graph.
 * @example
 * for (const chunk of graphmlChunks(graph)) stream.write(chunk);
 */
export function* graphmlChunks(graphLike: GraphLike): Generator<string> {
  const graph = graphOf('toGraphml', graphLike);
  const keys: Record<Scope, Map<string, Kind>> = { graph: new Map(), node: new Map(), edge: new Map() };
  // XML cannot hold every string (xml-chars.ts): the first pass refuses what it cannot, before
  // any chunk is out.
  const scan = (scope: Scope, a: Attributes): void => {
    for (const [k, v] of Object.entries(a)) {
      if (v === undefined || v === null) continue;
      const kind = kindOf(v);
      if (kind === 'string') xmlText('toGraphml', `${scope} attribute value`, textOf(v, kind));
      if (!keys[scope].has(k)) xmlText('toGraphml', `${scope} attribute name`, k);
      keys[scope].set(k, widen(keys[scope].get(k), kind));
    }
  };
  scan('graph', graph.getAttributes());
  graph.forEachNode((k, a) => {
    xmlText('toGraphml', 'node key', k);
    scan('node', a);
  });
  graph.forEachEdge((k, a) => {
    xmlText('toGraphml', 'edge key', k);
    scan('edge', a);
  });
  const ids: Record<Scope, Map<string, string>> = { graph: new Map(), node: new Map(), edge: new Map() };
  let chunk = '';
  const out = {
    push(...lines: string[]): void {
      for (const line of lines) chunk += `${line}\n`;
    },
  };
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const scope of ['graph', 'node', 'edge'] as const) {
    for (const [name, kind] of keys[scope]) {
      const id = `${scope[0]}${ids[scope].size}`;
      ids[scope].set(name, id);
      out.push(`  <key id="${id}" for="${scope}" attr.name="${escapeXml(name)}" attr.type="${kind}"/>`);
    }
  }
  const data = (scope: Scope, a: Attributes, indent: string): string[] =>
    Object.entries(a)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => `${indent}<data key="${ids[scope].get(k)}">${escapeXml(textOf(v, keys[scope].get(k)!))}</data>`);
  out.push(
    `  <graph edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`,
    ...data('graph', graph.getAttributes(), '    '),
  );
  for (const { node: key, attributes: a } of graph.nodeEntries()) {
    const inner = data('node', a, '      ');
    const id = escapeXml(key);
    out.push(
      inner.length ? `    <node id="${id}">` : `    <node id="${id}"/>`,
      ...inner,
      ...(inner.length ? ['    </node>'] : []),
    );
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  for (const { edge, attributes: a, source, target, undirected } of graph.edgeEntries()) {
    const directed = graph.type === 'mixed' && !undirected ? ' directed="true"' : '';
    const open = `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${directed}`;
    const inner = data('edge', a, '      ');
    out.push(inner.length ? `${open}>` : `${open}/>`, ...inner, ...(inner.length ? ['    </edge>'] : []));
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  out.push('  </graph>', '</graphml>');
  yield chunk;
}

/**
 * Reads a GraphML document into a people graph (graph type from `edgedefault` and per-edge
 * `directed`, multi when edges repeat, attribute types and `<default>`s as the keys declare), in
 * one pass over the text without building a DOM. Keys `for="all"` apply everywhere; yEd's graphics
 * are dropped but a node's label is kept as `label`; repeated edge ids are renumbered. A group node
 * (holding a nested `<graph>`) is not a person: the nodes inside it are read, the group is not.
 *
 * @param text - the GraphML text.
 * @param options - `source`, `addMissingNodes`, `maxDepth`.
 * @returns the graph.
 * @throws ParseError naming the source, line and column of malformed XML, a non-GraphML
 * document, a `<hyperedge>`, a node declared twice, or an edge to an unlisted node or to a group.
 * @remarks Time O(length of the text + n + m); memory: the graph, plus the edges until the end.
 * @example
 * parseGraphml(toGraphml(graph)).size === graph.size; // true
 */
export function parseGraphml(text: string, options: GraphmlReadOptions = {}): PeopleGraph {
  return readGraphmlText('parseGraphml', text, options);
}
