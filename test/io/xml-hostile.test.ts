import { describe, expect, it } from 'vitest';
import {
  InvalidArgumentError,
  ParseError,
  createPeopleGraph,
  graphmlChunks,
  parseGexf,
  parseGraphml,
  toGexf,
  toGraphml,
} from '../../src/index.js';
import { xmlRootName } from '../../src/io/sniff-content.js';

const nested = (root: string, depth: number): string =>
  `<?xml version="1.0"?><${root}><graph>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</graph></${root}>`;

describe('XML readers on hostile input (#13)', () => {
  it.each([
    ['gexf', parseGexf],
    ['graphml', parseGraphml],
  ] as const)('%s: refuses nesting past maxDepth before building a DOM', (root, parse) => {
    const started = performance.now();
    const error = (() => {
      try {
        parse(nested(root, 1_000_000), { source: `deep.${root}` });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(
      new RegExp(`deep\\.${root}, line 1: elements nest deeper than 256 levels`),
    );
    expect(performance.now() - started).toBeLessThan(2000);
    expect(() => parse(nested(root, 20), { maxDepth: 10 })).toThrow(/deeper than 10 levels/);
  });

  it('counts depth past comments, CDATA, self-closing tags and quoted `>`', () => {
    const xml = `<?xml version="1.0"?><!-- <a><b><c> --><gexf><graph><![CDATA[<x><y>]]><nodes><node id="a>b" label="x/"/><node id="c"/></nodes></graph></gexf>`;
    expect(parseGexf(xml, { maxDepth: 4 }).order).toBe(2);
  });
});

describe('XML with a DOCTYPE and entities', () => {
  const doc = (root: string, subset: string, label: string): string =>
    root === 'gexf'
      ? `<?xml version="1.0"?>\n<!DOCTYPE gexf [${subset}]>\n<gexf version="1.3"><graph><nodes><node id="a" label="${label}"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>`
      : `<?xml version="1.0"?>\n<!DOCTYPE graphml [${subset}]>\n<graphml><graph edgedefault="undirected"><node id="a"><data key="label">${label}</data></node><node id="b"/><edge source="a" target="b"/></graph></graphml>`;

  it.each(['gexf', 'graphml'])('%s: the root is found past an internal subset (was "an XML document")', (root) => {
    expect(xmlRootName(doc(root, '<!ELEMENT x ANY>', 'Ada'))).toBe(root);
    expect(xmlRootName('<!DOCTYPE gexf [<!ENTITY a "]">]><gexf>')).toBe('gexf');
  });

  it.each([
    ['gexf', 'XXE', parseGexf, '<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;'],
    [
      'graphml',
      'billion laughs',
      parseGraphml,
      '<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">',
      '&l2;',
    ],
  ] as const)('%s: %s is one clean ParseError, nothing expanded or fetched', (root, _, parse, subset, label) => {
    const read = (): unknown => parse(doc(root, subset, label), { source: `x.${root}` });
    expect(read).toThrow(ParseError);
    expect(read).toThrow(
      /^handshakes\/parse\w+: x\.\w+, line \d+, column \d+: malformed XML: &\w+;: entities declared in a DOCTYPE are not read/,
    );
    expect(read).not.toThrow(/ParseError:|element parse error/); // not reported twice, wrapped
  });
});

describe('XML writers refuse what XML 1.0 cannot hold, naming it (#13, h1)', () => {
  // Writing `a\0` as `a␀` (the Control Pictures sign) merged it with a real `a␀`: a different graph
  // came back, exit 0. Now each writer refuses, naming the text, the character and what carries it.
  const graphWith = (build: (g: ReturnType<typeof createPeopleGraph>) => void) => {
    const g = createPeopleGraph();
    build(g);
    return g;
  };
  const CASES = [
    [
      'node key',
      graphWith((g) => g.mergeEdge('a\u0000', 'a\u2400')),
      /node key "a\\u0000" holds U\+0000.*\.json or \.hsg/,
    ],
    ['node key (ESC)', graphWith((g) => g.addNode('esc\u001b')), /node key "esc\\u001b" holds U\+001B.*an edge list/],
    [
      'node key (lone surrogate)',
      graphWith((g) => g.addNode('x\uD800')),
      /node key "x\\ud800" holds U\+D800.*write \.json instead/,
    ],
    ['edge key', graphWith((g) => g.addEdgeWithKey('e\u0007', g.addNode('a'), g.addNode('b'))), /edge key "e\\u0007"/],
    ['attribute name', graphWith((g) => g.addNode('a', { 'bell\u0007': 1 })), /node attribute name "bell\\u0007"/],
    [
      'attribute value',
      graphWith((g) => g.addNode('a', { note: 'x\uFFFF' })),
      /node attribute value "x\uFFFF" holds U\+FFFF/,
    ],
    [
      'value in a list',
      graphWith((g) => g.addNode('a', { tags: ['ok', 'x\uFFFE'] })),
      /node attribute value .* holds U\+FFFE/,
    ],
    ['graph attribute', graphWith((g) => g.setAttribute('name', 'nul\u0000')), /graph attribute value "nul\\u0000"/],
  ] as const;

  it.each(CASES)('%s: both writers refuse with one line', (_what, g, why) => {
    for (const write of [toGexf, toGraphml]) {
      const error = (() => {
        try {
          write(g);
        } catch (e) {
          return e as Error;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect(error!.message).toMatch(why);
      expect(error!.message).toMatch(/XML 1\.0 cannot carry/);
      expect(error!.message).not.toMatch(/\n/);
    }
  });

  it('refuses before the first chunk of a streamed GraphML is out', () => {
    const g = createPeopleGraph();
    for (let i = 0; i < 5000; i++) g.addNode(`person ${i} with a long name to fill chunks`);
    g.addNode('last\u0000');
    const chunks = graphmlChunks(g);
    expect(() => chunks.next()).toThrow(/node key "last\\u0000"/);
  });

  it('writes tab, line feed, carriage return and characters past U+FFFF, which XML holds', () => {
    const g = createPeopleGraph();
    g.addNode('a\tb\r\nc😀', { note: 'x\ry\n' });
    for (const [write, read] of [
      [toGexf, parseGexf],
      [toGraphml, parseGraphml],
    ] as const) {
      const back = read(write(g));
      expect(back.nodes()).toEqual(['a\tb\r\nc😀']);
      expect(back.getNodeAttribute('a\tb\r\nc😀', 'note')).toBe('x\ry\n');
    }
  });
});
