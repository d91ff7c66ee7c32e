// The JSON shapes people hand over besides graphology's: an array of pairs (`[["a","b"], …]`, a
// third element of attributes allowed, as networkx's `list(G.edges(data=True))`), an array of
// `{source, target, …}` objects, and node-link JSON (`{nodes: [{id}], links|edges: [{source,
// target}]}`, networkx's node_link_data, d3's examples; or `adjacency` lists, networkx's
// adjacency_data). Keys are strings or numbers (String()ed); anything else is a ParseError naming
// the element. Graphs are key-safe (`__proto__` is a name).

import { ParseError } from '../errors.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';

type Where = { source?: string };
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

// a node key: a string or a finite number
function keyOf(value: unknown, what: () => string, at: Where): string {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  throw new ParseError(
    'parseGraphJson',
    `${what()}: expected a node key (a string or a number), got ${shown(value)}`,
    at,
  );
}

// the fields of `object` but `omit`, as an object whose every key is its own (`__proto__` included)
const attributesOf = (object: Json, omit: readonly string[]): Json =>
  Object.fromEntries(Object.entries(object).filter(([k]) => !omit.includes(k)));

// an array of edges: pairs, pairs with attributes, or {source, target, …} objects
function edgeArray(data: readonly unknown[], at: Where): PeopleGraph {
  const graph = new KeySafeGraph({ type: 'undirected', multi: true });
  data.forEach((item, i) => {
    const what = (end?: string): string => `edge ${i + 1} of the array${end ? ` (${end})` : ''}`;
    let source: unknown;
    let target: unknown;
    let attributes: Json = {};
    if (Array.isArray(item) && (item.length === 2 || (item.length === 3 && isObject(item[2])))) {
      [source, target] = item;
      if (item.length === 3) attributes = attributesOf(item[2] as Json, []);
    } else if (isObject(item) && 'source' in item && 'target' in item) {
      ({ source, target } = item);
      attributes = attributesOf(item, ['source', 'target']);
    } else
      throw new ParseError(
        'parseGraphJson',
        `${what()}: expected [source, target], [source, target, {attributes}] or {"source", "target"}, got ${shown(item)}`,
        at,
      );
    const s = keyOf(source, () => what('source'), at);
    const t = keyOf(target, () => what('target'), at);
    graph.mergeNode(s);
    graph.mergeNode(t);
    graph.addEdge(s, t, attributes);
  });
  return graph as unknown as PeopleGraph;
}

// node-link JSON: nodes by `id`, links naming them by id
function nodeLink(data: Json, nodes: readonly unknown[], links: readonly unknown[], at: Where): PeopleGraph {
  const graph = new KeySafeGraph({
    type: data.directed === true ? 'directed' : 'undirected',
    multi: data.multigraph !== false,
  });
  nodes.forEach((node, i) => {
    if (!isObject(node) || !('id' in node))
      throw new ParseError('parseGraphJson', `node ${i + 1}: expected {"id", …}, got ${shown(node)}`, at);
    const key = keyOf(node.id, () => `node ${i + 1} (id)`, at);
    if (graph.hasNode(key))
      throw new ParseError('parseGraphJson', `node ${i + 1}: id ${JSON.stringify(key)} repeats an earlier node`, at);
    graph.addNode(key, attributesOf(node, ['id']));
  });
  links.forEach((link, i) => {
    const what = (end: string): string => `link ${i + 1} (${end})`;
    if (!isObject(link) || !('source' in link) || !('target' in link))
      throw new ParseError('parseGraphJson', `link ${i + 1}: expected {"source", "target", …}, got ${shown(link)}`, at);
    const [s, t] = (['source', 'target'] as const).map((end) => {
      const key = keyOf(link[end], () => what(end), at);
      // never a node made up: a link naming nodes by position (d3's default) would join the wrong people
      if (!graph.hasNode(key))
        throw new ParseError('parseGraphJson', `${what(end)}: ${JSON.stringify(key)} is not the id of a node`, at);
      return key;
    }) as [string, string];
    if (!graph.multi && graph.hasEdge(s, t))
      throw new ParseError(
        'parseGraphJson',
        `link ${i + 1}: repeats the edge ${JSON.stringify(s)}–${JSON.stringify(t)} of a graph that is not a multigraph`,
        at,
      );
    graph.addEdge(s, t, attributesOf(link, ['source', 'target']));
  });
  return graph as unknown as PeopleGraph;
}

