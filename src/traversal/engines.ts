// One BFS engine and one bidirectional engine per (Csr, mode), created on first use and kept as
// long as the Csr lives, so friendly functions do not allocate O(n) scratch on every call.

import { adjacency } from '../csr/adjacency.js';
import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { createBfs, type BfsEngine } from './bfs.js';
import { createBidirectionalBfs, type BidirectionalEngine } from './bidirectional-bfs.js';

const bfsEngines = new WeakMap<Csr, Map<Mode, BfsEngine>>();
const biEngines = new WeakMap<Csr, Map<Mode, BidirectionalEngine>>();

function modeKey(csr: Csr, mode: Mode): Mode {
  return csr.directed ? mode : 'outbound';
}

/**
 * The cached BFS engine of a Csr for a mode.
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function bfsEngine(csr: Csr, mode: Mode = 'outbound'): BfsEngine {
  let byMode = bfsEngines.get(csr);
  if (!byMode) bfsEngines.set(csr, (byMode = new Map()));
  const key = modeKey(csr, mode);
  let engine = byMode.get(key);
  if (!engine) byMode.set(key, (engine = createBfs(adjacency(csr, key))));
  return engine;
}

/**
 * The cached bidirectional BFS engine of a Csr for a mode.
 *
 * @remarks Time O(1) after the first call, which allocates O(n).
 */
export function bidirectionalEngine(csr: Csr, mode: Mode = 'outbound'): BidirectionalEngine {
  let byMode = biEngines.get(csr);
  if (!byMode) biEngines.set(csr, (byMode = new Map()));
  const key = modeKey(csr, mode);
  let engine = byMode.get(key);
  if (!engine) byMode.set(key, (engine = createBidirectionalBfs(adjacency(csr, key))));
  return engine;
}
