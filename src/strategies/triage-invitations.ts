// triageInvitations: the next batch of pending invitations (the advice: handle them 10 to 20 at a
// time), each decided by a contact strategy, with the facts behind the decision and a drafted
// thank-you note naming the person and the themes you share (company, sector, mutual connections).

import type { AbstractGraph as Graph } from 'graphology-types';
import { InvalidArgumentError } from '../errors.js';
import { integerOption, resolveLocale } from '../assert.js';
import type { Person } from '../model/person.js';
import type { Locale, NodeKey } from '../types.js';
import { createFactFinder } from './shared-facts.js';
import {
  BUILTIN_STRATEGIES,
  BUILTIN_NAMES,
  builtinStrategy,
  type Invitation,
  type Policy,
  type StrategyContext,
  type StrategyName,
} from './policies.js';
import { thankYouMessage, triageReason, type TriageFacts } from './triage-messages.js';

/** A pending invitation: the sender's key, with profile fields when the sender is not in the graph. */
export type PendingInvitation =
  | NodeKey
  | (Person & {
      /** The inviter's node key (a profile URL for LinkedIn). */
      key: NodeKey;
    });

/** Options of `triageInvitations`. */
export interface TriageOptions {
  /** The strategy deciding (default `'neighbourhood-bar'`). */
  strategy?: StrategyName | Policy;
  /** Invitations in the batch (default 15: the advice says 10 to 20). */
  batchSize?: number;
  /** Drafts the message for an accepted invitation (default: a thank-you note); `null` for none. Wins over `locale`. */
  message?: (facts: TriageFacts) => string | null;
  /** Language of the reasons and default notes: `'en'` (default) or `'fr'`. */
  locale?: Locale;
}

/** One triaged invitation. */
export interface TriageDecision {
  /** The sender's key. */
  key: string;
  /** The strategy's decision. */
  decision: 'accept' | 'ignore';
  /** Why, in words: "you know each other", "same sector (Finance), 2 mutual connections", "unknown". */
  reason: string;
  /** A drafted thank-you note for an accepted invitation, `null` when ignored. */
  message: string | null;
  /** Whether the strategy had to open (qualify) the profile. */
  qualified: boolean;
  /** The facts the reason and the message were built from. */
  facts: TriageFacts;
}

const WHERE = 'triageInvitations';

/**
 * Triages the next batch of pending invitations under a contact strategy.
 *
 * `graph` is your people graph (you, your connections and what you know of them): an edge to
 * `me` tagged `known: true` means you really know that person; mutual connections are the
 * neighbours you share. Senders missing from the graph are strangers described by the profile
 * fields passed with them. The batch is the first `batchSize` distinct senders, in the order given.
 *
 * @param graph - a graphology people graph.
 * @param me - your key.
 * @param pending - sender keys, or `{ key, ...profile }` for senders not (or not fully) in the graph.
 * @param options - `strategy` (`'neighbourhood-bar'`), `batchSize` (15), `message`, `locale` (`'en'`; `'fr'` writes reasons and notes in French).
 * @returns at most `batchSize` decisions `{ key, decision, reason, message, qualified, facts }`.
 * @throws NodeNotFoundError when `me` is not in the graph; InvalidArgumentError on a bad option (`locale` included) or
 * a pending entry that is `me`.
 * @remarks Time O(n + m) to index the graph and find your acquaintances, then O(b·d) for a batch of b with d the
 * largest connection count involved.
 * @example
 * triageInvitations(graph, 'me', ['ada', { key: 'zed', firstName: 'Zed', sector: 'Retail' }]);
 * // [{ key: 'ada', decision: 'accept', reason: 'same sector (Finance), 2 mutual connections',
 * //    message: 'Hi Ada, thanks for connecting! …' }, { key: 'zed', decision: 'ignore', reason: 'unknown', message: null }]
 */
export function triageInvitations(
  graph: Graph,
  me: NodeKey,
  pending: readonly PendingInvitation[],
  options: TriageOptions = {},
): TriageDecision[] {
  const batchSize = integerOption(WHERE, 'batchSize', options.batchSize, 15, 1);
  const policy = resolvePolicy(options.strategy ?? 'neighbourhood-bar');
  if (!Array.isArray(pending))
    throw new InvalidArgumentError(WHERE, 'pending', 'an array of keys or { key, …profile }', pending);
  const locale = resolveLocale(WHERE, options.locale);
  const { meKey, myProfile, known, mine, neighboursOf, facts: factsOf } = createFactFinder(WHERE, graph, me);
  const decisions: TriageDecision[] = [];
  const seen = new Set<string>();
  for (const entry of pending) {
    if (decisions.length >= batchSize) break;
    const { key, given } = readEntry(entry);
    if (key === meKey) throw new InvalidArgumentError(WHERE, 'pending', 'senders other than `me`', entry);
    if (seen.has(key)) continue;
    seen.add(key);
    const { facts, profile, mutualIds } = factsOf(key, given);
    let qualified = false;
    const invitation: Invitation = {
      from: key,
      to: meKey,
      direction: 'received',
      other: key,
      get profile(): Person {
        qualified = true;
        return profile;
      },
    };
    const context: StrategyContext = {
      me: meKey,
      myProfile,
      round: 0,
      knows: (k) => known.has(String(k)),
      mutualConnections: (k) =>
        String(k) === key ? mutualIds.length : neighboursOf(String(k)).filter((v) => mine.has(v)).length,
      connections: (k) => (k === undefined ? mine.size : neighboursOf(String(k)).length),
    };
    const decision = policy(invitation, context) === 'accept' ? 'accept' : 'ignore';
    const draft = options.message ?? ((f: TriageFacts) => thankYouMessage(f, locale));
    decisions.push({
      key,
      decision,
      reason: triageReason(facts, locale),
      message: decision === 'accept' ? draft(facts) : null,
      qualified,
      facts,
    });
  }
  return decisions;
}

function readEntry(entry: PendingInvitation): { key: string; given: Person } {
  if (typeof entry === 'string' || typeof entry === 'number') return { key: String(entry), given: {} };
  if (entry && typeof entry === 'object' && (typeof entry.key === 'string' || typeof entry.key === 'number')) {
    const { key, ...given } = entry;
    return { key: String(key), given };
  }
  throw new InvalidArgumentError(WHERE, 'pending', 'entries that are keys or { key, …profile }', entry);
}

function resolvePolicy(strategy: StrategyName | Policy): Policy {
  if (typeof strategy === 'function') return strategy;
  const name = builtinStrategy(strategy);
  if (name) return BUILTIN_STRATEGIES[name];
  throw new InvalidArgumentError(WHERE, 'strategy', `${BUILTIN_NAMES} or a policy function`, strategy);
}
