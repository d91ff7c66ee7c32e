// Contact strategies as acceptance policies: one function decides, for an invitation received
// or one about to be sent, whether to connect. The three built-ins read only what they need:
// reading the other person's profile is what "qualifying" costs, and the simulation counts it.

import type { Person } from '../model/person.js';

/** A pending connection decision. */
export interface Invitation {
  /** Who sends (or would send) the invitation. */
  readonly from: string;
  /** Who receives it. */
  readonly to: string;
  /** `'received'`: `to` decides whether to accept; `'sent'`: `from` decides whether to send. */
  readonly direction: 'received' | 'sent';
  /** The person decided about (`from` when received, `to` when sent). */
  readonly other: string;
  /** The other person's profile. Reading it is qualifying the profile: it counts as effort. */
  readonly profile: Person;
}

/** What a deciding person knows without opening a profile. */
export interface StrategyContext {
  /** The deciding person's key. */
  readonly me: string;
  /** The deciding person's own profile. */
  readonly myProfile: Person;
  /** The current round (0-based) of a simulation; 0 in triage. */
  readonly round: number;
  /** Whether I really know this person (the acquaintance layer). */
  knows(key: string): boolean;
  /** Connections we share, as the platform shows them. */
  mutualConnections(key: string): number;
  /** A person's connection count (mine when `key` is omitted). */
  connections(key?: string): number;
}

/** A contact strategy: the decision on one invitation. */
export type Policy = (invitation: Invitation, context: StrategyContext) => 'accept' | 'ignore';

/**
 * Names of the built-in strategies. The strategy's name keeps the method's spelling
 * (`'neighbourhood-bar'`, "neighbourhood bar" in prose); code names are American
 * (`neighborhoodBar`), and `'neighborhood-bar'` is accepted wherever a name is (`StrategyName`).
 */
export type BuiltinStrategy = 'open-bar' | 'neighbourhood-bar' | 'private-club';

/** A built-in strategy's name, or the American spelling `'neighborhood-bar'` (an alias of `'neighbourhood-bar'`). */
export type StrategyName = BuiltinStrategy | 'neighborhood-bar';

const ALIASES: Readonly<Record<string, BuiltinStrategy>> = { 'neighborhood-bar': 'neighbourhood-bar' };

/** The built-in names as error messages list them. */
export const BUILTIN_NAMES = "'open-bar', 'neighbourhood-bar', 'private-club'";

/** The built-in strategy a name designates (aliases resolved), or `undefined`. */
export function builtinStrategy(name: unknown): BuiltinStrategy | undefined {
  if (typeof name !== 'string') return undefined;
  const canonical = Object.hasOwn(ALIASES, name) ? ALIASES[name]! : name;
  return Object.hasOwn(BUILTIN_STRATEGIES, canonical) ? (canonical as BuiltinStrategy) : undefined;
}

function sameSector(invitation: Invitation, context: StrategyContext): boolean {
  const theirs = invitation.profile.sector;
  return theirs !== undefined && theirs === context.myProfile.sector;
}

/**
 * "Open bar": accept every invitation unread; invite anyone vaguely interesting — someone I
 * know, someone we share a connection with, or (after a look at the profile) someone in my sector.
 *
 * @remarks Time O(1) per invitation plus one mutual-connection count (O(deg) in the world).
 * @example
 * simulateStrategies({ strategies: [{ name: 'mine', policy: openBar }] });
 */
export const openBar: Policy = (invitation, context) => {
  if (invitation.direction === 'received') return 'accept';
  if (context.knows(invitation.other) || context.mutualConnections(invitation.other) > 0) return 'accept';
  return sameSector(invitation, context) ? 'accept' : 'ignore';
};

/**
 * "Neighbourhood bar": connect with people I know; qualify every stranger's profile and connect
 * only within my sector (or company).
 *
 * @remarks Time O(1) per invitation.
 * @example
 * simulateStrategies({ strategies: [{ name: 'mine', policy: neighborhoodBar }] });
 */
export const neighborhoodBar: Policy = (invitation, context) => {
  if (context.knows(invitation.other)) return 'accept';
  if (sameSector(invitation, context)) return 'accept';
  const company = invitation.profile.company;
  return company !== undefined && company === context.myProfile.company ? 'accept' : 'ignore';
};

/**
 * "Private club": connect only with people I really know; strangers are ignored unread.
 *
 * @remarks Time O(1) per invitation.
 * @example
 * simulateStrategies({ strategies: [{ name: 'mine', policy: privateClub }] });
 */
export const privateClub: Policy = (invitation, context) => (context.knows(invitation.other) ? 'accept' : 'ignore');

/** The built-in strategies by name. */
export const BUILTIN_STRATEGIES: Readonly<Record<BuiltinStrategy, Policy>> = Object.freeze({
  'open-bar': openBar,
  'neighbourhood-bar': neighborhoodBar,
  'private-club': privateClub,
});
