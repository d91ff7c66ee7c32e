// PeopleGraph: a graphology graph whose nodes are people. A type plus a factory, nothing more:
// every graphology function works on it.

import type { AbstractGraph, Attributes, GraphOptions } from 'graphology-types';
import { KeySafeGraph } from './key-safe-graph.js';
import type { Person, Relationship } from './person.js';

/**
 * A graphology graph whose nodes are people; generic over richer attributes. Typed with
 * graphology-types' `AbstractGraph` (what every graphology class implements), which resolves as a
 * type in every module mode (graphology's default export is a namespace under node16 ESM).
 */
export type PeopleGraph<N extends Person = Person, E extends Attributes = Relationship> = AbstractGraph<N, E>;

/** Options of `createPeopleGraph`. */
export interface PeopleGraphOptions {
  /** `'undirected'` (default, friendships), `'directed'` (follows, e-mails) or `'mixed'`. */
  type?: 'undirected' | 'directed' | 'mixed';
  /** Allow parallel edges (default `false`). */
  multi?: boolean;
}

/**
 * Creates an empty people graph (undirected and simple by default), whose nodes may have any name
 * (`constructor`, `toString`… included, which plain graphology graphs cannot link).
 *
 * @param options - graph type and multi flag.
 * @returns a new graphology graph.
 * @remarks Time O(1).
 * @example
 * const g = createPeopleGraph();
 * g.addNode('ada', { name: 'Ada Lovelace' });
 */
export function createPeopleGraph<N extends Person = Person, E extends Attributes = Relationship>(
  options: PeopleGraphOptions = {},
): PeopleGraph<N, E> {
  const opts: GraphOptions = {
    type: options.type ?? 'undirected',
    multi: options.multi ?? false,
    allowSelfLoops: true,
  };
  return new KeySafeGraph<N, E>(opts) as unknown as PeopleGraph<N, E>;
}
