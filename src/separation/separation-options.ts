// Options shared by separation(), distanceDistribution() and the worker-parallel versions, their
// validation (once, at the friendly boundary), and the pair universe they describe: which nodes
// are sources and targets (`component`), which adjacency is followed (`mode`).

import { assertOptionalCount, assertOptionalFunction, assertOptionalPositive, resolveMode } from '../assert.js';
import { adjacency, type Adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import { resolveCsr, type GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import type { LongWorkOptions, Mode } from '../types.js';
import { DEFAULT_SEED } from '../random.js';
import { weakComponents, type Components } from './components.js';

/** How distances are measured. */
export type SeparationMethod = 'exact' | 'sample' | 'hyperball';

/** Options of `separation` and `distanceDistribution`. */
export interface SeparationOptions extends LongWorkOptions {
  /** `'auto'` (default: exact when affordable, else sampling), `'exact'`, `'sample'` or `'hyperball'`. */
  method?: SeparationMethod | 'auto';
  /** Pairs of the whole graph (`'all'`, default) or of its largest (weakly) connected component. */
  component?: 'all' | 'largest';
  /** Number of BFS sources for `'sample'` (default 256; capped at the number of people; `'auto'` may use fewer on long graphs unless it is given). */
  samples?: number;
  /** log2 of the HyperLogLog registers per node for `'hyperball'`, 4 … 12 (default 6). */
  log2m?: number;
  /** Seed of the source sample and of the HyperLogLog hashes (default 42, as every seed of handshakes). */
  seed?: number;
  /** Count pairs up to this distance only; farther pairs count as unreachable (default: no limit). */
  maxDistance?: number;
  /** Direction on directed graphs (default `'outbound'`): pairs (u, v) with v reachable from u. */
  mode?: Mode;
}

/** Validated options with defaults applied. */
export interface ResolvedOptions {
  csr: Csr;
  adj: Adjacency;
  mode: Mode;
  method: SeparationMethod | 'auto';
  component: 'all' | 'largest';
  samples: number;
  /** `samples` was given (`'auto'` then keeps it whatever the cost). */
  samplesGiven: boolean;
  log2m: number;
  seed: number;
  maxDistance: number;
  components: Components;
  /** The people whose pairs are counted (dense ids), in id order. */
  people: Int32Array;
  onProgress: LongWorkOptions['onProgress'];
  signal: AbortSignal | undefined;
}

const DEFAULTS = { method: 'auto', component: 'all', samples: 256, log2m: 6, seed: DEFAULT_SEED } as const;
const METHODS = ['auto', 'exact', 'sample', 'hyperball'];

/** Validates `options` and resolves the graph, adjacency and people of the pair universe. */
export function resolveSeparationOptions(graph: GraphLike, options: SeparationOptions, where: string): ResolvedOptions {
  if (typeof options !== 'object' || options === null)
    throw new InvalidArgumentError(where, 'options', 'an object', options);
  const method = options.method ?? DEFAULTS.method;
  if (!METHODS.includes(method))
    throw new InvalidArgumentError(where, 'method', "one of 'auto', 'exact', 'sample', 'hyperball'", method);
  const component = options.component ?? DEFAULTS.component;
  if (component !== 'all' && component !== 'largest')
    throw new InvalidArgumentError(where, 'component', "'all' or 'largest'", component);
  assertOptionalPositive(where, 'samples', options.samples);
  const log2m = options.log2m ?? DEFAULTS.log2m;
  if (!(Number.isInteger(log2m) && log2m >= 4 && log2m <= 12))
    throw new InvalidArgumentError(where, 'log2m', 'an integer from 4 to 12', log2m);
  const seed = options.seed ?? DEFAULTS.seed;
  if (!Number.isInteger(seed)) throw new InvalidArgumentError(where, 'seed', 'an integer', seed);
  assertOptionalCount(where, 'maxDistance', options.maxDistance);
  assertOptionalFunction(where, 'onProgress', options.onProgress);
  const mode = resolveMode(where, options.mode);
  const csr = resolveCsr(graph, where);
  const components = weakComponents(csr);
  let people: Int32Array;
  if (component === 'all') people = Int32Array.from({ length: csr.order }, (_, i) => i);
  else {
    people = new Int32Array(components.largestSize);
    let k = 0;
    for (let v = 0; v < csr.order; v++) if (components.labels[v] === components.largest) people[k++] = v;
  }
  return {
    csr,
    adj: adjacency(csr, mode),
    mode: csr.directed ? mode : 'outbound',
    method,
    component,
    samples: options.samples ?? DEFAULTS.samples,
    samplesGiven: options.samples !== undefined,
    log2m,
    seed,
    maxDistance: options.maxDistance ?? Infinity,
    components,
    people,
    onProgress: options.onProgress,
    signal: options.signal,
  };
}
