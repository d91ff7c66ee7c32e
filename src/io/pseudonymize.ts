// pseudonymize: replaces node keys and names by keyed hashes (HMAC-SHA256 under a team secret), so a
// team can share an analysis without sharing contact data. The same secret maps the same key to the
// same pseudonym, so pseudonymised graphs of one team still join. Pseudonymisation, not anonymity:
// whoever holds the secret can test a guess (GDPR art. 4(5)).

import type { AbstractGraph as Graph, Attributes } from 'graphology-types';
import { HandshakesError, InvalidArgumentError, message } from '../errors.js';
import { makeKeySafe } from '../model/key-safe-graph.js';
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

const DEFAULTS = {
  length: 16,
  drop: ['firstName', 'lastName', 'profileUrl', 'email', 'connectedOnRaw', 'line', 'key'],
} as const;
// Attributes that carry identity whatever the format they came from (Gephi's `label`, GraphML's
// `url`, a file's path): always dropped, on nodes, edges and the graph.
const IDENTITY = ['name', 'label', 'url', 'file', 'path', 'email', 'profileUrl', 'firstName', 'lastName'];
// A profile URL, an e-mail address, or a file path (absolute, or ending in a file name).
const IDENTIFYING =
  /(?:https?:\/\/|www\.|linkedin\.com|@[\w-]+\.\w|^[\\/~]|^[a-z]:[\\/]|[\\/][^\\/]*\.(?:csv|json|gexf|graphml|txt|hsg|gz)\b)/i;
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
 * Copies a graph with every node key and name replaced by its keyed hash and every attribute that
 * can carry identity cleaned, whatever format the graph came from: names, Gephi labels, URLs,
 * emails and file paths dropped (on nodes, edges and the graph, inside lists, objects and the JSON
 * text GEXF/GraphML flatten them to); values naming a node (`source`, `provenance[].export`)
 * hashed. Other attributes (company, sector, dates, member flags) stay.
 *
 * Works on any graphology graph (type, multi and self-loops kept). A `Csr` carries no names: map its
 * keys with `pseudonymizeKey`.
 *
 * @param graph - the graph.
 * @param options - `secret` (required), `length`, `drop`.
 * @returns a new graph of the same kind; the input is not changed.
 * @throws InvalidArgumentError for a missing secret, one under 16 characters besides spaces (the
 * message never shows it), or a bad length; HandshakesError on a
 * hash collision (raise `length`).
 * @remarks Time O((n + m) · k) for n nodes, m edges and keys of k characters.
 * @see RFC 2104 (HMAC), doi:10.17487/RFC2104
 * @example
 * const shared = pseudonymize(team, { secret: process.env.TEAM_SECRET! });
 * shared.order === team.order; // true
 */
export function pseudonymize<G extends Graph>(graph: G, options: PseudonymizeOptions): G {
  const { secret } = options ?? ({} as PseudonymizeOptions);
  // the value is never shown: an error message may end up in a log or a terminal recording
  if (typeof secret !== 'string' || secret.trim().length < MIN_SECRET_LENGTH) {
    const shown =
      typeof secret === 'string'
        ? `[a string of ${secret.trim().length} non-blank characters, not shown]`
        : typeof secret;
    throw new InvalidArgumentError(
      WHERE,
      'secret',
      `a string of at least ${MIN_SECRET_LENGTH} characters besides spaces`,
      shown,
    );
  }
  const length = options.length ?? DEFAULTS.length;
  if (!Number.isInteger(length) || length < 8 || length > 64)
    throw new InvalidArgumentError(WHERE, 'length', 'an integer from 8 to 64', length);
  const drop = new Set<string>([...(options.drop ?? DEFAULTS.drop), ...IDENTITY]);
  const pseudonyms = new Map<string, string>();
  const owners = new Map<string, string>();
  const hash = (key: string): string => {
    let p = pseudonyms.get(key);
    if (p === undefined) {
      p = pseudonymizeKey(key, secret, length);
      const before = owners.get(p);
      if (before !== undefined && before !== key)
        throw new HandshakesError(
          'INVALID_ARGUMENT',
          message(WHERE, `two keys share the pseudonym ${p}: raise \`length\` above ${length}.`),
        );
      owners.set(p, key);
      pseudonyms.set(key, p);
    }
    return p;
  };
  const keys = new Set<string>();
  graph.forEachNode((key) => keys.add(key));
  // An attribute value naming a node (an owner in `source`, `provenance[].export`) is hashed;
  // one that looks like a URL, an address or a path is dropped; objects are cleaned inside.
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (keys.has(value)) return hash(value);
      if (IDENTIFYING.test(value)) return undefined;
      const parsed = value.startsWith('[') || value.startsWith('{') ? parseJson(value) : undefined;
      return parsed === undefined ? value : JSON.stringify(clean(parsed)); // flattened by GEXF/GraphML
    }
    if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
    if (value !== null && typeof value === 'object') return cleanAttributes(value as Attributes, identity);
    return value;
  };
  const identity = new Set(IDENTITY);
  const cleanAttributes = (attributes: Attributes, dropped: ReadonlySet<string>): Attributes => {
    const copy: Attributes = {};
    for (const [k, v] of Object.entries(attributes)) {
      if (dropped.has(k)) continue;
      const c = clean(v);
      if (c !== undefined) copy[k] = c;
    }
    return copy;
  };
  const out = makeKeySafe(graph.nullCopy() as unknown as Graph);
  out.replaceAttributes(cleanAttributes(graph.getAttributes(), identity));
  graph.forEachNode((key, attributes) => {
    const p = hash(key);
    out.addNode(p, { name: p, ...cleanAttributes(attributes, drop) });
  });
  graph.forEachEdge((_edge, attributes, source, target, _sa, _ta, undirected) => {
    const copy = cleanAttributes(attributes, identity);
    if (undirected) out.addUndirectedEdge(hash(source), hash(target), copy);
    else out.addDirectedEdge(hash(source), hash(target), copy);
  });
  return out as unknown as G;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
