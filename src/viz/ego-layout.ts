// egoLayout: positions one person's ego network on hop rings with d3-force — the person fixed at
// the centre, people at distance d pulled onto ring d (forceRadial), links and collision keeping
// the picture readable. Runs headless (stop, then tick) and is deterministic for a seed: initial
// angles and d3's jiggle both come from the seeded source. Ring radii grow with the ring's population.

import {
  forceCollide,
  forceLink,
  forceRadial,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';
import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { assertOptionalCount, assertOptionalPositive, resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { nodeId, resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import { distancesFrom } from '../paths/distances-from.js';
import type { Mode, NodeKey } from '../types.js';
import { createRng, DEFAULT_SEED } from '../random.js';

/** Options of `egoLayout`. */
export interface EgoLayoutOptions {
  /** Draw people up to this degree (default 2: 1st- and 2nd-degree contacts). */
  maxDegree?: number;
  /** Seed of the layout (default 42): the same seed gives the same positions. */
  seed?: number;
  /** Keep at most this many people: nearest rings whole, then an even sample of the next ring (default 600). */
  maxNodes?: number;
  /** Simulation steps (default 300). */
  ticks?: number;
  /** Minimum gap between two rings, in pixels (default 90). */
  ringGap?: number;
  /** Radius of a person's dot, in pixels (default 5; collision keeps dots apart). */
  nodeRadius?: number;
  /** Direction on directed graphs (default `'all'`: acquaintance either way counts for drawing). */
  mode?: Mode;
}

/** A person's place in the layout. */
export interface EgoPosition {
  /** Horizontal position, centre at 0. */
  x: number;
  /** Vertical position, centre at 0. */
  y: number;
  /** Hops from the centre person (0 for the person). */
  distance: number;
}

/** Positions keyed by node, plus what a drawing needs. */
export interface EgoLayout extends Map<string, EgoPosition> {
  /** The centre person's key. */
  readonly center: string;
  /** `rings[d]`: radius of ring d (`rings[0] = 0`). */
  readonly rings: readonly number[];
  /** Links among the people laid out, as key pairs. */
  readonly links: readonly (readonly [string, string])[];
  /** People within `maxDegree` left out by `maxNodes`. */
  readonly omitted: number;
}

interface Body extends SimulationNodeDatum {
  key: string;
  distance: number;
}

const WHERE = 'egoLayout';
const DEFAULTS = { maxDegree: 2, seed: DEFAULT_SEED, maxNodes: 600, ticks: 300, ringGap: 90, nodeRadius: 5 } as const;

function layout(graph: GraphLike, person: NodeKey, options: EgoLayoutOptions = {}): EgoLayout {
  assertOptionalCount(WHERE, 'maxDegree', options.maxDegree, false);
  assertOptionalPositive(WHERE, 'maxNodes', options.maxNodes);
  assertOptionalCount(WHERE, 'ticks', options.ticks, false);
  for (const name of ['ringGap', 'nodeRadius'] as const) {
    const v = options[name];
    if (v !== undefined && !(typeof v === 'number' && v > 0 && Number.isFinite(v)))
      throw new InvalidArgumentError(WHERE, name, 'a positive number', v);
  }
  if (options.seed !== undefined && !Number.isFinite(options.seed))
    throw new InvalidArgumentError(WHERE, 'seed', 'a finite number', options.seed);
  const o = { ...DEFAULTS, ...options };
  const mode = options.mode === undefined ? 'all' : resolveMode(WHERE, options.mode);
  const csr = resolveCsr(graph, WHERE);
  const center = csr.keys.key(nodeId(csr, person, WHERE, 'person'));
  const reached = distancesFrom(csr, center, { maxDistance: o.maxDegree, mode });
  const omitted = Math.max(0, reached.size - o.maxNodes);

  // Keep the nearest rings whole; from the ring where `maxNodes` bites, keep an evenly strided
  // sample in BFS order, so the people kept spread over all the inner ring's contacts.
  const perRing: number[] = [];
  for (const d of reached.values()) perRing[d] = (perRing[d] ?? 0) + 1;
  const bodies: Body[] = [];
  const index = new Map<number, number>();
  let seen = 0;
  let ring = -1;
  let room = 0;
  for (const [key, distance] of reached) {
    if (distance !== ring) {
      ring = distance;
      seen = 0;
      room = Math.min(perRing[distance]!, o.maxNodes - bodies.length);
    }
    const take =
      room > 0 && Math.floor(((seen + 1) * room) / perRing[distance]!) > Math.floor((seen * room) / perRing[distance]!);
    seen++;
    if (!take) continue;
    index.set(csr.keys.id(key), bodies.length);
    bodies.push({ key, distance });
  }
  const adj = adjacency(csr, 'all');
  const links: SimulationLinkDatum<Body>[] = [];
  const keyLinks: (readonly [string, string])[] = [];
  const parent = new Int32Array(bodies.length).fill(-1);
  for (const [u, i] of index) {
    for (let e = adj.offsets[u]!, end = adj.offsets[u + 1]!; e < end; e++) {
      const j = index.get(adj.targets[e]!);
      if (j === undefined) continue;
      if (i < j) {
        links.push({ source: i, target: j });
        keyLinks.push([bodies[i]!.key, bodies[j]!.key]);
      }
      if (bodies[j]!.distance === bodies[i]!.distance - 1 && parent[i] === -1) parent[i] = j;
    }
  }

  // Ring radii: at least `ringGap` apart, and wide enough to hold the ring's dots side by side.
  const counts: number[] = [];
  for (const b of bodies) counts[b.distance] = (counts[b.distance] ?? 0) + 1;
  const rings: number[] = [0];
  for (let d = 1; d < counts.length; d++) {
    const needed = ((counts[d] ?? 0) * (2 * o.nodeRadius + 2)) / (2 * Math.PI);
    rings.push(Math.max(rings[d - 1]! + o.ringGap, needed));
  }

  // Seeded start, a radial tree (Eades 1992): each person gets an angular span proportional to
  // the people they introduce (their BFS subtree), children share their parent's span in order,
  // and everyone starts at the middle of their span on their ring; the seed turns the picture
  // and jitters the starts, then the forces refine.
  const random = createRng(o.seed);
  const children: number[][] = bodies.map(() => []);
  for (let i = 1; i < bodies.length; i++) children[Math.max(parent[i]!, 0)]!.push(i);
  const weight = new Float64Array(bodies.length).fill(1);
  for (let i = bodies.length - 1; i > 0; i--) weight[Math.max(parent[i]!, 0)]! += weight[i]!;
  const from = new Float64Array(bodies.length);
  const span = new Float64Array(bodies.length);
  from[0] = random() * 2 * Math.PI;
  span[0] = 2 * Math.PI;
  bodies.forEach((b, i) => {
    let at = from[i]!;
    const inner = weight[i]! - 1;
    for (const c of children[i]!) {
      from[c] = at;
      span[c] = (span[i]! * weight[c]!) / Math.max(inner, 1);
      at += span[c]!;
    }
    const angle = from[i]! + span[i]! * (0.5 + (random() - 0.5) * 0.2);
    b.x = Math.cos(angle) * rings[b.distance]!;
    b.y = Math.sin(angle) * rings[b.distance]!;
  });
  bodies[0]!.fx = 0;
  bodies[0]!.fy = 0;

  const simulation = forceSimulation<Body>(bodies)
    .randomSource(random)
    .force('link', forceLink<Body, SimulationLinkDatum<Body>>(links).distance(o.ringGap).strength(0.02))
    .force('collide', forceCollide<Body>(o.nodeRadius + 1).strength(0.7))
    .force('ring', forceRadial<Body>((b) => rings[b.distance]!, 0, 0).strength(0.9))
    .stop();
  simulation.tick(o.ticks);

  const positions = new Map<string, EgoPosition>();
  for (const b of bodies) positions.set(b.key, { x: round(b.x!), y: round(b.y!), distance: b.distance });
  return Object.assign(positions, { center, rings, links: keyLinks, omitted });
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Options of `egoLayout.assign`: the layout's options plus attribute names. */
export interface EgoLayoutAssignOptions extends EgoLayoutOptions {
  /** Attribute names written on each node (default `{ x: 'x', y: 'y', distance: 'distance' }`). */
  attributes?: {
    /** Attribute for x (default `x`). */
    x?: string;
    /** Attribute for y (default `y`). */
    y?: string;
    /** Attribute for the distance from the centre (default `distance`). */
    distance?: string;
  };
}

function assign<N extends Attributes>(graph: Graph<N>, person: NodeKey, options: EgoLayoutAssignOptions = {}): void {
  const positions = layout(graph, person, options);
  const names = { x: 'x', y: 'y', distance: 'distance', ...options.attributes };
  for (const [key, p] of positions) {
    graph.mergeNodeAttributes(key, { [names.x]: p.x, [names.y]: p.y, [names.distance]: p.distance } as Partial<N>);
  }
}

/**
 * Lays out a person's ego network on hop rings: the person at the centre (0, 0), 1st-degree
 * contacts on the first ring, 2nd-degree contacts on the second, and so on up to `maxDegree`.
 *
 * Distances follow `mode` (default `'all'` on directed graphs). Links among the people drawn pull
 * friends together; collision keeps dots apart; the radial force keeps each person near their
 * ring. The same graph, person and seed always give the same positions.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param person - the centre person.
 * @param options - `maxDegree`, `seed`, `maxNodes`, `ticks`, `ringGap`, `nodeRadius`, `mode`.
 * @returns a `Map` from key to `{ x, y, distance }`, with `center`, `rings`, `links`, `omitted`.
 * `egoLayout.assign(graph, person, options)` writes `x`, `y` and `distance` attributes instead.
 * @throws NodeNotFoundError when `person` is not in the graph.
 * @throws InvalidArgumentError on a bad option.
 * @remarks Time O(n_b + m_b + t · (k log k + l)) for the ball of n_b nodes and m_b adjacency
 * entries explored, k people kept (≤ `maxNodes`), l links among them and t ticks.
 * @see Bostock, d3-force (velocity Verlet simulation), https://d3js.org/d3-force
 * @example
 * const positions = egoLayout(graph, 'ada', { maxDegree: 2, seed: 7 });
 * positions.get('ada'); // { x: 0, y: 0, distance: 0 }
 */
export const egoLayout = Object.assign(layout, {
  /** Writes the layout as `x`, `y` and `distance` node attributes instead of returning it. */
  assign,
});
