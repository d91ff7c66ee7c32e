// The streaming GraphML reader on what the former path got wrong or never saw: yEd groups (a node
// holding a nested graph was counted as a person), typed defaults (read as text), per-edge
// directed="false", keys after the graph, namespace prefixes; and hostile or broken text, each a
// one-line ParseError with its line and column.
import { describe, expect, it } from 'vitest';
import { ParseError, parseGraphml } from '../../src/index.js';
import { oldParseGraphml } from './graphml-oracle-document.js';

// yEd 3.x, by hand: the "Engineering" group holds Ada, Theo and the nested group "Platform" (Lea);
// Mia is outside. Edges inside a group sit in its nested graph, as yEd writes them.
//
//   [Engineering: Ada ──▶ Theo   [Platform: Lea]]        Theo ──▶ Mia,  Lea ──▶ Ada
const YED_GROUPS = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:java="http://www.yworks.com/xml/yfiles-common/1.0/java" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
  <!--Created by yEd 3.23.2-->
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d4"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0" xml:space="preserve">Team chart</data>
    <node id="n0" yfiles.foldertype="group">
      <data key="d4" xml:space="preserve">https://example.org/eng</data>
      <data key="d6">
        <y:ProxyAutoBoundsNode>
          <y:Realizers active="0">
            <y:GroupNode>
              <y:Geometry height="150.0" width="200.0" x="0.0" y="0.0"/>
              <y:NodeLabel alignment="right" autoSizePolicy="node_width">Engineering</y:NodeLabel>
              <y:State closed="false" closedHeight="50.0" closedWidth="50.0"/>
            </y:GroupNode>
          </y:Realizers>
        </y:ProxyAutoBoundsNode>
      </data>
      <graph edgedefault="directed" id="n0:">
        <node id="n0::n0">
          <data key="d6"><y:ShapeNode><y:NodeLabel>Ada Moreau</y:NodeLabel></y:ShapeNode></data>
        </node>
        <node id="n0::n1">
          <data key="d6"><y:ShapeNode><y:NodeLabel>Theo Brun</y:NodeLabel></y:ShapeNode></data>
        </node>
        <node id="n0::n2" yfiles.foldertype="group">
          <data key="d6"><y:ProxyAutoBoundsNode><y:Realizers active="0"><y:GroupNode><y:NodeLabel>Platform</y:NodeLabel></y:GroupNode></y:Realizers></y:ProxyAutoBoundsNode></data>
          <graph edgedefault="directed" id="n0::n2:">
            <node id="n0::n2::n0">
              <data key="d6"><y:ShapeNode><y:NodeLabel>Lea Roux</y:NodeLabel></y:ShapeNode></data>
            </node>
          </graph>
        </node>
        <edge id="n0::e0" source="n0::n0" target="n0::n1">
          <data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="standard"/></y:PolyLineEdge></data>
        </edge>
      </graph>
    </node>
    <node id="n1">
      <data key="d6"><y:ShapeNode><y:NodeLabel>Mia Chen</y:NodeLabel></y:ShapeNode></data>
    </node>
    <edge id="e0" source="n0::n1" target="n1"/>
    <edge id="e1" source="n0::n2::n0" target="n0::n0"/>
  </graph>
  <data key="d7"><y:Resources/></data>
