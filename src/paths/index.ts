export { distancesFrom, type DistancesFromOptions } from './distances-from.js';
export { distance, type PairOptions } from './distance.js';
export { shortestPath } from './shortest-path.js';
