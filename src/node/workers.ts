// Worker-parallel engines (Node only): exact distance distributions and HyperBall on worker threads.
export {
  separationParallel,
  distanceDistributionParallel,
  type ParallelSeparationOptions,
} from './separation-parallel.js';
