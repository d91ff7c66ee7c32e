// The library's `signal` really stops long work: aborted from a progress report (the only moment
// synchronous code can see an abort), separation, simulation, report building and a generator
// throw an AbortError within ~100 ms — they check the signal between small chunks of work.
import { cpus, loadavg } from 'node:os';
import { describe, expect, it } from 'vitest';
import { fromEdges } from '../../src/csr/from-edges.js';
import { AbortError } from '../../src/errors.js';
import { barabasiAlbert } from '../../src/generators/barabasi-albert.js';
import { separation } from '../../src/separation/index.js';
import { simulateStrategies } from '../../src/strategies/simulate-strategies.js';
import { collectReport } from '../../src/viz/collect-report.js';

/** Runs `work(signal, onProgress)`, aborting at the `at`-th progress report; ms from abort() to the throw. */
function latency(at: number, work: (signal: AbortSignal, onProgress: () => void) => unknown): number {
  const controller = new AbortController();
  let reports = 0;
  let aborted = 0;
  const onProgress = (): void => {
    if (++reports === at) {
      aborted = performance.now();
      controller.abort();
    }
  };
  expect(() => work(controller.signal, onProgress)).toThrow(AbortError);
  expect(aborted).toBeGreaterThan(0);
  return performance.now() - aborted;
}

// ~100 ms on an idle machine; a machine shared with more runnable jobs than cores stretches it by that ratio.
const BOUND = 100 * Math.max(1, loadavg()[0]! / cpus().length);

const path = (n: number) =>
  fromEdges({
    sources: Int32Array.from({ length: n - 1 }, (_, i) => i),
    targets: Int32Array.from({ length: n - 1 }, (_, i) => i + 1),
  });

describe('abort() stops long work within ~100 ms (scaled by the machine load)', () => {
  it('separation: exact (multi-source batches), exact on a long graph, sampling', () => {
    const ba = barabasiAlbert({ people: 20_000, attach: 3, seed: 1, output: 'csr' });
    expect(latency(2, (signal, onProgress) => separation(ba, { method: 'exact', signal, onProgress }))).toBeLessThan(
      BOUND,
    );
    expect(
      latency(3, (signal, onProgress) => separation(path(20_000), { method: 'exact', signal, onProgress })),
    ).toBeLessThan(BOUND);
    expect(
      latency(2, (signal, onProgress) => separation(path(20_000), { method: 'sample', signal, onProgress })),
    ).toBeLessThan(BOUND);
  });

  it('simulation: checked every 256 people within a round', () => {
    expect(
      latency(1, (signal, onProgress) => simulateStrategies({ population: 20_000, rounds: 5, signal, onProgress })),
    ).toBeLessThan(BOUND);
  });

  it('report building: between its parts and inside the separation', () => {
    const ba = barabasiAlbert({ people: 5_000, attach: 3, seed: 1, output: 'csr' });
    const controller = new AbortController();
    controller.abort();
    expect(() => collectReport(ba, { me: '0', signal: controller.signal })).toThrow(AbortError);
  });

  it('a generator', () => {
    expect(
      latency(2, (signal, onProgress) =>
        barabasiAlbert({ people: 2_000_000, attach: 5, seed: 1, output: 'csr', signal, onProgress }),
      ),
    ).toBeLessThan(BOUND);
  });
});
