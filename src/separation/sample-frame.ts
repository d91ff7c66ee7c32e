// What a sample of BFS sources cannot see, from the weak components alone (no BFS): the people in
// components that hold no sampled source, and the most pairs they can reach. On an undirected view
// without a distance limit, reachable pairs are known outright — Σ s(s − 1) over the components —
// so the sampling engine calibrates its counts to that total instead of estimating it.

import type { Csr } from '../csr/csr.js';
import type { Mode } from '../types.js';
import { weakComponents } from './components.js';

/** The part of the pair universe a sample of sources speaks for, and what it leaves out. */
export interface SampleFrame {
  /** Reachable ordered pairs among the people when known without sampling (undirected view, no `maxDistance`), else null. */
  knownReachablePairs: number | null;
  /** People in weak components that hold no sampled source. */
  unseenPeople: number;
  /** The most ordered pairs those people can reach: Σ s(s − 1) over their components (s counts people only). */
  unseenPairs: number;
}

/**
 * The frame of a sample: people per weak component, the components the sources hit, and the
 * reachable pairs when the components alone determine them.
 *
 * @param csr - the index.
 * @param mode - the direction followed (`'all'`, or any on an undirected graph, is the undirected view).
 * @param people - the pair universe (dense ids).
 * @param sources - the sampled sources (dense ids, among `people`).
 * @param maxDistance - the distance limit (pairs beyond it count as unreachable).
 * @returns the frame.
 * @remarks Time O(n + m·α(n)) the first time for a `Csr` (components are cached), then O(N + k + c)
 * for N people, k sources and c components.
 */
export function sampleFrame(
  csr: Csr,
  mode: Mode,
  people: Int32Array,
  sources: Int32Array,
  maxDistance: number,
): SampleFrame {
  const { labels, count } = weakComponents(csr);
  const size = new Float64Array(count);
  for (let i = 0; i < people.length; i++) size[labels[people[i]!]!]!++;
  const seen = new Uint8Array(count);
  for (let i = 0; i < sources.length; i++) seen[labels[sources[i]!]!] = 1;
  let total = 0;
  let unseenPeople = 0;
  let unseenPairs = 0;
  for (let c = 0; c < count; c++) {
    const s = size[c]!;
    total += s * (s - 1);
    if (seen[c] === 1) continue;
    unseenPeople += s;
    unseenPairs += s * (s - 1);
  }
  const undirectedView = !csr.directed || mode === 'all';
  return { knownReachablePairs: undirectedView && maxDistance === Infinity ? total : null, unseenPeople, unseenPairs };
}
