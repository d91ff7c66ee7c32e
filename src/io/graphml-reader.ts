// GraphML read in one pass over the text (xml-tokens.ts), no DOM: keys (graphml-keys.ts), the
// first <graph>'s data and edgedefault, nodes as they come, edges added at the end
// (graphml-edges.ts). Elements count as GraphML in the root element's namespace, whatever its
// prefix; yEd's own elements are skipped but for the node label. Group nodes (holding a nested
// <graph>) are not people: the nodes inside are read, the group is not. Keys declared after the
// graph are honoured by reading the text a second time.

import { ParseError } from '../errors.js';
import { KeySafeGraph } from '../model/key-safe-graph.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { type GraphmlEdges, addGraphmlEdges, noEdges } from './graphml-edges.js';
import { GraphmlKeys } from './graphml-keys.js';
import { XmlElements } from './xml-elements.js';
import { XML_END, XML_START, type XmlAt } from './xml-tokens.js';
import { MAX_XML_DEPTH } from './xml-depth.js';

/** What `readGraphmlText` takes. */
export interface GraphmlTextOptions {
  source?: string;
  addMissingNodes?: boolean;
  maxDepth?: number;
}

type Attributes = Record<string, unknown>;

class Reader extends XmlElements {
  graph: PeopleGraph | null = null;
  graphAttributes: Attributes = {};
  readonly edges: GraphmlEdges = noEdges();
  readonly groups = new Set<string>();
  lateKeys = false;

  constructor(
    text: string,
    at: XmlAt,
    maxDepth: number,
    readonly keys: GraphmlKeys,
    readonly keysKnown: boolean,
  ) {
    super(text, at, maxDepth);
  }

  readKey(): void {
    if (this.keysKnown) {
      this.skip();
      return;
    }
    if (this.graph !== null) this.lateKeys = true;
    const own = new Map<string, string>();
    const a = this.tokens.attributes;
    for (let i = 0; i < a.length; i += 2) own.set(a[i]!, a[i + 1]!);
    let defaultText: string | undefined;
    for (;;) {
      const kind = this.next();
      if (kind === XML_END) break;
      if (kind !== XML_START) continue;
      if (this.local() === 'default' && defaultText === undefined) defaultText = this.content().text;
      else this.skip();
    }
    this.keys.add((name) => own.get(name), defaultText);
  }

  // <data> of a graph, node or edge: its attribute (yEd's graphics give a node its `label`).
  readData(scope: 'graph' | 'node' | 'edge', attributes: Attributes): void {
    const key = this.attribute('key') ?? '';
    if (!this.keys.isDropped(key)) this.keys.apply(scope, attributes, key, this.content().text);
    else if (scope !== 'node') this.skip();
    else {
      const label = this.content(true).label?.trim();
      if (label) this.keys.apply('node', attributes, 'label', label);
    }
  }

  readGraph(): void {
    const offset = this.tokens.start;
    const given = this.attribute('edgedefault') || 'undirected';
    if (given !== 'directed' && given !== 'undirected')
      this.fail(`edgedefault="${given}": expected "directed" or "undirected"`, offset);
    const edgedefault = given as 'directed' | 'undirected';
    const first = this.graph === null;
    if (first) {
      this.graph = new KeySafeGraph({ type: edgedefault }) as unknown as PeopleGraph;
      const id = this.attribute('id');
      if (id) this.graphAttributes.id = id;
    }
    for (;;) {
      const kind = this.next();
      if (kind === XML_END) break;
      if (kind !== XML_START) continue;
      const local = this.local();
      if (local === 'node') this.readNode();
      else if (local === 'edge') this.readEdge(edgedefault === 'directed');
      else if (local === 'data' && first) this.readData('graph', this.graphAttributes);
      else if (local === 'hyperedge')
        this.fail(
          'a <hyperedge> joins more than two nodes, which handshakes does not read: write it as edges between each pair, or drop it',
          this.tokens.start,
        );
      else this.skip();
    }
  }

  readNode(): void {
    const offset = this.tokens.start;
    const id = this.attribute('id');
    if (id === undefined) this.fail('a <node> without an id', offset);
    let attributes: Attributes = {};
    let group = false;
    for (;;) {
      const kind = this.next();
      if (kind === XML_END) break;
      if (kind !== XML_START) continue;
      const local = this.local();
      if (local === 'data') this.readData('node', attributes);
      else if (local === 'graph') {
        group = true;
        this.readGraph();
      } else this.skip();
    }
    const graph = this.graph!;
    if (graph.hasNode(id) || this.groups.has(id))
      this.fail(`the node id ${JSON.stringify(id)} is declared twice`, offset);
    if (group) this.groups.add(id);
    else {
      attributes = this.keys.finish('node', attributes);
      graph.addNode(id, attributes);
    }
  }

  readEdge(directedByDefault: boolean): void {
    const { edges } = this;
    edges.offsets.push(this.tokens.start);
    edges.ids.push(this.attribute('id'));
    edges.sources.push(this.attribute('source') ?? '');
    edges.targets.push(this.attribute('target') ?? '');
    const directed = this.attribute('directed');
    edges.directed.push(directed === 'true' ? true : directed === 'false' ? false : directedByDefault);
    const attributes: Attributes = {};
    for (;;) {
      const kind = this.next();
      if (kind === XML_END) break;
      if (kind !== XML_START) continue;
      if (this.local() === 'data') this.readData('edge', attributes);
      else this.skip();
    }
    edges.attributes.push(this.keys.finish('edge', attributes));
  }

  read(): void {
    while (this.next() !== XML_START);
    const name = this.tokens.name;
    if (name.slice(name.indexOf(':') + 1).toLowerCase() !== 'graphml')
      this.tokens.fail(`expected a <graphml> document, found <${name}>`, 0, false);
    this.rootNamespace();
    for (;;) {
      const kind = this.next();
      if (kind === XML_END) break;
      if (kind !== XML_START) continue;
      const local = this.local();
      if (local === 'key') this.readKey();
      else if (local === 'graph') this.readGraph();
      else this.skip();
    }
    this.next(); // the end of the text: anything after the root is checked
  }
}

/**
 * Reads GraphML text into a people graph (see the file header).
 *
 * @param where - the public function, for errors.
 * @param text - the GraphML text.
 * @param options - `source`, `addMissingNodes` (default `false`), `maxDepth` (default 256).
 * @returns the graph.
 * @throws ParseError naming the source, line and column.
 * @remarks Time O(length of the text + n + m).
 */
export function readGraphmlText(where: string, text: string, options: GraphmlTextOptions = {}): PeopleGraph {
  const at: XmlAt = { where, ...(options.source === undefined ? {} : { source: options.source }) };
  if (typeof text !== 'string' || text.trim() === '') throw new ParseError(where, 'empty document: expected XML', at);
  const maxDepth = options.maxDepth ?? MAX_XML_DEPTH;
  let reader = new Reader(text, at, maxDepth, new GraphmlKeys(), false);
  reader.read();
  if (reader.lateKeys) {
    reader = new Reader(text, at, maxDepth, reader.keys, true);
    reader.read();
  }
  const { graph } = reader;
  if (graph === null) throw new ParseError(where, 'the <graphml> document has no <graph> element', at);
  graph.replaceAttributes(reader.keys.finish('graph', reader.graphAttributes));
  return addGraphmlEdges(graph, reader.edges, reader.groups, options.addMissingNodes ?? false, reader.fail);
}
