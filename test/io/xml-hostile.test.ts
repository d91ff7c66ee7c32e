import { describe, expect, it } from 'vitest';
import { ParseError, createPeopleGraph, parseGexf, parseGraphml, toGexf, toGraphml } from '../../src/index.js';
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

describe('XML writers write only characters XML allows (#13)', () => {
  //   "a\0b" ── "esc\u001b"   (names with NUL, ESC, BEL and a lone surrogate)
  const g = createPeopleGraph();
  g.addNode('a\u0000b', { name: 'bell\u0007', note: 'x\uD800y' });
  g.addNode('esc\u001b');
  g.addEdge('a\u0000b', 'esc\u001b');

  it.each([
    ['gexf', toGexf, parseGexf],
    ['graphml', toGraphml, parseGraphml],
  ] as const)('%s', (_name, write, read) => {
    const xml = write(g);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const back = read(xml);
    expect(back.nodes().sort()).toEqual(['a\u2400b', 'esc\u241b']);
    expect(back.getNodeAttribute('a\u2400b', 'name')).toBe('bell\u2407');
    expect(back.getNodeAttribute('a\u2400b', 'note')).toBe('x\uFFFDy');
    expect(back.size).toBe(1);
  });
});
