// Worker-parallel engines (Node only): exact distance distributions and HyperBall on worker threads,
// whose workers are kept between calls (worker-pool.ts) until idle for a while or closeWorkers().
export {
  separationParallel,
  distanceDistributionParallel,
  type ParallelSeparationOptions,
} from './separation-parallel.js';
export { closeWorkers } from './worker-pool.js';
