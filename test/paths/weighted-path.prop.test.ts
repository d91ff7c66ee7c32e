// weightedPath against two oracles: graphology-shortest-path's dijkstra (on simple graphs, where
// we trust it) and a Map-based Bellman–Ford (on multigraphs, with avoid, edgeFilter, maxLength).
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { describe, expect } from 'vitest';
import { weightedPath } from '../../src/index.js';
import { randomGraph } from '../arbitraries.js';
import { bellmanFord, caseGraph, caseOptions, constrainedCase, naiveEdges, type Case } from './naive-paths.js';

const weightsArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.double({ min: 0, max: 10, noNaN: true })), {
  minLength: 24,
  maxLength: 24,
});

function pathCost(c: Case, weights: number[], path: string[]): number {
  const edges = naiveEdges(c, weights);
  let total = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    const options = edges.get(path[i]!)!.filter(([v]) => v === path[i + 1]);
    expect(options.length).toBeGreaterThan(0);
    total += Math.min(...options.map(([, w]) => w));
  }
  return total;
}

describe('weightedPath', () => {
  test.prop([constrainedCase(), weightsArb])(
    'costs the same as Bellman–Ford, on a valid path honouring the constraints',
    (c, weights) => {
      const graph = caseGraph(c, weights);
      const options = caseOptions(c);
      for (const s of c.g.nodes) {
        for (const t of c.g.nodes) {
          const got = weightedPath(graph, s, t, options);
          const want = bellmanFord(c, weights, s, t, c.maxLength ?? Infinity);
          if (want === Infinity) {
            expect(got).toBeNull();
            continue;
          }
          expect(got).not.toBeNull();
          expect(got!.cost).toBeCloseTo(want, 9);
          expect(got!.path[0]).toBe(s);
          expect(got!.path[got!.path.length - 1]).toBe(t);
          expect(got!.path.length - 1).toBeLessThanOrEqual(c.maxLength ?? Infinity);
          for (const v of got!.path.slice(1, -1)) expect(c.avoid).not.toContain(v);
          expect(pathCost(c, weights, got!.path)).toBeCloseTo(got!.cost, 9);
        }
      }
    },
  );

  test.prop([randomGraph({ maxNodes: 10, types: ['undirected', 'directed'] }), weightsArb])(
    'costs the same as graphology-shortest-path dijkstra on simple graphs',
    (g, weights) => {
      const graph = new Graph({ type: g.type });
      for (const k of g.nodes) graph.addNode(k);
      g.edges.forEach(([a, b], i) => {
        if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b, { w: weights[i % weights.length] });
      });
      for (const s of g.nodes) {
        for (const t of g.nodes) {
          if (s === t) continue;
          const oracle = dijkstra.bidirectional(graph, s, t, 'w');
          const got = weightedPath(graph, s, t, { weight: 'w' });
          if (!oracle) {
            expect(got).toBeNull();
            continue;
          }
          let cost = 0;
          for (let i = 0; i + 1 < oracle.length; i++)
            cost += graph.getEdgeAttribute(graph.edge(oracle[i]!, oracle[i + 1]!)!, 'w') as number;
          expect(got!.cost).toBeCloseTo(cost, 9);
        }
      }
    },
  );
});
