// pseudonymize: replaces node keys and names by keyed hashes (HMAC-SHA256 under a team secret), so a
// team can share an analysis without sharing contact data. The same secret maps the same key to the
// same pseudonym, so pseudonymised graphs of one team still join. Pseudonymisation, not anonymity:
// whoever holds the secret can test a guess (GDPR art. 4(5)).

import type { Attributes, default as Graph } from 'graphology-types';
import { HandshakesError, InvalidArgumentError, message } from '../errors.js';
import { hmacSha256, toHex } from './sha256.js';

/** Options of `pseudonymize`. */
export interface PseudonymizeOptions {
  /** The team's secret (at least 16 characters); never share it with the graph. */
  secret: string;
  /** Hex digits kept of the 64-digit MAC (default 16: 64 bits, collisions negligible below 10⁸ people). */
  length?: number;
  /** Node attributes removed besides the name (default: first/last name, URL, email, raw date, line). */
  drop?: readonly string[];
}

/** The shortest secret `pseudonymize` accepts. */
export const MIN_SECRET_LENGTH = 16;

const DEFAULTS = { length: 16, drop: ['firstName', 'lastName', 'profileUrl', 'email', 'connectedOnRaw', 'line', 'key'] } as const;
const WHERE = 'pseudonymize';

/**
 * The pseudonym of one key under a secret: the first `length` hex digits of HMAC-SHA256(secret, key).
 *
 * @param key - the node key.
 * @param secret - the team secret.
 * @param length - hex digits kept (default 16).
 * @returns the pseudonym.
 * @remarks Time O(length of the key).
 * @example
 * pseudonymizeKey('https://www.linkedin.com/in/ada', 'correct horse battery staple').length; // 16
 */
export function pseudonymizeKey(key: string, secret: string, length: number = DEFAULTS.length): string {
  return toHex(hmacSha256(secret, key)).slice(0, length);
}

/**
 * Copies a graph with every node key and name replaced by its keyed hash, identifying attributes
 * dropped, and owner keys inside edge attributes (`source`, `provenance[].export`) hashed too
 * (`provenance[].file` is dropped). Other attributes (company, sector, dates, member flags) stay.
 *
 * Works on any graphology graph (type, multi and self-loops kept). A `Csr` carries no names: map its
 * keys with `pseudonymizeKey`.
 *
 * @param graph - the graph.
 * @param options - `secret` (required), `length`, `drop`.
 * @returns a new graph of the same kind; the input is not changed.
 * @throws InvalidArgumentError for a missing or short secret or a bad length; HandshakesError on a
 * hash collision (raise `length`).
 * @remarks Time O((n + m) · k) for n nodes, m edges and keys of k characters.
 * @see RFC 2104 (HMAC), doi:10.17487/RFC2104
 * @example
 * const shared = pseudonymize(team, { secret: process.env.TEAM_SECRET! });
 * shared.order === team.order; // true
 */
export function pseudonymize<G extends Graph>(graph: G, options: PseudonymizeOptions): G {
  const { secret } = options ?? ({} as PseudonymizeOptions);
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) throw new InvalidArgumentError(WHERE, 'secret', 'a string of at least 16 characters', secret);
  const length = options.length ?? DEFAULTS.length;
  if (!Number.isInteger(length) || length < 8 || length > 64) throw new InvalidArgumentError(WHERE, 'length', 'an integer from 8 to 64', length);
  const drop = new Set<string>(options.drop ?? DEFAULTS.drop);
  drop.add('name');
  const pseudonyms = new Map<string, string>();
  const owners = new Map<string, string>();
  const hash = (key: string): string => {
    let p = pseudonyms.get(key);
    if (p === undefined) {
      p = pseudonymizeKey(key, secret, length);
      const before = owners.get(p);
      if (before !== undefined && before !== key) throw new HandshakesError('INVALID_ARGUMENT', message(WHERE, `two keys share the pseudonym ${p}: raise \`length\` above ${length}.`));
      owners.set(p, key);
      pseudonyms.set(key, p);
    }
    return p;
  };
  const out = graph.nullCopy() as unknown as Graph;
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attributes) => {
    const p = hash(key);
    const copy: Attributes = { name: p };
    for (const [k, v] of Object.entries(attributes)) if (!drop.has(k)) copy[k] = v;
    out.addNode(p, copy);
  });
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    const copy: Attributes = { ...attributes };
    if (typeof copy.source === 'string') copy.source = hash(copy.source);
    if (Array.isArray(copy.provenance)) {
      copy.provenance = copy.provenance.map((p: Attributes) => {
        const { file: _file, ...rest } = p;
        return typeof rest.export === 'string' ? { ...rest, export: hash(rest.export) } : rest;
      });
    }
    if (undirected) out.addUndirectedEdge(hash(source), hash(target), copy);
    else out.addDirectedEdge(hash(source), hash(target), copy);
  });
  return out as unknown as G;
}
