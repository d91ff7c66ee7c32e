// simulateStrategies: the "open bar", "neighbourhood bar" and "private club" strategies (or the
// caller's policies) run side by side on the same world with the same random stream (common random
// numbers), so the differences come from the policies alone. The trade-offs are not written in:
// reach, coherence and known share come from whom each policy connects, effort from profile reads.

import type { AbstractGraph as Graph } from 'graphology-types';
import { throwIfAborted } from '../abort.js';
import { InvalidArgumentError } from '../errors.js';
import { professionalNetwork, type ProfessionalNetwork } from '../generators/professional-network.js';
import { createRng, DEFAULT_SEED } from '../random.js';
import { integerOption } from '../assert.js';
import type { LongWorkOptions } from '../types.js';
import {
  BUILTIN_STRATEGIES,
  type BuiltinStrategy,
  BUILTIN_NAMES,
  builtinStrategy,
  type Policy,
  type StrategyName,
} from './policies.js';
import { runStrategy, shuffle, type StrategyRound } from './simulation-run.js';
import { worldOfGraph, worldOfNetwork, type World } from './world.js';

/** A strategy to simulate: a built-in name, a named policy, or a bare policy function. */
export type StrategyInput =
  | StrategyName
  | {
      /** The strategy's name in the results. */
      name: string;
      /** Which invitations to accept. */
      policy: Policy;
    }
  | Policy;

/** Options of `simulateStrategies`. */
export interface SimulateStrategiesOptions extends LongWorkOptions {
  /** A generated professional network, or a head count for the default model (default 2000 people). */
  population?: ProfessionalNetwork | number;
  /** A people graph instead: node attributes are profiles, `known: true` edges (or all) acquaintances. */
  graph?: Graph;
  /** Strategies to compare (default: all three built-ins). */
  strategies?: readonly StrategyInput[];
  /** Rounds of invitations (default 20). */
  rounds?: number;
  /** Invitations each person sends at most per round (default 3). */
  invitationsPerRound?: number;
  /** Seed (default 42): the same seed gives the same report. */
  seed?: number;
  /** People who follow the strategy under test (default 10% of the population, at least 1). */
  cohort?: number;
  /** Shares of the built-ins followed by everyone else (default open 0.2, neighbourhood 0.5, private 0.3). */
  background?: Partial<Record<BuiltinStrategy, number>>;
  /** Cohort members whose 2nd-degree reach and distances are measured each round (default 32). */
  samples?: number;
}

/** One strategy's report. */
export interface StrategyRun {
  /** The strategy's name. */
  name: string;
  /** Cohort metrics after each round. */
  timeline: StrategyRound[];
  /** The last round's metrics. */
  final: StrategyRound;
}

/** Result of `simulateStrategies`. */
export interface SimulateStrategiesResult {
  /** One report per strategy, in the order asked. */
  strategies: StrategyRun[];
  /** What was simulated. */
  settings: {
    /** People in the simulated world. */
    people: number;
    /** People who follow each strategy. */
    cohort: number;
    /** Rounds simulated. */
    rounds: number;
    /** Invitations each cohort member sends per round. */
    invitationsPerRound: number;
    /** The seed of the random choices. */
    seed: number;
    /** BFS sources sampled for the mean distance. */
    samples: number;
  };
}

export type { StrategyRound } from './simulation-run.js';

const WHERE = 'simulateStrategies';
const DEFAULT_BACKGROUND: Record<BuiltinStrategy, number> = {
  'open-bar': 0.2,
  'neighbourhood-bar': 0.5,
  'private-club': 0.3,
};
const DEFAULTS = { people: 2000, rounds: 20, invitationsPerRound: 3, samples: 32 };

/**
 * Simulates contact strategies side by side: over `rounds`, everyone sends and answers
 * invitations; a cohort follows the strategy under test, the rest a background mix. Reports,
 * per strategy and round, the cohort's direct and 2nd-degree reach, mean distance to the people
 * reached, sector coherence, share of contacts really known, and effort (profiles qualified).
 *
 * Nobody is connected online at the start; the acquaintance layer is fixed. With no argument it
 * runs the three built-ins on a default professional network of 2000 people. Deterministic for a seed.
 *
 * @param options - `population` | `graph`, `strategies`, `rounds` (20), `invitationsPerRound` (3),
 * `seed` (42), `cohort`, `background`, `samples` (32), `onProgress`, `signal`.
 * @returns `{ strategies: [{ name, timeline: [{ round, direct, secondDegree, meanDistance, coherence, knownShare, effort }], final }], settings }`.
 * @throws InvalidArgumentError on a bad option; AbortError when aborted.
 * @remarks Time O(S·R·(n·b·(q + d) + m + s·(n + m))) for S strategies, R rounds, n people, b
 * invitations per round, q the cost of a policy call, d a connection count, m online edges and
 * s sampled members; memory O(n + m). 10,000 people × 50 rounds × 3 strategies: a few minutes
 * on a shared 2-core machine, a quarter of it in the per-round BFS (bench/strategies).
 * @see Granovetter 1973, doi:10.1086/225469; Bhagat et al., "Three and a half degrees of
 * separation", Facebook Research, 2016.
 * @example
 * const report = simulateStrategies();
 * report.strategies.map((s) => [s.name, Math.round(s.final.direct)]);
 * // [['open-bar', 82], ['neighbourhood-bar', 74], ['private-club', 14]]
 */
