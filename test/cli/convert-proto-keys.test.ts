// `handshakes convert` (the built command, as a subprocess) on inputs whose keys are named like
// Object.prototype members: a mixed multigraph with parallel edges and self-loops on `__proto__`,
// and an edge list. The GraphML and GEXF it writes read back with every node and edge.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbstractGraph } from 'graphology-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraph } from '../../src/node.js';
import { cli, ensureBuilt } from './built-cli.js';
import { tempDir } from '../temp-dir.js';

const tmp = tempDir('hs-convert-proto-');
beforeAll(() => ensureBuilt());

const MULTI = {
  options: { type: 'mixed', multi: true, allowSelfLoops: true },
  attributes: {},
  nodes: [{ key: '__proto__' }, { key: 'a' }, { key: 'constructor' }, { key: 'previous' }, { key: 'toString' }],
  edges: [
    { key: 'e0', source: '__proto__', target: 'a' },
    { key: 'e1', source: '__proto__', target: 'a' },
    { key: 'e2', source: 'a', target: '__proto__', undirected: true },
    { key: 'e3', source: '__proto__', target: '__proto__' },
    { key: 'e4', source: '__proto__', target: '__proto__', undirected: true },
    { key: 'e5', source: 'constructor', target: '__proto__', attributes: { w: { n: 1 } } },
    { key: 'e6', source: 'previous', target: 'toString', undirected: true },
    { key: 'e7', source: 'previous', target: 'toString', undirected: true },
  ],
};

const edgesOf = (g: AbstractGraph): string[] =>
  g.mapEdges((e, _a, s, t, _sa, _ta, undirected) => `${e} ${undirected ? 'u' : 'd'} ${s} ${t}`).sort();

describe('convert with keys named like Object.prototype members', () => {
  it.each(['out.graphml', 'out.gexf'])('a mixed multigraph (.json) to %s reads back whole', async (out) => {
    const input = join(tmp, 'multi.json');
    writeFileSync(input, JSON.stringify(MULTI));
    const r = cli(['convert', input, '--out', join(tmp, out), '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const graph = (await readGraph([join(tmp, out)])).graph as AbstractGraph;
    expect(graph.nodes().sort()).toEqual(MULTI.nodes.map((n) => n.key).sort());
    expect(edgesOf(graph)).toEqual(
      MULTI.edges.map((e) => `${e.key} ${e.undirected ? 'u' : 'd'} ${e.source} ${e.target}`).sort(),
    );
    expect(graph.multi).toBe(true);
    expect(graph.getEdgeAttribute('e5', 'w')).toBe('{"n":1}');
  });

  it.each(['out2.graphml', 'out2.gexf'])('an edge list to %s reads back whole', async (out) => {
    const input = join(tmp, 'edges.csv');
    writeFileSync(
      input,
      '__proto__,a\na,constructor\n__proto__,constructor\nprevious,next\nhasOwnProperty,__proto__\n',
    );
    const r = cli(['convert', input, '--out', join(tmp, out), '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const graph = (await readGraph([join(tmp, out)])).graph as AbstractGraph;
    expect(graph.order).toBe(6);
    expect(graph.mapEdges((_e, _a, s, t) => [s, t].sort().join(' ')).sort()).toEqual(
      ['__proto__ a', 'a constructor', '__proto__ constructor', 'next previous', '__proto__ hasOwnProperty'].sort(),
    );
  });
});
