// A first call and the warm calls after it, timed apart (wall and CPU time of this process): a
// first call is what a user meets, but it also pays compiling, first touches of fresh memory and
// whatever garbage earlier steps left; the warm median shows what the work itself costs.
// Issue 18 found rows timed once to differ between trees where the warm calls did not.

/** Wall and CPU seconds of one first call, and the medians of the warm calls after it. */
export interface FirstAndWarm {
  /** Wall time of the first call (seconds). */
  first: number;
  /** CPU time of the first call (user + system, all threads). */
  firstCpu: number;
  /** Median wall time of the warm calls. */
  median: number;
  /** Median CPU time of the warm calls. */
  cpuMedian: number;
  /** Wall time of each warm call. */
  times: number[];
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN;

/** Wall and CPU seconds (this process, all threads) of each of `calls` calls of `fn`, timed alone. */
export function timedCalls(fn: () => unknown, calls: number): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < calls; i++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e9);
    const c = process.cpuUsage(cpu0);
    cpu.push((c.user + c.system) / 1e6);
  }
  return { wall, cpu };
}

/**
 * Times `fn` once, then `runs` more times, each call alone (with no more runs, the medians are NaN).
 *
 * @example
 * const t = firstAndWarm(() => wattsStrogatz({ people: 10_000, output: 'csr' }), 3);
 * [t.first, t.median]; // [0.016, 0.012]
 */
export function firstAndWarm(fn: () => unknown, runs: number): FirstAndWarm {
  const { wall, cpu } = timedCalls(fn, runs + 1);
  const times = wall.slice(1);
  return { first: wall[0]!, firstCpu: cpu[0]!, median: median(times), cpuMedian: median(cpu.slice(1)), times };
}
