// The streaming GraphML reader (graphml-reader.ts) against the former read path (xmldom's DOM made
// readable by prepareGraphmlDocument, then graphology-graphml), kept here as the oracle: on random
// graphs written by toGraphml, and on hand-made variants of that text a reader must not tell apart
// (attribute order, white space and CRLF, a namespace prefix, CDATA, character references,
// comments and processing instructions, a DOCTYPE, a BOM, <default>s standing for data): the same
// graph type, nodes, edges, keys and typed attributes. The oracle reads the variant too, but for
// the prefix, which it cannot see through (it reads the unprefixed variant).
import { fc, test } from '@fast-check/vitest';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { describe, expect } from 'vitest';
import { KeySafeGraph, parseGraphml, toGraphml } from '../../src/index.js';
import { oldParseGraphml } from './graphml-oracle-document.js';

type G = AbstractGraph;

// keys and texts with XML's special characters, white space, non-ASCII; none XML 1.0 refuses
const TEXT = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a',
    'ada',
    '0',
    '-1',
    '1e3',
    'a&b',
    '<x>',
    '"q"',
    "it's",
    ']]>',
    'tab\there',
    'cr\rlf\n',
    'é😀',
  ),
  fc.string({
    unit: fc.constantFrom('a', 'b', ' ', '&', '<', '>', '"', "'", ';', '#', '\t', '\n', 'é', '€'),
    maxLength: 6,
  }),
  fc.string({ maxLength: 5 }).filter((s) => !/[\0-\x08\x0B\x0C\x0E-\x1F]/.test(s)),
);
const KEY = TEXT.filter((k) => !(k in Object.prototype));
const VALUE = fc.oneof(
  TEXT,
  fc.boolean(),
  fc.integer({ min: -5, max: 5 }),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(0.5, 2 ** 40, Number.NaN, Number.POSITIVE_INFINITY),
  fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 3 }),
  fc.record({ since: fc.integer({ min: 2000, max: 2030 }) }),
);
const NAMES = fc.constantFrom('name', 'weight', 'r', 'g', 'b', 'label', 'x', 'note', 'a b', 'é');
const ATTRIBUTES = fc.dictionary(NAMES, VALUE, { maxKeys: 4 });

interface Drawn {
  type: 'directed' | 'undirected' | 'mixed';
  multi: boolean;
  nodes: [string, Attributes][];
  edges: [number, number, boolean, Attributes][];
  graph: Attributes;
}
const GRAPH: fc.Arbitrary<Drawn> = fc
  .record({
    type: fc.constantFrom('directed', 'undirected', 'mixed'),
    multi: fc.boolean(),
    nodes: fc.uniqueArray(fc.tuple(KEY, ATTRIBUTES), { minLength: 1, maxLength: 8, selector: ([k]) => k }),
    graph: ATTRIBUTES,
  })
  .chain((d) =>
    fc.record({
      type: fc.constant(d.type),
      multi: fc.constant(d.multi),
      nodes: fc.constant(d.nodes),
      graph: fc.constant(d.graph),
      edges: fc.array(fc.tuple(fc.nat(d.nodes.length - 1), fc.nat(d.nodes.length - 1), fc.boolean(), ATTRIBUTES), {
        maxLength: 12,
      }),
    }),
  );

function build(d: Drawn): G {
  const g = new KeySafeGraph({ type: d.type, multi: d.multi }) as unknown as G;
  g.replaceAttributes({ ...d.graph });
  for (const [k, a] of d.nodes) g.addNode(k, { ...a });
  for (const [s, t, undirected, a] of d.edges) {
    const u = d.nodes[s]![0];
    const v = d.nodes[t]![0];
    const both = d.type === 'mixed' ? undirected : d.type === 'undirected';
    if (!d.multi && (both ? g.hasUndirectedEdge(u, v) : g.hasDirectedEdge(u, v))) continue;
    if (both) g.addUndirectedEdge(u, v, { ...a });
    else g.addDirectedEdge(u, v, { ...a });
  }
  return g;
}

/** Everything a reader decides, in order; edge keys only when the file names them. */
function shape(g: G, edgeKeys = true): unknown {
  const nodes: unknown[] = [];
  g.forEachNode((k, a) => nodes.push([k, a]));
  const edges: unknown[] = [];
  g.forEachEdge((e, a, s, t, _sa, _ta, undirected) => edges.push([edgeKeys ? e : '', s, t, undirected, a]));
  return { type: g.type, multi: g.multi, graph: g.getAttributes(), nodes, edges };
}

// ---- variants of toGraphml's text (one element a line, attribute values in double quotes) ----
const TAG = /<([A-Za-z:]+)((?:\s+[^\s=/>]+="[^"]*")*)\s*(\/?)>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)="([^"]*)"/g;
const DATA = /(<data key="[^"]*">)([^<]*)(<\/data>)/g;
const decode = (s: string): string =>
  s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_m, e: string) =>
    e[0] === '#'
      ? String.fromCharCode(Number(e.slice(1)))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"' } as const)[e as 'amp'],
  );

interface Variant {
  reorder: boolean;
  spaces: boolean;
  crlf: boolean;
  prefix: boolean;
  cdata: boolean;
  references: boolean;
  comments: boolean;
  doctype: boolean;
  bom: boolean;
  defaults: boolean;
}
const VARIANT: fc.Arbitrary<Variant> = fc.record({
  reorder: fc.boolean(),
  spaces: fc.boolean(),
  crlf: fc.boolean(),
  prefix: fc.boolean(),
  cdata: fc.boolean(),
  references: fc.boolean(),
  comments: fc.boolean(),
  doctype: fc.boolean(),
  bom: fc.boolean(),
  defaults: fc.boolean(),
});

// `change` applied to the text outside CDATA sections
const outsideCdata = (text: string, change: (part: string) => string): string =>
  text
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 0 ? change(part) : part))
    .join('');

