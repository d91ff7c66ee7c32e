// The HyperBall engine: N(t) = Σ_v |B(v, t)| over the people, estimated by HyperLogLog counters
// (src/traversal/hyperball.ts); pairs at distance t ≈ N(t) − N(t − 1). Error bars: a delete-a-group
// jackknife over 8 blocks of registers (each replicate re-estimates every counter without one
// block), with Student's t quantile for 7 degrees of freedom. Sums are kept by deltas over the
// counters that changed, so late steps cost only what changed.

import { throwIfAborted } from '../abort.js';
import type { Adjacency } from '../csr/adjacency.js';
import { createHyperBall } from '../traversal/hyperball.js';
import type { LongWorkOptions } from '../types.js';
import { distributionStats } from './distribution-stats.js';
import { estimate, standardDeviation, t95, type Estimate } from './estimate.js';
import type { DistributionErrors } from './sample-distribution.js';

/** What the HyperBall engine returns. */
export interface HyperBallCounts {
  distribution: Float64Array;
  errors: DistributionErrors;
  /** Steps until no counter changed (or `maxDistance`). */
  iterations: number;
}

const BLOCKS = 8;
const T95_BLOCKS = t95(BLOCKS - 1);

function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

// HyperLogLog estimate from Σ 2^−M and the number of zero registers over `m` registers.
function hll(sum: number, zeros: number, m: number, am2: number): number {
  const raw = am2 / sum;
  return raw <= 2.5 * m && zeros > 0 ? m * Math.log(m / zeros) : raw;
}

/**
 * Estimates the distance distribution of the pairs among `people` with HyperBall.
 *
 * @remarks Time O(T·(n + m·2^log2m/4)) for T steps in the worst case, far less once few counters
 * change; memory 2^(log2m+1) bytes per node.
 */
export function hyperBallDistribution(adj: Adjacency, people: Int32Array, log2m: number, seed: number, maxDistance: number, work: LongWorkOptions, where: string): HyperBallCounts {
  const n = adj.order;
  const hb = createHyperBall(adj, log2m, seed);
  const m = hb.m;
  const blockSize = m / BLOCKS;
  const counted = new Uint8Array(n);
  for (let i = 0; i < people.length; i++) counted[people[i]!] = 1;
  const power = new Float64Array(64);
  for (let r = 0; r < 64; r++) power[r] = 2 ** -r;
  const mFull = m;
  const mPart = m - blockSize;
  const am2Full = alpha(mFull) * mFull * mFull;
  const am2Part = alpha(mPart) * mPart * mPart;
  const blockSum = new Float64Array(BLOCKS);
  const blockZeros = new Float64Array(BLOCKS);
  // totals[0]: all registers; totals[1 + b]: without block b. Adds sign·estimate of node v.
  const totals = new Float64Array(1 + BLOCKS);
  const add = (regs: Uint8Array, v: number, sign: number): void => {
    let j = v * m;
    for (let b = 0; b < BLOCKS; b++) {
      let bs = 0;
      let bz = 0;
      for (const end = j + blockSize; j < end; j++) {
        const r = regs[j]!;
        bs += power[r]!;
        if (r === 0) bz++;
      }
      blockSum[b] = bs;
      blockZeros[b] = bz;
    }
    let sum = 0;
    let zeros = 0;
    for (let b = 0; b < BLOCKS; b++) {
      sum += blockSum[b]!;
      zeros += blockZeros[b]!;
    }
    totals[0]! += sign * hll(sum, zeros, mFull, am2Full);
    for (let b = 0; b < BLOCKS; b++) totals[1 + b]! += sign * hll(sum - blockSum[b]!, zeros - blockZeros[b]!, mPart, am2Part);
  };
  for (let i = 0; i < people.length; i++) add(hb.registers, people[i]!, 1);
  const series: Float64Array[] = [totals.slice()]; // series[t][r]: N(t) for replicate r
  throwIfAborted(where, work.signal);
  while (hb.radius < maxDistance) {
    const changed = hb.step();
    if (changed === 0) break;
    const flags = hb.changed;
    for (let v = 0; v < n; v++) {
      if (flags[v] === 0 || counted[v] === 0) continue;
      add(hb.registers, v, -1);
      add(hb.nextRegisters, v, 1);
    }
    hb.commit();
    series.push(totals.slice());
    work.onProgress?.({ done: hb.radius, total: hb.radius + 1, phase: `HyperBall step ${hb.radius} (${changed} counters changed)` });
    throwIfAborted(where, work.signal);
  }
  return summarise(series, people.length);
}

// Distribution and jackknife error bars from the N(t) series of the full estimate and replicates.
function summarise(series: Float64Array[], people: number): HyperBallCounts {
  const T = series.length - 1;
  const replicateDistribution = (r: number): Float64Array => {
    const out = new Float64Array(T + 1);
    for (let t = 1; t <= T; t++) out[t] = Math.max(0, series[t]![r]! - series[t - 1]![r]!);
    return out;
  };
  const full = replicateDistribution(0);
  const totalPairs = people * (people - 1);
  const figures = (dist: Float64Array): number[] => {
    const s = distributionStats(dist, totalPairs);
    return [s.reachablePairs, s.meanDistance, s.effectiveDiameter];
  };
  const replicates = Array.from({ length: BLOCKS }, (_, b) => replicateDistribution(1 + b));
  const jackknife = (values: number[]): number => standardDeviation(values) * Math.sqrt(((BLOCKS - 1) * (BLOCKS - 1)) / BLOCKS);
  const fullFigures = figures(full);
  const replicateFigures = replicates.map(figures);
  const errorOf = (i: number): Estimate => interval(fullFigures[i]!, jackknife(replicateFigures.map((f) => f[i]!)));
  const distribution: Estimate[] = [estimate(0, 0)];
  for (let t = 1; t <= T; t++) distribution.push(interval(full[t]!, jackknife(replicates.map((r) => r[t]!))));
  return {
    distribution: full,
    iterations: T,
    errors: { reachablePairs: errorOf(0), meanDistance: errorOf(1), effectiveDiameter: errorOf(2), distribution },
  };
}

// A 95% interval with Student's t for the jackknife's BLOCKS − 1 degrees of freedom.
function interval(value: number, standardError: number): Estimate {
  return estimate(value, standardError, T95_BLOCKS);
}
