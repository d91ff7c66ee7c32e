import { describe, expect, it } from 'vitest';
import { ParseError, createPeopleGraph, parseGexf, parseGraphml, toGexf, toGraphml } from '../../src/index.js';

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