</graphml>
`;

describe('yEd groups (nested graphs)', () => {
  it('reads the people inside groups; a group is not a person', () => {
    const g = parseGraphml(YED_GROUPS, { source: 'groups.graphml' });
    expect(g.nodes()).toEqual(['n0::n0', 'n0::n1', 'n0::n2::n0', 'n1']);
    expect(g.nodes().map((n) => g.getNodeAttribute(n, 'label'))).toEqual([
      'Ada Moreau',
      'Theo Brun',
      'Lea Roux',
      'Mia Chen',
    ]);
    expect(g.type).toBe('directed');
    expect(g.edges()).toEqual(['n0::e0', 'e0', 'e1']);
    expect(g.source('e1')).toBe('n0::n2::n0');
    expect(g.getAttributes()).toEqual({ id: 'G', Description: 'Team chart' });
  });

  it('was read with the groups as people, a group carrying its members’ data', () => {
    const old = oldParseGraphml(YED_GROUPS);
    expect(old.hasNode('n0')).toBe(true);
    expect(old.order).toBe(6);
  });

  it('refuses an edge to a group with its line, naming the group', () => {
    const text = YED_GROUPS.replace(
      '<edge id="e1" source="n0::n2::n0" target="n0::n0"/>',
      '<edge id="e1" source="n1" target="n0"/>',
    );
    expect(() => parseGraphml(text, { source: 'groups.graphml' })).toThrow(
      /groups\.graphml, line 49, column 5: an edge's target "n0" is a group \(a node holding a nested <graph>\), not a person/,
    );
  });
});

const doc = (body: string, keys = ''): string =>
  `<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n${body}\n</graphml>`;

describe('what the former path read wrong', () => {
  it('casts <default>s as their key says (graphology-graphml kept the text)', () => {
    const text = doc(
      '<graph><node id="a"/><node id="b"><data key="k">2</data></node></graph>',
      '<key id="k" for="node" attr.name="rank" attr.type="int"><default>0</default></key>',
    );
    expect(parseGraphml(text).getNodeAttribute('a', 'rank')).toBe(0);
    expect(oldParseGraphml(text).getNodeAttribute('a', 'rank')).toBe('0');
  });

  it('reads directed="false" as an undirected edge of a directed document (was directed)', () => {
    const text = doc(
      '<graph edgedefault="directed"><node id="a"/><node id="b"/><edge source="a" target="b" directed="false"/></graph>',
    );
    const g = parseGraphml(text);
    expect(g.type).toBe('mixed');
    expect(g.undirectedSize).toBe(1);
    expect(oldParseGraphml(text).undirectedSize).toBe(0);
  });

  it('reads graph data after the nodes and after a <desc> (was dropped)', () => {
    const text = doc(
      '<graph><desc>about</desc><node id="a"/><data key="t">after</data></graph>',
      '<key id="t" for="graph" attr.name="title"/>',
    );
    expect(parseGraphml(text).getAttribute('title')).toBe('after');
    expect(oldParseGraphml(text).getAttribute('title')).toBeUndefined();
  });

  it('honours keys declared after the graph (a second pass over the text)', () => {
    const text = doc(
      '<graph><node id="a"><data key="k">7</data></node></graph><key id="k" for="node" attr.name="n" attr.type="int"/>',
    );
    expect(parseGraphml(text).getNodeAttributes('a')).toEqual({ n: 7 });
  });

  it('reads a document whose GraphML elements carry a prefix', () => {
    const text = `<g:graphml xmlns:g="http://graphml.graphdrawing.org/xmlns"><g:key id="k" for="node" attr.name="name"/><g:graph edgedefault="undirected"><g:node id="a"><g:data key="k">Ada</g:data></g:node><g:node id="b"/><g:edge source="a" target="b"/></g:graph></g:graphml>`;
    const g = parseGraphml(text);
    expect(g.getNodeAttributes('a')).toEqual({ name: 'Ada' });
    expect(g.size).toBe(1);
  });

  it('keeps the text of a key of an unknown attr.type (was "spec.cast is not a function")', () => {
    const text = doc(
      '<graph><node id="a"><data key="k">1.5</data></node></graph>',
      '<key id="k" for="node" attr.name="v" attr.type="vector"/>',
    );
    expect(parseGraphml(text).getNodeAttributes('a')).toEqual({ v: '1.5' });
    expect(() => oldParseGraphml(text)).toThrow(/cast is not a function/);
  });
});

describe('hostile and broken text: one line, with line and column', () => {
  it.each([
    [
      'an unterminated tag',
      doc('<graph>\n<node id="a"</graph>'),
      /line 5, column 13: malformed XML: an attribute of <node> without "=value"/,
    ],
    [
      'an unterminated attribute value',
      '<graphml><graph>\n<node id="a/></graph></graphml>',
      /line 2, column 7: malformed XML: the value of id is never closed/,
    ],
    [
      'a tag closing another',
      doc('<graph>\n  <node id="a"></edge></graph>'),
      /line 5, column 16: malformed XML: <\/edge> closes <node>/,
    ],
    [
      'an unknown entity',
      doc('<graph><node id="a&nbsp;"/></graph>'),
      /line 4, column 19: malformed XML: &nbsp;: entities declared in a DOCTYPE are not read/,
    ],
    [
      'a bare ampersand',
      doc('<graph><node id="a"><data key="x">fish & chips</data></node></graph>'),
      /line 4, column 40: malformed XML: "&" starts no entity/,
    ],
    [
      'a character reference past Unicode',
      doc('<graph><node id="&#x110000;"/></graph>'),
      /line 4, column 18: malformed XML: &#x110000; is not a character reference/,
    ],
    [
      'a bad character reference',
      doc('<graph><node id="&#xZZ;"/></graph>'),
      /line 4, column 18: malformed XML: &#xZZ; is not a character reference/,
    ],
    [
      'text after the root',
      `${doc('<graph/>')}\nmore`,
      /line 5, column 11: malformed XML: text outside the root element/,
    ],
    ['a second root', `${doc('<graph/>')}<graphml/>`, /line 5, column 11: malformed XML: a second root element/],
    [
      'an unclosed comment',
      doc('<graph><!-- never </graph>'),
      /line 4, column 8: malformed XML: a comment is never closed/,
    ],
    [
      'an unquoted attribute',
      doc('<graph edgedefault=directed/>'),
      /line 4, column 8: malformed XML: the value of edgedefault is not quoted/,
    ],
    [
      'a repeated attribute',
      doc('<graph><node id="a" id="b"/></graph>'),
      /line 4, column 21: malformed XML: attribute id repeated/,
    ],
    ['no <graph>', doc('<key id="k"/>'), /: the <graphml> document has no <graph> element/],
    ['a node without id', doc('<graph>\n<node/></graph>'), /line 5, column 1: a <node> without an id/],
    [
      'a bad edgedefault',
      doc('<graph edgedefault="sideways"/>'),
      /line 4, column 1: edgedefault="sideways": expected "directed" or "undirected"/,
    ],
    [
      'a node declared twice',
      doc('<graph><node id="a"/>\n<node id="a"/></graph>'),
      /line 5, column 1: the node id "a" is declared twice/,
    ],
    ['another root', '<svg><graph/></svg>', /line 1: expected a <graphml> document, found <svg>/],
    ['nothing', '  \n', /empty document: expected XML/],
    ['a comment only', '<!-- x -->', /line 1, column 11: malformed XML: no root element/],
  ])('%s', (_what, text, why) => {
    const error = (() => {
      try {
        parseGraphml(text, { source: 'bad.graphml' });
      } catch (e) {
        return e as Error;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect(error!.message).toMatch(why);
    expect(error!.message).toMatch(/^handshakes\/parseGraphml: bad\.graphml/);
    expect(error!.message).not.toMatch(/\n/);
  });

  it('reads a 20 MB attribute value and 10⁵ entities in linear time', () => {
    const long = 'x'.repeat(20_000_000);
    const refs = '&amp;'.repeat(100_000);
    const started = performance.now();
    const g = parseGraphml(doc(`<graph><node id="${long}"><data key="n">${refs}</data></node></graph>`));
    expect(g.getNodeAttribute(long, 'n')).toBe('&'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