/**
 * Reads parsed JSON of the common edge shapes other than graphology's: an array of `[source,
 * target]` pairs (optionally `[source, target, {attributes}]`), an array of `{source, target, …}`
 * objects (undirected, repeats kept as parallel edges), or node-link JSON (`nodes` with `id`, and
 * `links` or `edges` naming them by id, or networkx's `adjacency` lists; `directed` and
 * `multigraph` as networkx writes them).
 *
 * @param data - the parsed JSON.
 * @param at - `source`: the file name, for errors.
 * @returns the graph, or `null` when `data` is none of these shapes (graphology's format, or no graph).
 * @throws ParseError naming the element (`edge 3 of the array`, `link 2 (target)`) and the reason;
 * for nodes with an `id` and no `links`, `edges` or `adjacency` (which would read as no edges).
 * @remarks Time O(n + m).
 */
export function graphFromJsonEdges(data: unknown, at: Where): PeopleGraph | null {
  if (Array.isArray(data)) return edgeArray(data, at);
  if (!isObject(data) || !Array.isArray(data.nodes)) return null;
  const links = Array.isArray(data.links) ? data.links : data.edges;
  const first: unknown = data.nodes[0];
  // graphology's nodes have a `key`; node-link nodes an `id`
  const isNodeLink = Array.isArray(data.links) || (isObject(first) && !('key' in first) && 'id' in first);
  if (!isNodeLink) return null;
  if (Array.isArray(links)) return nodeLink(data, data.nodes, links, at);
  if (Array.isArray(data.adjacency)) return nodeLink(data, data.nodes, adjacencyLinks(data, data.adjacency, at), at);
  // nodes by id and nothing saying how they connect: a graph without edges would be read silently
  throw new ParseError(
    'parseGraphJson',
    'nodes with an `id` but no `links`, `edges` or `adjacency` array: not a node-link or adjacency graph handshakes reads',
    at,
  );
}

// networkx's adjacency_data: `adjacency[i]` lists the neighbours of `nodes[i]` as `{id, …attributes}`
// (`key` too in a multigraph). An undirected edge is listed from both ends: it is kept once.
function adjacencyLinks(data: Json, adjacency: readonly unknown[], at: Where): Json[] {
  const nodes = data.nodes as unknown[];
  if (adjacency.length !== nodes.length)
    throw new ParseError(
      'parseGraphJson',
      `adjacency: ${adjacency.length} lists for ${nodes.length} nodes (networkx's adjacency_data has one per node)`,
      at,
    );
  const directed = data.directed === true;
  const seen = new Set<string>();
  const links: Json[] = [];
  adjacency.forEach((list, i) => {
    const node = nodes[i];
    if (!Array.isArray(list) || !isObject(node))
      throw new ParseError(
        'parseGraphJson',
        `adjacency ${i + 1}: expected a list of {"id", …}, got ${shown(list)}`,
        at,
      );
    const source = keyOf(node.id, () => `node ${i + 1} (id)`, at);
    list.forEach((entry, k) => {
      if (!isObject(entry) || !('id' in entry))
        throw new ParseError(
          'parseGraphJson',
          `adjacency ${i + 1}, entry ${k + 1}: expected {"id", …}, got ${shown(entry)}`,
          at,
        );
      const target = keyOf(entry.id, () => `adjacency ${i + 1}, entry ${k + 1} (id)`, at);
      if (!directed) {
        const ends = [source, target].sort();
        const id = JSON.stringify([...ends, entry.key ?? null]);
        if (seen.has(id)) return;
        seen.add(id);
      }
      links.push({ ...attributesOf(entry, ['id', 'key']), source, target });
    });
  });
  return links;
}
