// One simulated strategy: rounds of invitations over a fixed world. Each round every person, in
// a random order, considers candidates (an acquaintance, a friend of a friend, or a visible
// profile picked by preferential attachment) and sends up to `budget` invitations; then every
// invitation is accepted or ignored by its receiver. Deciders follow their own policy: the cohort
// the strategy under test, everyone else a background mix. Declined pairs are not reconsidered.

import { adjacency } from '../csr/adjacency.js';
import { createBfs } from '../traversal/bfs.js';
import { EdgeSet } from '../generators/edge-set.js';
import type { Rng } from '../random.js';
import { OnlineLayer } from './online-layer.js';
import { SimContext, SimInvitation, type DecisionHost } from './decision.js';
import type { Policy } from './policies.js';
import type { World } from './world.js';

/** Metrics of the cohort after one round. */
export interface StrategyRound {
  /** Round number, from 1. */
  round: number;
  /** Mean direct reach (1st-degree connections) of a cohort member. */
  direct: number;
  /** Mean 2nd-degree reach (people at distance exactly 2) of a sampled cohort member. */
  secondDegree: number;
  /** Mean distance from sampled cohort members to the people they reach (NaN when they reach nobody). */
  meanDistance: number;
  /** Share of the cohort's connections in the member's own sector (0 without connections). */
  coherence: number;
  /** Share of the cohort's connections the member really knows (0 without connections). */
  knownShare: number;
  /** Profiles qualified so far (profile reads by the policy), per cohort member. */
  effort: number;
}

/** Where candidates come from: probabilities of an acquaintance and of a friend of a friend (else a visible profile). */
const FROM_ACQUAINTANCES = 0.3;
const FROM_FRIENDS_OF_FRIENDS = 0.35;
/** Share of visible-profile picks made by preferential attachment (the rest uniform: search). */
const PREFERENTIAL = 0.7;

/** Inputs of one run. */
export interface RunSetup {
  world: World;
  policies: readonly Policy[]; // by person
  cohort: Int32Array;
  sampled: Int32Array; // cohort members measured by BFS
  rounds: number;
  budget: number;
  rng: Rng;
  onRound: (round: number) => void;
  /** Called every 256 people within a round and before the measures (throws to stop: cancellation). */
  checkpoint?: () => void;
}

class Simulation implements DecisionHost {
  readonly layer: OnlineLayer;
  readonly effort: Float64Array;
  readonly world: World;
  private readonly settled: EdgeSet;

  constructor(private readonly setup: RunSetup) {
    this.world = setup.world;
    this.layer = new OnlineLayer(this.world.n, this.world.known.keys);
    this.effort = new Float64Array(this.world.n);
    this.settled = new EdgeSet(this.world.n, 4 * this.world.n);
  }

  knows(u: number, v: number): boolean {
    const { offsets, targets } = this.world.known;
    for (let j = offsets[u]!; j < offsets[u + 1]!; j++) if (targets[j] === v) return true;
    return false;
  }

  private decide(me: number, other: number, direction: 'received' | 'sent', round: number): boolean {
    const policy = this.setup.policies[me]!;
    return policy(new SimInvitation(this, me, other, direction), new SimContext(this, me, other, round)) === 'accept';
  }

  private candidate(u: number): number {
    const { rng } = this.setup;
    const { offsets, targets } = this.world.known;
    const r = rng();
    const knownCount = offsets[u + 1]! - offsets[u]!;
    if (r < FROM_ACQUAINTANCES && knownCount > 0) return targets[offsets[u]! + rng.int(knownCount)]!;
    const mine = this.layer.adj[u]!;
    if (r < FROM_ACQUAINTANCES + FROM_FRIENDS_OF_FRIENDS && mine.length > 0) {
      const theirs = this.layer.adj[mine[rng.int(mine.length)]!]!;
      return theirs[rng.int(theirs.length)]!; // never empty: it holds u
    }
    const ends = this.layer.ends;
    return ends.length > 0 && rng() < PREFERENTIAL ? ends[rng.int(ends.length)]! : rng.int(this.world.n);
  }

  /** One round: everyone sends, then every invitation is answered. */
  round(round: number, order: Int32Array): void {
    const { rng, budget } = this.setup;
    const n = this.world.n;
    const layer = this.layer;
    const settled = this.settled;
    shuffle(order, rng);
    const pending: number[] = [];
    const pendingPairs = new EdgeSet(n, n * budget);
    const checkpoint = this.setup.checkpoint;
    for (let i = 0; i < n; i++) {
      if (checkpoint && (i & 255) === 255) checkpoint();
      const u = order[i]!;
      for (let sent = 0, tries = 0; sent < budget && tries < 3 * budget; tries++) {
        const c = this.candidate(u);
        if (c === u || layer.has(u, c) || settled.has(u, c) || pendingPairs.has(u, c)) continue;
        if (this.decide(u, c, 'sent', round - 1)) {
          pending.push(u, c);
          pendingPairs.add(u, c);
          sent++;
        } else settled.add(u, c);
      }
    }
    const invitations = Int32Array.from({ length: pending.length >> 1 }, (_, i) => i);
    shuffle(invitations, rng);
    for (const i of invitations) {
      const from = pending[2 * i]!;
      const to = pending[2 * i + 1]!;
      if (this.decide(to, from, 'received', round - 1)) layer.add(from, to);
      else settled.add(from, to);
    }
  }
}

/** Runs the rounds and returns the cohort's timeline. */
export function runStrategy(setup: RunSetup): StrategyRound[] {
  const sim = new Simulation(setup);
  const order = Int32Array.from({ length: setup.world.n }, (_, i) => i);
  const timeline: StrategyRound[] = [];
  for (let round = 1; round <= setup.rounds; round++) {
    sim.round(round, order);
    setup.checkpoint?.();
    timeline.push(measure(round, sim, setup.cohort, setup.sampled));
    setup.onRound(round);
  }
  return timeline;
}

function measure(round: number, sim: Simulation, cohort: Int32Array, sampled: Int32Array): StrategyRound {
  const { layer, world, effort } = sim;
  let contacts = 0;
  let sameSector = 0;
  let known = 0;
  let qualified = 0;
  for (const u of cohort) {
    qualified += effort[u]!;
    const s = world.sectorOf[u]!;
    for (const v of layer.adj[u]!) {
      contacts++;
      if (s >= 0 && world.sectorOf[v] === s) sameSector++;
      if (sim.knows(u, v)) known++;
    }
  }
  let second = 0;
  for (const u of sampled) second += layer.secondDegree(u);
  const bfs = createBfs(adjacency(layer.snapshot()));
  let hops = 0;
  let pairs = 0;
  for (const u of sampled) {
    bfs.run(u);
    const ends = bfs.levelEnds;
    for (let d = 1; d < ends.length; d++) {
      hops += d * (ends[d]! - ends[d - 1]!);
      pairs += ends[d]! - ends[d - 1]!;
    }
  }
  return {
    round,
    direct: contacts / cohort.length,
    secondDegree: second / sampled.length,
    meanDistance: pairs === 0 ? Number.NaN : hops / pairs,
    coherence: contacts === 0 ? 0 : sameSector / contacts,
    knownShare: contacts === 0 ? 0 : known / contacts,
    effort: qualified / cohort.length,
  };
}

/** Fisher–Yates shuffle in place. */
export function shuffle(a: Int32Array, rng: Rng): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
