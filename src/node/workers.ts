// Worker-parallel engines (Node only): exact distance distributions on worker threads.
export { separationParallel, distanceDistributionParallel, type ParallelSeparationOptions } from './separation-parallel.js';
