// One BFS engine and one bidirectional engine per (Csr, mode), created on first use and kept as
// long as the Csr lives, so friendly functions do not allocate O(n) scratch on every call.

import { adjacency, type Adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { createBfs, type BfsEngine } from './bfs.js';
import { createBidirectionalBfs, type BidirectionalEngine } from './bidirectional-bfs.js';

const bfsEngines = new WeakMap<Csr, Map<Mode, BfsEngine>>();
const biEngines = new WeakMap<Csr, Map<Mode, BidirectionalEngine>>();

// The engine of `cache` for (csr, mode), created on first use (an undirected Csr has one mode).
function cachedEngine<E>(cache: WeakMap<Csr, Map<Mode, E>>, csr: Csr, mode: Mode, create: (adj: Adjacency) => E): E {
  let byMode = cache.get(csr);
  if (!byMode) cache.set(csr, (byMode = new Map()));
  const key = csr.directed ? mode : 'outbound';
  let engine = byMode.get(key);
  if (!engine) byMode.set(key, (engine = create(adjacency(csr, key))));
  return engine;
}

/**
 * The cached BFS engine of a Csr for a mode.
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function bfsEngine(csr: Csr, mode: Mode = 'outbound'): BfsEngine {
  return cachedEngine(bfsEngines, csr, mode, (adj) => createBfs(adj));
}

/**
 * The cached bidirectional BFS engine of a Csr for a mode.
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function bidirectionalEngine(csr: Csr, mode: Mode = 'outbound'): BidirectionalEngine {
  return cachedEngine(biEngines, csr, mode, createBidirectionalBfs);
}
