// Unit tests of the friendly layer: fixtures drawn below, the empty and one-node graphs,
// Object.prototype keys, progress and cancellation, and the error table (class and code).
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  InvalidArgumentError,
  effectiveDiameter,
  fromEdges,
  separation,
  type Csr,
  type Progress,
} from '../../src/index.js';
import { preferentialAttachment } from './graphs.js';
import { keyTable } from '../../src/csr/node-keys.js';

//  constructor — toString — __proto__      x (isolated)
// (graphology cannot store edges between these keys, so the fixture is a Csr with a key table)
function pathOfOddKeys(): Csr {
  return fromEdges(
    { sources: [0, 1], targets: [1, 2] },
    { nodes: keyTable(['constructor', 'toString', '__proto__', 'x']) },
  );
}

describe('separation', () => {
  it('reads a path with Object.prototype keys and an isolated node', () => {
    const s = separation(pathOfOddKeys());
    expect(s.distribution).toEqual([0, 4, 2]);
    expect(s.reachablePairs).toBe(6);
    expect(s.unreachablePairs).toBe(12 - 6);
    expect(s.meanDistance).toBeCloseTo(8 / 6, 14);
    expect(s.degreesOfSeparation).toBeCloseTo(2 / 6, 14);
    expect(s.components).toEqual({ count: 2, largestSize: 3 });
    expect(separation(pathOfOddKeys(), { component: 'largest' }).connectedFraction).toBe(1);
  });

  it('handles the empty and the one-node graph', () => {
    for (const g of [
      new Graph(),
      (() => {
        const x = new Graph();
        x.addNode('a');
        return x;
      })(),
    ]) {
      const s = separation(g);
      expect(s.distribution).toEqual([0]);
      expect(s.reachablePairs).toBe(0);
      expect(s.unreachablePairs).toBe(0);
      expect(s.meanDistance).toBeNaN();
      expect(s.connectedFraction).toBeNaN();
      expect(s.diameter).toBe(0);
      for (const method of ['sample', 'hyperball'] as const) expect(separation(g, { method }).reachablePairs).toBe(0);
    }
  });

  it("picks exact for small graphs under 'auto'", () => {
    expect(separation(pathOfOddKeys()).method).toBe('exact');
  });

  it('reports progress and stops when aborted', () => {
    const g = preferentialAttachment(400, 2, 1);
    const seen: Progress[] = [];
    separation(g, { method: 'exact', onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toMatchObject({ done: 400, total: 400 });
    const controller = new AbortController();
    const run = (method: 'exact' | 'sample' | 'hyperball') =>
      separation(g, { method, onProgress: (p) => p.done >= 1 && controller.abort(), signal: controller.signal });
    for (const method of ['exact', 'sample', 'hyperball'] as const) {
      expect(() => run(method)).toThrow(AbortError);
      expect(() => separation(g, { method, signal: controller.signal })).toThrow(
        expect.objectContaining({ code: 'ABORTED' }),
      );
    }
  });
});

describe('effectiveDiameter', () => {
  it('interpolates like SNAP', () => {
    // karate club, unordered counts; doubling them changes nothing
    expect(effectiveDiameter([0, 78, 265, 137, 73, 8])).toBe(3.3410958904109593);
    expect(effectiveDiameter([0, 156, 530, 274, 146, 16])).toBe(3.3410958904109593);
    expect(effectiveDiameter([0, 78, 265, 137, 73, 8], 0.5)).toBe(1.7641509433962264);
    expect(effectiveDiameter([0, 10, 1])).toBe(1); // SNAP's quirk: the first bin already exceeds 90%
    expect(effectiveDiameter([0, 1, 0, 9], 1)).toBe(3); // never exceeded: the last distance
    expect(effectiveDiameter([0, 0, 0])).toBeNaN();
  });
});

describe('errors', () => {
  const g = fromEdges({ sources: [0], targets: [1] });
  const cases: [string, () => unknown, string][] = [
    ['graph', () => separation({} as never), 'graph'],
    ['method', () => separation(g, { method: 'fast' as never }), 'method'],
    ['component', () => separation(g, { component: 'biggest' as never }), 'component'],
    ['samples', () => separation(g, { samples: 0 }), 'samples'],
    ['log2m too small', () => separation(g, { log2m: 3 }), 'log2m'],
    ['log2m not integer', () => separation(g, { log2m: 6.5 }), 'log2m'],
    ['seed', () => separation(g, { seed: 0.5 }), 'seed'],
    ['maxDistance', () => separation(g, { maxDistance: -1 }), 'maxDistance'],
    ['mode', () => separation(g, { mode: 'up' as never }), 'mode'],
    ['onProgress', () => separation(g, { onProgress: 1 as never }), 'onProgress'],
    ['q', () => effectiveDiameter([0, 1], 0), 'q'],
    ['negative count', () => effectiveDiameter([0, -1]), 'distribution[1]'],
  ];
  it.each(cases)('%s', (_, call, argument) => {
    expect(call).toThrow(InvalidArgumentError);
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', argument });
      expect((error as Error).message).toMatch(/^handshakes\/(separation|effectiveDiameter): /);
    }
  });
});
