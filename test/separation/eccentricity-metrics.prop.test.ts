// eccentricity and diameter against graphology-metrics (a second, independent oracle after the
// Map-based BFS of test/oracle.ts), on simple undirected graphs: graphology-metrics walks them with
// graphology-shortest-path, trustworthy there (not on multigraphs or self-loops). Both report
// Infinity for a node that cannot reach everyone. Edge-less graphs are left out: graphology-metrics
// answers Infinity for every node of a graph without edges, even a single node (ours: 0).
import { fc, test } from '@fast-check/vitest';
import Graph from 'graphology';
import metricsDiameter from 'graphology-metrics/graph/diameter.js';
import metricsEccentricity from 'graphology-metrics/node/eccentricity.js';
import { describe, expect } from 'vitest';
import { diameter, eccentricity } from '../../src/index.js';
import { randomGraph } from '../arbitraries.js';

describe('eccentricity and diameter agree with graphology-metrics', () => {
  test.prop([randomGraph({ maxNodes: 25, maxEdges: 50, types: ['undirected'] })])(
    'on simple undirected graphs',
    (g) => {
      const graph = new Graph({ type: 'undirected' });
      for (const k of g.nodes) graph.addNode(k);
      for (const [a, b] of g.edges) if (a !== b) graph.mergeEdge(a, b);
      fc.pre(graph.size > 0);
      const ours = eccentricity(graph);
      graph.forEachNode((v) => expect(ours.get(v), v).toBe(metricsEccentricity(graph, v)));
      const theirs = metricsDiameter(graph);
      if (theirs !== Infinity) expect(diameter(graph)).toBe(theirs);
    },
  );
});