export function simulateStrategies(options: SimulateStrategiesOptions = {}): SimulateStrategiesResult {
  const seed = options.seed ?? DEFAULT_SEED;
  if (typeof seed !== 'number' || !Number.isFinite(seed))
    throw new InvalidArgumentError(WHERE, 'seed', 'a finite number', seed);
  const rounds = integerOption(WHERE, 'rounds', options.rounds, DEFAULTS.rounds, 1);
  const budget = integerOption(
    WHERE,
    'invitationsPerRound',
    options.invitationsPerRound,
    DEFAULTS.invitationsPerRound,
    1,
  );
  const strategies = (options.strategies ?? (['open-bar', 'neighbourhood-bar', 'private-club'] as const)).map(
    resolveStrategy,
  );
  const world = resolveWorld(options, seed);
  const cohortSize = integerOption(WHERE, 'cohort', options.cohort, Math.max(1, Math.round(world.n / 10)), 1, world.n);
  const samples = Math.min(cohortSize, integerOption(WHERE, 'samples', options.samples, DEFAULTS.samples, 1));
  // The cohort and the background behaviours are drawn once, the same for every strategy.
  const setupRng = createRng(seed ^ 0x5eed5eed);
  const everyone = Int32Array.from({ length: world.n }, (_, i) => i);
  shuffle(everyone, setupRng);
  const cohort = everyone.slice(0, cohortSize);
  const background = backgroundPolicies(world.n, options.background, setupRng);
  const total = strategies.length * rounds;
  const runs = strategies.map(({ name, policy }, s) => {
    const policies = background.slice();
    for (const u of cohort) policies[u] = policy;
    const timeline = runStrategy({
      world,
      policies,
      cohort,
      sampled: cohort.subarray(0, samples),
      rounds,
      budget,
      rng: createRng(seed),
      checkpoint: () => throwIfAborted(WHERE, options.signal),
      onRound: (round) => {
        throwIfAborted(WHERE, options.signal);
        options.onProgress?.({ done: s * rounds + round, total, phase: name });
      },
    });
    return { name, timeline, final: timeline[timeline.length - 1]! };
  });
  return {
    strategies: runs,
    settings: { people: world.n, cohort: cohortSize, rounds, invitationsPerRound: budget, seed, samples },
  };
}

function resolveStrategy(input: StrategyInput, index: number): { name: string; policy: Policy } {
  if (typeof input === 'string') {
    const name = builtinStrategy(input);
    if (name) return { name, policy: BUILTIN_STRATEGIES[name] };
  } else if (typeof input === 'function') {
    return { name: input.name || `strategy-${index + 1}`, policy: input };
  } else if (
    input &&
    typeof input === 'object' &&
    typeof input.name === 'string' &&
    typeof input.policy === 'function'
  ) {
    return input;
  }
  throw new InvalidArgumentError(
    WHERE,
    `strategies[${index}]`,
    `${BUILTIN_NAMES}, a policy function or { name, policy }`,
    input,
  );
}

function resolveWorld(options: SimulateStrategiesOptions, seed: number): World {
  if (options.graph !== undefined && options.population !== undefined) {
    throw new InvalidArgumentError(
      WHERE,
      'population',
      'absent when `graph` is given (one or the other)',
      options.population,
    );
  }
  if (options.graph !== undefined) {
    const world = worldOfGraph(options.graph, WHERE);
    if (world.n < 2)
      throw new InvalidArgumentError(WHERE, 'graph', 'a people graph of at least 2 people', `${world.n} people`);
    return world;
  }
  const population = options.population ?? DEFAULTS.people;
  if (typeof population === 'number') {
    const people = integerOption(WHERE, 'population', population, undefined, 2);
    return worldOfNetwork(
      professionalNetwork({ people, seed, output: 'csr', ...(options.signal ? { signal: options.signal } : {}) }),
    );
  }
  if (population && typeof population === 'object' && population.kind === 'professional-network')
    return worldOfNetwork(population);
  throw new InvalidArgumentError(
    WHERE,
    'population',
    'a head count or a professionalNetwork({ output: "csr" }) result',
    population,
  );
}

function backgroundPolicies(
  n: number,
  shares: SimulateStrategiesOptions['background'],
  rng: ReturnType<typeof createRng>,
): Policy[] {
  const mix = { ...DEFAULT_BACKGROUND, ...shares };
  const names = Object.keys(mix) as BuiltinStrategy[];
  let sum = 0;
  for (const name of names) {
    const share = mix[name];
    if (!Object.hasOwn(BUILTIN_STRATEGIES, name) || typeof share !== 'number' || !(share >= 0)) {
      throw new InvalidArgumentError(WHERE, `background.${name}`, 'a non-negative share of a built-in strategy', share);
    }
    sum += share;
  }
  if (!(sum > 0)) throw new InvalidArgumentError(WHERE, 'background', 'shares with a positive sum', shares);
  return Array.from({ length: n }, () => {
    let r = rng() * sum;
    for (const name of names) if ((r -= mix[name]) < 0) return BUILTIN_STRATEGIES[name];
    return BUILTIN_STRATEGIES[names[names.length - 1]!];
  });
}
