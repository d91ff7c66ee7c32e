// Attributes named like Object.prototype members (`__proto__`, `constructor`…) in GraphML and GEXF.
// graphology-graphml's parser kept attributes in plain objects, so `__proto__` set the object's
// prototype and was lost; graphology-gexf's writer drops every such name and its parser loses
// `__proto__`. GraphML now keeps them both ways; GEXF refuses them in one line.
import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  KeySafeGraph,
  ParseError,
  parseGexf,
  parseGraphml,
  toGexf,
  toGraphml,
} from '../../src/index.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

// an attribute object whose every name is its own (`{ __proto__: 1 }` would set the prototype)
const own = (entries: [string, unknown][]): Record<string, unknown> => Object.fromEntries(entries);

//   x ── y, every attribute name of NAMES on x and on the edge
function graph(): InstanceType<typeof KeySafeGraph> {
  const g = new KeySafeGraph({ type: 'undirected' });
  g.addNode('x', own(NAMES.map((n, i) => [n, `node ${i}`])));
  g.addNode('y', own([['__proto__', 'seven']]));
  g.addEdgeWithKey('e', 'x', 'y', own(NAMES.map((n, i) => [n, i % 2 === 0])));
  return g;
}

describe('GraphML keeps attributes named like Object.prototype members', () => {
  it('writes and reads them back as own properties, with their types', () => {
    const back = parseGraphml(toGraphml(graph()));
    const x = back.getNodeAttributes('x');
    for (const [i, name] of NAMES.entries()) {
      expect(Object.hasOwn(x, name)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(x, name)?.value).toBe(`node ${i}`);
      expect(Object.getOwnPropertyDescriptor(back.getEdgeAttributes('e'), name)?.value).toBe(i % 2 === 0);
    }
    expect(Object.getOwnPropertyDescriptor(back.getNodeAttributes('y'), '__proto__')?.value).toBe('seven');
    expect(Object.getPrototypeOf(x)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('reads them from a file: declared keys, defaults and graph data', () => {
    const text = `<?xml version="1.0"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="p" for="node" attr.name="__proto__" attr.type="string"><default>fallback</default></key>
  <key id="c" for="all" attr.name="constructor" attr.type="int"/>
  <graph edgedefault="undirected">
    <data key="c">3</data>
    <node id="a"><data key="p">polluted?</data></node>
    <node id="b"><data key="c">1</data></node>
    <edge source="a" target="b"><data key="c">2</data></edge>
  </graph>
</graphml>`;
    const g = parseGraphml(text);
    expect(Object.getOwnPropertyDescriptor(g.getNodeAttributes('a'), '__proto__')?.value).toBe('polluted?');
    expect(Object.getOwnPropertyDescriptor(g.getNodeAttributes('b'), '__proto__')?.value).toBe('fallback');
    expect(Object.getOwnPropertyDescriptor(g.getNodeAttributes('b'), 'constructor')?.value).toBe(1);
    expect(Object.getOwnPropertyDescriptor(g.getEdgeAttributes(g.edges()[0]!), 'constructor')?.value).toBe(2);
    expect(Object.getOwnPropertyDescriptor(g.getAttributes(), 'constructor')?.value).toBe(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('GEXF refuses them (graphology-gexf drops them)', () => {
  it.each(NAMES)('toGexf refuses a node attribute named %j, naming it and GraphML', (name) => {
    const g = new KeySafeGraph();
    g.addNode('x', own([[name, 'v']]));
    expect(() => toGexf(g)).toThrow(InvalidArgumentError);
    expect(() => toGexf(g)).toThrow(new RegExp(`node attribute name "${name}" is lost .*write \\.graphml or \\.json`));
  });

  it('parseGexf refuses an attribute titled __proto__ with its line', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft"><graph defaultedgetype="directed">
<attributes class="node">
<attribute id="0" title="__proto__" type="string"/></attributes>
<nodes><node id="x"><attvalues><attvalue for="0" value="p"/></attvalues></node></nodes><edges/></graph></gexf>`;
    expect(() => parseGexf(text, { source: 'p.gexf' })).toThrow(ParseError);
    expect(() => parseGexf(text, { source: 'p.gexf' })).toThrow(
      /p\.gexf, line 4, column 1: the attribute "__proto__" names a member of every JavaScript object/,
    );
  });

  it('parseGexf still reads a title such as "constructor" under a numeric id', () => {
    const text = `<gexf version="1.2"><graph><attributes class="node"><attribute id="0" title="constructor" type="string"/></attributes>
<nodes><node id="x"><attvalues><attvalue for="0" value="c"/></attvalues></node></nodes></graph></gexf>`;
    expect(Object.getOwnPropertyDescriptor(parseGexf(text).getNodeAttributes('x'), 'constructor')?.value).toBe('c');
  });
});
