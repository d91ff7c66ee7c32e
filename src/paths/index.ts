export { distancesFrom, type DistancesFromOptions } from './distances-from.js';
export { distance, type PairOptions } from './distance.js';
export { shortestPath } from './shortest-path.js';
export type { PathConstraints } from './constraints.js';
export { connection, type ConnectionOptions, type ConnectionResult, type ConnectionLabel } from './connection.js';
export { allShortestPaths, type AllShortestPathsOptions } from './all-shortest-paths.js';
export { countShortestPaths, type CountShortestPathsOptions } from './count-shortest-paths.js';
export { disjointPaths, type DisjointPathsOptions } from './disjoint-paths.js';
export { introducers, type IntroducersOptions, type Introducer } from './introducers.js';
export { weightedPath, type WeightedPathOptions, type WeightedPathResult } from './weighted-path.js';
export type { EdgeWeight } from './weighted-adjacency.js';

// Indexed kernels behind the path queries (dense ids, typed arrays, no validation).
