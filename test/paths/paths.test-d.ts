// Types of the path queries (checked by `tsc -p .`): results, bigint counts, generic edge
// attributes flowing into edgeFilter and weight, and the options each function refuses.
import Graph from 'graphology';
import { describe, expectTypeOf, it } from 'vitest';
import {
  allShortestPaths,
  connection,
  countShortestPaths,
  disjointPaths,
  introducers,
  weightedPath,
  type ConnectionLabel,
  type ConnectionResult,
  type Introducer,
  type WeightedPathResult,
} from '../../src/index.js';

interface Tie {
  known: boolean;
  strength: number;
}

describe('path query types', () => {
  it('return the documented shapes', () => {
    const graph = new Graph<Record<string, unknown>, Tie>();
    expectTypeOf(connection(graph, 'a', 'b')).toEqualTypeOf<ConnectionResult>();
    expectTypeOf(connection(graph, 'a', 'b').label).toEqualTypeOf<ConnectionLabel | null>();
    expectTypeOf(countShortestPaths(graph, 'a', 1)).toEqualTypeOf<bigint>();
    expectTypeOf(allShortestPaths(graph, 'a', 'b')).toEqualTypeOf<Generator<string[], void, undefined>>();
    expectTypeOf(disjointPaths(graph, 'a', 'b', { k: 2 })).toEqualTypeOf<string[][]>();
    expectTypeOf(introducers(graph, 'a', 'b')).toEqualTypeOf<Introducer[]>();
    expectTypeOf(weightedPath(graph, 'a', 'b')).toEqualTypeOf<WeightedPathResult | null>();
  });
  it('type edge attributes in edgeFilter and weight', () => {
    const graph = new Graph<Record<string, unknown>, Tie>();
    connection<Tie>(graph, 'a', 'b', { edgeFilter: (_e, attr) => attr.known });
    weightedPath<Tie>(graph, 'a', 'b', { weight: 'strength' });
    weightedPath<Tie>(graph, 'a', 'b', { weight: (_e, attr) => 1 / attr.strength });
    // @ts-expect-error: not an attribute of Tie
    weightedPath<Tie>(graph, 'a', 'b', { weight: 'cost' });
    // @ts-expect-error: pathLimit belongs to connection
    countShortestPaths(graph, 'a', 'b', { pathLimit: 3 });
  });
});