function variant(text: string, v: Variant): string {
  let out = text;
  if (v.defaults) {
    // the commonest value of a string key becomes its <default>, its <data> dropped
    const counts = new Map<string, number>();
    for (const m of out.matchAll(DATA))
      counts.set(`${m[1]}\u0000${m[2]}`, (counts.get(`${m[1]}\u0000${m[2]}`) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    const [open, value] = best?.split('\u0000') ?? [];
    const id = open?.slice(11, -2);
    const key = new RegExp(`<key id="${id}" for="(node|edge)" attr\\.name="[^"]*" attr\\.type="string"/>`).exec(out);
    if (key && open !== undefined && value !== undefined) {
      out = out.replace(key[0], `${key[0].slice(0, -2)}><default>${value}</default></key>`);
      out = out.replaceAll(`${open}${value}</data>`, '');
    }
  }
  if (v.cdata)
    out = out.replace(DATA, (_m, open: string, body: string, close: string) =>
      body.includes('&#13;')
        ? `${open}${body}${close}`
        : `${open}<![CDATA[${decode(body).replaceAll(']]>', ']]]]><![CDATA[>')}]]>${close}`,
    );
  if (v.references)
    out = out.replace(DATA, (_m, open: string, body: string, close: string) =>
      body.startsWith('<![CDATA[')
        ? `${open}${body}${close}`
        : `${open}${body.replace(/&[^;]*;|[a-e']/g, (c) => (c === "'" ? '&apos;' : c.length > 1 ? c : `&#${c.charCodeAt(0)};`))}${close}`,
    );
  if (v.comments)
    out = out
      .replace(/(<\/data>)/g, '$1<!-- a comment -->')
      .replace(/(<data key="[^"]*">)/g, '$1<?pi inside data?>')
      .replace('<graphml', '<!-- before the root --><?tool hello?>\n<graphml');
  if (v.reorder || v.spaces || v.prefix)
    out = outsideCdata(out, (part) =>
      part.replace(TAG, (_m, name: string, attrs: string, close: string) => {
        let list = [...attrs.matchAll(ATTRIBUTE)].map((a) => [a[1]!, a[2]!] as const);
        if (v.reorder) list = list.reverse();
        if (v.prefix && name === 'graphml')
          list = list.map(([k, val]) => (k === 'xmlns' ? (['xmlns:g', val] as const) : ([k, val] as const)));
        const sep = v.spaces ? '\n\t  ' : ' ';
        const eq = v.spaces ? ' = ' : '=';
        const written = list.map(([k, val]) => `${sep}${k}${eq}"${val}"`).join('');
        return `<${v.prefix ? `g:${name}` : name}${written}${v.spaces ? ' ' : ''}${close}>`;
      }),
    );
  if (v.prefix) out = outsideCdata(out, (part) => part.replace(/<\/([A-Za-z]+)>/g, '</g:$1>'));
  if (v.crlf) out = out.replaceAll('>\n', '>\r\n');
  if (v.doctype) out = out.replace('<graphml', '<!DOCTYPE graphml [<!ELEMENT graphml ANY> <!-- ] > -->]>\n<graphml');
  if (v.doctype && v.prefix) out = out.replace('<g:graphml', '<!DOCTYPE g:graphml>\n<g:graphml');
  if (v.bom) out = `\uFEFF${out}`;
  return out;
}

describe('the streaming GraphML reader reads what the xmldom + graphology-graphml path read', () => {
  test.prop([GRAPH], { numRuns: 300 })('on graphs written by toGraphml', (drawn) => {
    const text = toGraphml(build(drawn));
    expect(shape(parseGraphml(text))).toStrictEqual(shape(oldParseGraphml(text)));
  });

  test.prop([GRAPH, VARIANT], { numRuns: 300 })('on hand-made variants of that text', (drawn, v) => {
    const text = toGraphml(build(drawn));
    // xmldom's getElementsByTagName ignores namespaces: the oracle reads the unprefixed variant
    expect(shape(parseGraphml(variant(text, v)))).toStrictEqual(
      shape(oldParseGraphml(variant(text, { ...v, prefix: false }))),
    );
  });

  test.prop([GRAPH], { numRuns: 100 })('on files whose edges have no id, or repeat ids (networkx)', (drawn) => {
    const text = toGraphml(build(drawn));
    const noIds = text.replace(/<edge id="[^"]*" /g, '<edge ');
    expect(shape(parseGraphml(noIds), false)).toStrictEqual(shape(oldParseGraphml(noIds), false));
    const repeated = text.replace(/<edge id="[^"]*" /g, '<edge id="0" ');
    expect(shape(parseGraphml(repeated))).toStrictEqual(shape(oldParseGraphml(repeated)));
  });

  test.prop([GRAPH, fc.boolean()], { numRuns: 100 })('on edges to undeclared nodes', (drawn, addMissingNodes) => {
    const text = toGraphml(build(drawn)).replace(/<node id="[^"]*"\/>\n/, '');
    const read = (parse: typeof parseGraphml): unknown => {
      try {
        return shape(parse(text, { addMissingNodes }));
      } catch {
        return 'refused';
      }
    };
    expect(read(parseGraphml)).toStrictEqual(read(oldParseGraphml));
  });
});
