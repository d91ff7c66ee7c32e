// estimateSeparation: the analytic small-world answer to "how many degrees for a network of N
// people with k connections each?" — the classic ln N / ln k, and Fronczak, Fronczak & Hołyst's
// exact average path length of a random graph, (ln N − γ) / ln k + 1/2.

import { InvalidArgumentError } from '../errors.js';

/** Input of `estimateSeparation`. */
export interface EstimateSeparationInput {
  /** Network size N (> 1). */
  people: number;
  /** Mean connection count k (> 1). */
  averageConnections: number;
}

/** Result of `estimateSeparation`, in hops and in degrees (intermediaries). */
export interface SeparationEstimate {
  /** N. */
  people: number;
  /** k. */
  averageConnections: number;
  /** Fronczak et al. 2004: (ln N − γ) / ln k + 1/2 hops. */
  meanDistance: number;
  /** meanDistance − 1. */
  degreesOfSeparation: number;
  /** The classic estimate ln N / ln k hops. */
  simpleMeanDistance: number;
  /** simpleMeanDistance − 1. */
  simpleDegreesOfSeparation: number;
}

/** The Euler–Mascheroni constant γ. */
const EULER_GAMMA = 0.5772156649015329;
const WHERE = 'estimateSeparation';

/**
 * Estimates the mean distance of a random network of `people` with `averageConnections` each:
 * the refined random-graph formula of Fronczak et al. (2004), and the classic ln N / ln k.
 * Real social networks, clustered and with hubs, come out within about a hop of these.
 *
 * @param input - `people` N > 1 and `averageConnections` k > 1.
 * @returns both estimates, in hops and degrees of separation.
 * @throws InvalidArgumentError when N or k is not a finite number above 1.
 * @remarks Time O(1).
 * @see Fronczak, Fronczak, Hołyst, "Average path length in random networks", Phys. Rev. E 70,
 * 056110, 2004, doi:10.1103/PhysRevE.70.056110
 * @example
 * estimateSeparation({ people: 1.59e9, averageConnections: 200 });
 * // { meanDistance: 4.38…, degreesOfSeparation: 3.38…, simpleMeanDistance: 3.99…, … }
 */
export function estimateSeparation(input: EstimateSeparationInput): SeparationEstimate {
  if (typeof input !== 'object' || input === null) throw new InvalidArgumentError(WHERE, 'input', 'an object', input);
  const { people, averageConnections } = input;
  if (typeof people !== 'number' || !(Number.isFinite(people) && people > 1))
    throw new InvalidArgumentError(WHERE, 'people', 'a finite number above 1', people);
  if (typeof averageConnections !== 'number' || !(Number.isFinite(averageConnections) && averageConnections > 1)) {
    throw new InvalidArgumentError(WHERE, 'averageConnections', 'a finite number above 1', averageConnections);
  }
  const lnN = Math.log(people);
  const lnK = Math.log(averageConnections);
  const meanDistance = (lnN - EULER_GAMMA) / lnK + 0.5;
  const simple = lnN / lnK;
  return {
    people,
    averageConnections,
    meanDistance,
    degreesOfSeparation: meanDistance - 1,
    simpleMeanDistance: simple,
    simpleDegreesOfSeparation: simple - 1,
  };
}
