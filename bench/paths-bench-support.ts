// Helpers of bench/paths.bench.ts: re-exports of what it times, and a measure of the work a pair
// query does (nodes visited by the bidirectional DAG search), read from the engine after each query.

import { connection, type Csr } from '../src/index.js';
import { pathEngine } from '../src/traversal/path-engines.js';

export { bfsEngine } from '../src/traversal/engines.js';
export { connection, countShortestPaths, disjointPaths, introducers, shortestPath, type Csr } from '../src/index.js';

/** Mean and largest number of nodes visited by `connection` over the pairs, and the mean distance. */
export function pathEngineStats(
  csr: Csr,
  list: [string, string][],
): { meanVisited: number; maxVisited: number; meanDistance: number } {
  const engine = pathEngine(csr, 'outbound', 'dag');
  let total = 0;
  let max = 0;
  let dsum = 0;
  let reached = 0;
  for (const [s, t] of list) {
    const d = connection(csr, s, t).degree;
    total += engine.visited;
    max = Math.max(max, engine.visited);
    if (d !== null) (dsum += d), reached++;
  }
  return { meanVisited: total / list.length, maxVisited: max, meanDistance: dsum / Math.max(1, reached) };
}
