// Exact separation on the five shared graphs reproduces reference.json (igraph, cross-checked by
// networkx) to the last digit: whole_graph.* with its unordered counts doubled, and
// largest_component.* (component: 'largest'), including SNAP's interpolated effective diameter.
import { describe, expect, it } from 'vitest';
import { readEdgeList, separation } from '../../src/node.js';
import { DATASETS, SHARED, datasetPath, reference } from '../shared-data.js';

// reference counts {"1": c1, …} (unordered) → ordered distribution [0, 2·c1, …]
function doubled(counts: Record<string, number>): number[] {
  const max = Math.max(...Object.keys(counts).map(Number));
  return Array.from({ length: max + 1 }, (_, d) => 2 * (counts[String(d)] ?? 0));
}

describe.skipIf(!SHARED)('separation on reference datasets (../shared/data)', () => {
  for (const { name, file } of DATASETS) {
    it(`${name}: whole graph and largest component match reference.json`, async () => {
      const ref = reference(name);
      const csr = await readEdgeList(datasetPath(name, file));
      const whole = separation(csr, { method: 'exact' });
      const wg = ref.whole_graph;
      expect(whole.method).toBe('exact');
      expect(whole.distribution).toEqual(doubled(wg.connected_pairs_distance_distribution.counts));
      expect(whole.reachablePairs).toBe(2 * wg.connected_pairs_distance_distribution.total_connected_pairs);
      expect(whole.unreachablePairs).toBe(2 * wg.unconnected_pairs);
      expect(whole.meanDistance).toBe(wg.average_shortest_path_length_over_connected_pairs);
      expect(whole.diameter).toBe(wg.diameter_over_all_components);
      expect(whole.components).toEqual({ count: ref.components.count, largestSize: ref.components.largest_nodes });
      expect(whole.errors).toBeNull();

      const largest = separation(csr, { method: 'exact', component: 'largest' });
      const lc = ref.largest_component;
      expect(largest.people).toBe(lc.nodes);
      expect(largest.distribution).toEqual(doubled(lc.distance_distribution.counts));
      expect(largest.unreachablePairs).toBe(0);
      expect(largest.meanDistance).toBe(lc.average_shortest_path_length);
      expect(largest.degreesOfSeparation).toBe(lc.average_shortest_path_length - 1);
      expect(largest.diameter).toBe(lc.diameter);
      expect(largest.medianDistance).toBe(lc.median_distance);
      // SNAP CalcEffDiam over distinct pairs u ≠ v (not SNAP's own "self at distance 0" variant).
      expect(largest.effectiveDiameter).toBe(lc.effective_diameter_90.interpolated);
      expect(largest.connectedFraction).toBe(1);
    });
  }
});
