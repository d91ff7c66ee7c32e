// Worker-parallel engines (Node only): exact distance distributions and HyperBall on worker threads,
// whose workers are kept between calls (worker-pool.ts) until idle for a while or closeWorkers().

import { endIdleWorkers } from './worker-pool.js';

export {
  separationParallel,
  distanceDistributionParallel,
  type ParallelSeparationOptions,
} from './separation-parallel.js';
// Declared here, not re-exported: worker-pool.ts's declarations name node:worker_threads' Worker,
// which a consumer without @types/node cannot resolve (test/package/types.test.ts).
/**
 * Ends every idle worker of the parallel engines now (`separationParallel`,
 * `distanceDistributionParallel`), instead of after their idle timeout. Calls still running keep
 * their workers, which end when those calls do if no pool is wanted then; a later call starts
 * new ones. Idle workers never keep a process from exiting, so a script need not call this.
 *
 * Idle workers are kept `HANDSHAKES_WORKER_IDLE_MS` milliseconds (default 10 000; `0` keeps none):
 * a later call reuses them and skips their start (about 85 ms of CPU per worker). Each holds its
 * thread and JavaScript heap (a few megabytes), no graph.
 *
 * @returns once every idle worker has exited.
 * @remarks Time O(idle workers) plus their threads' exit.
 * @example
 * import { closeWorkers, separationParallel } from 'handshakes/node';
 * await separationParallel(csr, { workers: 2 });
 * await closeWorkers(); // the two workers end now, not 10 s later
 */
export function closeWorkers(): Promise<void> {
  return endIdleWorkers();
}
