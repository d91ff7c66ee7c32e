// The professional-network model: people in companies, companies in sectors (heavy-tailed
// company sizes). Two layers: acquaintances ("who really knows whom": colleagues inside the
// company, plus a few friends outside, mostly in the same sector) and online connections (most
// acquaintance ties, plus preferential attachment across companies, biased towards the sector).

import type { Csr } from '../csr/csr.js';
import { fromEdges } from '../csr/from-edges.js';
import { integerKeys } from '../csr/node-keys.js';
import type { Person } from '../model/person.js';
import type { PeopleGraph } from '../model/people-graph.js';
import { EdgeSet } from './edge-set.js';
import { companyName, FIRST_NAMES, LAST_NAMES, POSITIONS, sectorName } from './names.js';
import { makeTick, resolveOutput, type GeneratorOptions, type Tick } from './output.js';
import { professionalNetworkGraph, type ProfessionalTie } from './professional-network-graph.js';
import { createRng, type Rng } from '../random.js';
import { integerOption, probabilityOption } from '../assert.js';
import { MAX_GENERATED_ORDER } from './edge-set.js';

/** Options of `professionalNetwork`. */
export interface ProfessionalNetworkOptions extends GeneratorOptions {
  /** Number of people (default 1000). */
  people?: number;
  /** Number of sectors (default 12). */
  sectors?: number;
  /** Mean company size; sizes follow a Pareto law of exponent 2 (default 25). */
  companySize?: number;
  /** Colleagues each person gets to know inside the company (default 6). */
  colleagues?: number;
  /** Acquaintances each person makes outside the company (default 3). */
  friends?: number;
  /** Share of outside friends found in one's own sector (default 0.7). */
  friendsInSector?: number;
  /** Probability that an acquaintance tie is also an online connection (default 0.7). */
  knownOnline?: number;
  /** Online connections each person makes to strangers, by preferential attachment (default 5). */
  strangers?: number;
  /** Share of those stranger connections drawn inside one's own sector (default 0.6). */
  sectorBias?: number;
}

/** The model as indexed layers (what `output: 'csr'` returns); id i is the person with key `String(i)`. */
export interface ProfessionalNetwork {
  /** Brand. */
  readonly kind: 'professional-network';
  /** Each person's attributes, by dense id. */
  readonly people: readonly Person[];
  /** Sector names; `sectorOf[i]` indexes them. */
  readonly sectors: readonly string[];
  /** Company names; `companyOf[i]` indexes them. */
  readonly companies: readonly string[];
  /** Sector index of each person. */
  readonly sectorOf: Int32Array;
  /** Company index of each person. */
  readonly companyOf: Int32Array;
  /** The online connection layer. */
  readonly connections: Csr;
  /** The acquaintance layer: pairs who really know each other (online or not). */
  readonly acquaintances: Csr;
}

const WHERE = 'professionalNetwork';

/**
 * Generates a professional network: people with a first name, company, sector and position;
 * dense acquaintance clusters inside companies; online connections that copy most acquaintance
 * ties and add preferential-attachment links to strangers, mostly within the sector.
 *
 * With `output: 'graph'` (default) the result is a people graph whose edges are the union of
 * both layers, each edge tagged `{ online, known }`; with `output: 'csr'` the two layers come as
 * separate indexes with typed sector and company arrays (fit for 10⁵–10⁶ people).
 *
 * @param options - sizes, layer parameters, `seed` (42), `output`, `onProgress`, `signal`.
 * @returns a `PeopleGraph<Person, ProfessionalTie>`, or a `ProfessionalNetwork` when `output: 'csr'`.
 * @throws InvalidArgumentError on a count or probability out of range; AbortError when `signal` aborts.
 * @remarks Expected time O(n·(c + f + s)) where c, f, s are colleagues, friends and strangers
 * per person; memory O(n + m).
 * @see Barabási & Albert 1999 (preferential attachment), doi:10.1126/science.286.5439.509;
 * Granovetter, "The strength of weak ties", AJS 78(6), 1973, doi:10.1086/225469
 * @example
 * const g = professionalNetwork({ people: 500, seed: 3 });
 * g.getNodeAttributes('0'); // { name: 'Maya Rossi', firstName: 'Maya', company: 'Oakridge Labs', sector: 'Media', … }
 * toCsr(g, { edgeFilter: (_e, a) => a.online }); // the online layer only
 */
export function professionalNetwork(options: ProfessionalNetworkOptions & { output: 'csr' }): ProfessionalNetwork;
export function professionalNetwork(
  options?: ProfessionalNetworkOptions & { output?: 'graph' },
): PeopleGraph<Person, ProfessionalTie>;
export function professionalNetwork(
  options: ProfessionalNetworkOptions = {},
): ProfessionalNetwork | PeopleGraph<Person, ProfessionalTie> {
  const output = resolveOutput(WHERE, options.output);
  const n = integerOption(WHERE, 'people', options.people, 1000, 1, MAX_GENERATED_ORDER);
  const p = {
    sectors: integerOption(WHERE, 'sectors', options.sectors, 12, 1),
    companySize: integerOption(WHERE, 'companySize', options.companySize, 25, 2),
    colleagues: integerOption(WHERE, 'colleagues', options.colleagues, 6),
    friends: integerOption(WHERE, 'friends', options.friends, 3),
    friendsInSector: probabilityOption(WHERE, 'friendsInSector', options.friendsInSector, 0.7),
    knownOnline: probabilityOption(WHERE, 'knownOnline', options.knownOnline, 0.7),
    strangers: integerOption(WHERE, 'strangers', options.strangers, 5),
    sectorBias: probabilityOption(WHERE, 'sectorBias', options.sectorBias, 0.6),
  };
  const net = generate(n, p, createRng(options.seed), makeTick(WHERE, options));
  return output === 'csr' ? net : professionalNetworkGraph(net);
}

