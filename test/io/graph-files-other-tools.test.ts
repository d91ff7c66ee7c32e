// Graph files as other tools write them (yEd, igraph, networkx, Gephi): each case failed or read
// wrong before, with an internal message ("Cannot set properties of undefined") or a silent loss.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, parseGexf, parseGraphml } from '../../src/index.js';
import { displayName } from '../../src/viz/display-name.js';
import { runInProcess } from '../cli/run-in-process.js';
import { tempDir } from '../temp-dir.js';

const graphml = (body: string, keys = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">\n${keys}\n${body}\n</graphml>\n`;

// yEd 3.x: keys for `graphml` and `port`, graphics keys without a name, the name in <y:NodeLabel>
const YED = graphml(
  `<graph edgedefault="directed" id="G">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
      <y:NodeLabel alignment="center">Ada Moreau</y:NodeLabel></y:ShapeNode></data>
      <port name="p0"><data key="d1"><y:Port/></data></port></node>
    <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Theo Brun</y:NodeLabel></y:ShapeNode></data></node>
    <node id="n2"><data key="d4">https://example.org/mia</data></node>
    <edge id="e0" source="n0" target="n1" sourceport="p0"><data key="d10"><y:PolyLineEdge/></data></edge>
    <edge id="e1" source="n1" target="n2"/>
  </graph>
  <data key="d7"><y:Resources/></data>`,
  `<key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d4"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>`,
);

describe('GraphML from other tools', () => {
  it('reads a yEd file: graphml/port/graphics keys dropped, the node label kept as `label`', () => {
    const g = parseGraphml(YED, { source: 'yed.graphml' });
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes('n0')).toEqual({ label: 'Ada Moreau' });
    expect(g.getNodeAttributes('n2')).toEqual({ url: 'https://example.org/mia' });
    expect(g.getEdgeAttributes('e0')).toEqual({});
    expect(displayName(g, 'n1')).toBe('Theo Brun');
  });

  it('applies keys `for="all"` to nodes, edges and the graph (igraph, the spec)', () => {
    const g = parseGraphml(
      graphml(
        `<graph edgedefault="undirected"><data key="d0">team</data>
          <node id="a"><data key="d0">x</data></node><node id="b"/>
          <edge source="a" target="b"><data key="d0">y</data></edge></graph>`,
        '<key id="d0" for="all" attr.name="note" attr.type="string"/>',
      ),
    );
    expect(g.getNodeAttribute('a', 'note')).toBe('x');
    expect(g.getEdgeAttribute(g.edges()[0]!, 'note')).toBe('y');
    expect(g.getAttribute('note')).toBe('team');
  });

  it('names an attribute by its key id when the key has no attr.name', () => {
    const g = parseGraphml(
      graphml(`<graph><node id="a"><data key="name">Ada</data></node></graph>`, '<key id="name" for="node"/>'),
    );
    expect(g.getNodeAttributes('a')).toEqual({ name: 'Ada' });
  });

  it("reads a networkx multigraph, whose edge ids repeat across pairs (write_graphml's keys)", () => {
    const g = parseGraphml(
      graphml(`<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
        <edge source="a" target="b" id="0"/><edge source="a" target="b" id="1"/><edge source="b" target="c" id="0"/>
        </graph>`),
    );
    expect(g.size).toBe(3);
    expect(g.neighbors('b').sort()).toEqual(['a', 'c']);
  });

  it('refuses a hyperedge with its line instead of dropping it', () => {
    const text = graphml(`<graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
      <edge source="a" target="b"/>
      <hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph>`);
    expect(() => parseGraphml(text, { source: 'h.graphml' })).toThrow(ParseError);
    expect(() => parseGraphml(text, { source: 'h.graphml' })).toThrow(
      /h\.graphml, line 6, column \d+: a <hyperedge> joins more than two nodes/,
    );
  });
});

describe("Gephi's labels name people", () => {
  const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3" xmlns:viz="http://gexf.net/1.3/viz">
  <graph defaultedgetype="undirected" mode="static">
    <nodes>
      <node id="0" label="Ada Lovelace"><viz:size value="10.0"></viz:size></node>
      <node id="1" label="Theo Brun"></node>
      <node id="2" label="Mia Chen"></node>
    </nodes>
    <edges><edge id="0" source="0" target="1"/><edge id="1" source="1" target="2"/></edges>
  </graph>
</gexf>`;

  it('displayName falls back to `label`', () => {
    const g = parseGexf(GEPHI);
    expect(displayName(g, '0')).toBe('Ada Lovelace');
  });

  it('`path --from "<label>"` finds the person and prints the labels', async () => {
    const dir = tempDir('hs-gephi-');
    writeFileSync(join(dir, 'g.gexf'), GEPHI);
    const r = await runInProcess(['path', join(dir, 'g.gexf'), '--from', 'Ada Lovelace', '--to', 'Mia Chen'], dir);
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ada Lovelace → Theo Brun → Mia Chen');
  });
});
