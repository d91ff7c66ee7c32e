// suggestConnections: who to connect with next to grow a person's reach within 2 degrees the
// most. A new contact c brings c itself (when 3+ degrees away) and c's contacts not yet within 2:
// maximum coverage, solved greedily with lazy evaluation (lazy-greedy-coverage.ts).

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { throwIfAborted } from '../abort.js';
import { assertOptionalCount, assertOptionalFunction, resolveMode } from '../assert.js';
import { adjacency } from '../csr/adjacency.js';
import { isCsr, type Csr } from '../csr/csr.js';
import { nodeId, resolveCsr } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import type { LongWorkOptions, Mode, NodeKey } from '../types.js';
import { cover, lazyGreedyCoverage } from './lazy-greedy-coverage.js';
import { mutualIds } from './mutual-connections.js';

/** Options of `suggestConnections`. */
export interface SuggestConnectionsOptions<N extends Attributes = Attributes> extends LongWorkOptions {
  /** How many suggestions to make, at most. */
  count: number;
  /** Who may be suggested (default: everyone who is neither the person nor a contact). */
  candidates?: Iterable<NodeKey>;
  /** Keeps a candidate when it returns `true` (same sector, company…); gets its key and attributes. */
  filter?: (candidate: string, attributes: N) => boolean;
  /** Direction on directed graphs (default `'outbound'`: the person → the new contact). */
  mode?: Mode;
}

/** One suggested connection. */
export interface Suggestion {
  /** The person to connect with. */
  key: string;
  /** People newly within 2 degrees once connected, after the suggestions ranked before. */
  gain: number;
  /** Contacts the person and the candidate already share (who can introduce them). */
  mutualConnections: string[];
}

const WHERE = 'suggestConnections';
const NO_ATTRIBUTES: Attributes = Object.freeze({});

/**
 * Who to connect with next to grow `person`'s reach within 2 degrees the most.
 *
 * Connecting with c makes c a 1st-degree contact (on directed graphs: in the direction `mode`
 * follows), so everyone in `{c} ∪ contacts(c)` ends up within 2 degrees. A suggestion's `gain` is
 * how many of them were not already within 2 degrees — nor brought by the suggestions ranked
 * before it (the new contact counts when it was 3+ degrees away or unreachable). Suggestions come
 * greedily (within 1 − 1/e of the best set of that size), the first being a best single choice;
 * ties go to the earlier candidate. Fewer than `count` come back when no candidate adds anyone.
 * The person and duplicate candidates are skipped. `filter` runs once per candidate, before the
 * search; a `Csr` has no attributes, so it then receives an empty object.
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param person - whose reach to grow.
 * @param options - `count`, `candidates`, `filter`, `mode`, `onProgress`, `signal`.
 * @returns the suggestions, best first, each with its gain and the mutual connections.
 * @throws NodeNotFoundError when `person` or a candidate is not in the graph.
 * @throws InvalidArgumentError when `count` is not a non-negative integer, or on a bad option.
 * @throws AbortError when `signal` aborts.
 * @remarks Time O(n + Σ_c deg c + e (log n_c + deg)) for n_c candidates and e lazy re-evaluations
 * (CELF; far fewer than the count × n_c of a plain greedy), plus the 2-degree ball of the person.
 * Extra memory O(n).
 * @see Leskovec et al., "Cost-effective outbreak detection in networks", KDD 2007,
 * doi:10.1145/1281192.1281239; Nemhauser, Wolsey, Fisher, Math. Programming 14 (1978),
 * doi:10.1007/BF01588971
 * @example
 * suggestConnections(graph, 'ada', { count: 2 });
 * // [{ key: 'eve', gain: 4, mutualConnections: [] }, { key: 'dee', gain: 1, mutualConnections: ['bob'] }]
 */
export function suggestConnections<N extends Attributes = Attributes>(
  graph: Graph<N> | Csr,
  person: NodeKey,
  options: SuggestConnectionsOptions<N>,
): Suggestion[] {
  if (options === null || typeof options !== 'object')
    throw new InvalidArgumentError(WHERE, 'options', 'an object with `count`', options);
  if (options.count === undefined || options.count === Infinity)
    throw new InvalidArgumentError(WHERE, 'count', 'a non-negative integer', options.count);
  assertOptionalCount(WHERE, 'count', options.count, false);
  const mode = resolveMode(WHERE, options.mode);
  assertOptionalFunction(WHERE, 'filter', options.filter);
  const { signal, onProgress, filter } = options;
  const csr = resolveCsr(graph, WHERE);
  const p = nodeId(csr, person, WHERE, 'source');
  const adj = adjacency(csr, mode);
  const n = csr.order;

  // covered: the person's ball of radius 2; direct contacts are never default candidates.
  const covered = new Uint8Array(n);
  cover(adj, covered, p);
  const direct = covered.slice();
  for (let j = adj.offsets[p]!; j < adj.offsets[p + 1]!; j++) cover(adj, covered, adj.targets[j]!);

  const ids: number[] = [];
  const take = (id: number): void => {
    if (id === p) return;
    if (
      filter !== undefined &&
      !filter(csr.keys.key(id), isCsr(graph) ? (NO_ATTRIBUTES as N) : graph.getNodeAttributes(csr.keys.key(id)))
    )
      return;
    ids.push(id);
  };
  if (options.candidates === undefined) {
    for (let id = 0; id < n; id++) if (direct[id] === 0) take(id);
  } else {
    const seen = new Set<number>();
    for (const key of options.candidates) {
      const id = nodeId(csr, key, WHERE, 'candidate');
      if (!seen.has(id)) seen.add(id), take(id);
    }
  }
  throwIfAborted(WHERE, signal);
  let picked = 0;
  const beforePick = (): boolean => {
    onProgress?.({ done: picked++, total: options.count, phase: 'choosing connections' });
    return signal?.aborted === true;
  };
  const { chosen, gains } = lazyGreedyCoverage(adj, covered, Int32Array.from(ids), options.count, beforePick);
  throwIfAborted(WHERE, signal);
  const out: Suggestion[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const c = chosen[i]!;
    out.push({
      key: csr.keys.key(c),
      gain: gains[i]!,
      mutualConnections: mutualIds(csr, mode, p, c).map((id) => csr.keys.key(id)),
    });
  }
  return out;
}