type Params = Required<Omit<ProfessionalNetworkOptions, 'people' | 'seed' | 'output' | 'onProgress' | 'signal'>>;

function generate(n: number, p: Params, rng: Rng, tick: Tick): ProfessionalNetwork {
  // Companies: Pareto(2) sizes with mean companySize, each in a uniform sector; people in blocks.
  const companyOf = new Int32Array(n);
  const companyStart: number[] = [];
  const companySector: number[] = [];
  for (let i = 0; i < n; ) {
    const size = Math.min(n - i, Math.max(2, Math.floor(p.companySize / 2 / Math.sqrt(1 - rng()))));
    companyStart.push(i);
    companySector.push(rng.int(p.sectors));
    companyOf.fill(companyStart.length - 1, i, i + size);
    i += size;
  }
  companyStart.push(n);
  const sectorOf = new Int32Array(n);
  const bySector: number[][] = Array.from({ length: p.sectors }, () => []);
  for (let u = 0; u < n; u++) {
    sectorOf[u] = companySector[companyOf[u]!]!;
    bySector[sectorOf[u]!]!.push(u);
  }
  // Acquaintances: colleagues, then friends outside the company.
  const known = new EdgeSet(n, n * (p.colleagues + p.friends));
  const kSrc: number[] = [];
  const kDst: number[] = [];
  const addKnown = (u: number, v: number): void => {
    if (u !== v && known.add(u, v)) kSrc.push(u), kDst.push(v);
  };
  for (let u = 0; u < n; u++) {
    if ((u & 0xfff) === 0) tick(u, 2 * n);
    const start = companyStart[companyOf[u]!]!;
    const size = companyStart[companyOf[u]! + 1]! - start;
    for (let j = 0; j < Math.min(p.colleagues, size - 1); j++) addKnown(u, start + rng.int(size));
    for (let j = 0; j < p.friends; j++) {
      const pool = rng() < p.friendsInSector ? bySector[sectorOf[u]!]! : null;
      const v = pool ? pool[rng.int(pool.length)]! : rng.int(n);
      if (companyOf[v] !== companyOf[u]) addKnown(u, v);
    }
  }
  // Online layer: most acquaintance ties, then preferential attachment over endpoint arrays.
  const online = new EdgeSet(n, kSrc.length + n * p.strangers);
  const oSrc: number[] = [];
  const oDst: number[] = [];
  const ends: number[] = [];
  const sectorEnds: number[][] = Array.from({ length: p.sectors }, () => []);
  // Only stranger links feed the attachment pools, so popularity (not company size) draws links.
  const addOnline = (u: number, v: number, stranger: boolean): void => {
    if (u === v || !online.add(u, v)) return;
    oSrc.push(u);
    oDst.push(v);
    if (!stranger) return;
    ends.push(u, v);
    sectorEnds[sectorOf[u]!]!.push(u);
    sectorEnds[sectorOf[v]!]!.push(v);
  };
  for (let i = 0; i < kSrc.length; i++) if (rng() < p.knownOnline) addOnline(kSrc[i]!, kDst[i]!, false);
  for (let u = 0; u < n; u++) {
    if ((u & 0xfff) === 0) tick(n + u, 2 * n);
    for (let j = 0; j < p.strangers; j++) {
      const inSector = rng() < p.sectorBias;
      const pool = inSector ? sectorEnds[sectorOf[u]!]! : ends;
      // An empty pool (nobody connected yet) falls back to a uniform pick.
      const fallback = inSector ? bySector[sectorOf[u]!]! : null;
      let v: number;
      if (pool.length > 0) v = pool[rng.int(pool.length)]!;
      else if (fallback) v = fallback[rng.int(fallback.length)]!;
      else v = rng.int(n);
      addOnline(u, v, true);
    }
  }
  const people = makePeople(n, sectorOf, companyOf, rng);
  return {
    kind: 'professional-network',
    people,
    sectors: Array.from({ length: p.sectors }, (_, i) => sectorName(i)),
    companies: Array.from({ length: companySector.length }, (_, i) => companyName(i)),
    sectorOf,
    companyOf,
    connections: fromEdges({ sources: oSrc, targets: oDst }, { nodes: integerKeys(n) }),
    acquaintances: fromEdges({ sources: kSrc, targets: kDst }, { nodes: integerKeys(n) }),
  };
}

function makePeople(n: number, sectorOf: Int32Array, companyOf: Int32Array, rng: Rng): Person[] {
  const people: Person[] = new Array(n);
  for (let u = 0; u < n; u++) {
    const firstName = FIRST_NAMES[rng.int(FIRST_NAMES.length)]!;
    const lastName = LAST_NAMES[rng.int(LAST_NAMES.length)]!;
    people[u] = {
      name: `${firstName} ${lastName}`,
      firstName,
      lastName,
      company: companyName(companyOf[u]!),
      sector: sectorName(sectorOf[u]!),
      position: POSITIONS[rng.int(POSITIONS.length)]!,
    };
  }
  return people;
}
