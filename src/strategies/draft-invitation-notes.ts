// draftInvitationNotes: a note for each person of the next batch of invitations to send (the
// advice: invite 10 to 20 at a time, always add a note) — first name, then what you share: your
// company, your sector, your mutual connections — in English or in French. A user template wins.
// Notes stay within LinkedIn's length limit: mutual names give way to their count, then the sector.

import type { AbstractGraph as Graph } from 'graphology-types';
import { InvalidArgumentError } from '../errors.js';
import { assertOptionalFunction, integerOption, isIterableObject, resolveLocale } from '../assert.js';
import type { Locale, NodeKey } from '../types.js';
import { createFactFinder } from './shared-facts.js';
import { FR_SPACE, listNames, type TriageFacts } from './triage-messages.js';

/** A person to invite: a key, or anything with a `key` (a `suggestConnections` suggestion). */
export type InvitationCandidate = NodeKey | { key: NodeKey };

/** Options of `draftInvitationNotes`. */
export interface DraftInvitationNotesOptions {
  /** People in the batch (default 15: the advice says 10 to 20). */
  batchSize?: number;
  /** Language of the notes: `'en'` (default) or `'fr'`. */
  locale?: Locale;
  /** Your own template: gets the facts, returns the note. Wins over `locale`. */
  template?: (facts: TriageFacts) => string;
  /** How to sign (default: your first name in the graph; `''` for no signature). */
  signature?: string;
  /** Longest note, in characters (default 300, LinkedIn's limit for a note). */
  maxLength?: number;
}

/** A drafted invitation note. */
export interface InvitationNote {
  /** Whom to invite. */
  key: string;
  /** The note, ready to paste. */
  note: string;
  /** What it was written from. */
  facts: TriageFacts;
}

const WHERE = 'draftInvitationNotes';

/**
 * Drafts a personal note for each person of the next batch of invitations to send.
 *
 * Each note opens with the person's first name and names what you share, most specific first:
 * your company, your sector (the `sector` attribute), your mutual connections (who can vouch for
 * you). In French it is written with `vous` and without gendered adjectives, as a French
 * professional would. Notes are cut down to `maxLength` by giving mutual names as a count, then
 * leaving the sector out. The batch is the first `batchSize` distinct candidates, in order.
 *
 * @param graph - a graphology people graph holding you (and, ideally, the candidates).
 * @param me - your key.
 * @param candidates - keys, or objects with a `key` (e.g. `suggestConnections` results).
 * @param options - `batchSize` (15), `locale` (`'en'`), `template`, `signature`, `maxLength` (300).
 * @returns one `{ key, note, facts }` per candidate of the batch.
 * @throws NodeNotFoundError when `me` is not in the graph; InvalidArgumentError on a bad option
 * or a candidate that is `me` or has no key.
 * @remarks Time O(n + m) to index the graph, then O(b·d) for a batch of b with d the largest
 * connection count involved.
 * @example
 * draftInvitationNotes(graph, 'odile', suggestConnections(graph, 'odile', { count: 15 }), { locale: 'fr' })[0]?.note;
 * // 'Bonjour Ada, je vois que nous travaillons dans le même secteur (Finance) et que nous avons Bob en commun. Ce serait un plaisir d’échanger avec vous ! Bien cordialement, Odile'
 */
export function draftInvitationNotes(
  graph: Graph,
  me: NodeKey,
  candidates: Iterable<InvitationCandidate>,
  options: DraftInvitationNotesOptions = {},
): InvitationNote[] {
  const batchSize = integerOption(WHERE, 'batchSize', options.batchSize, 15, 1);
  const maxLength = integerOption(WHERE, 'maxLength', options.maxLength, 300, 40);
  const locale = resolveLocale(WHERE, options.locale);
  if (!isIterableObject(candidates))
    throw new InvalidArgumentError(WHERE, 'candidates', 'an iterable of keys or { key }', candidates);
  assertOptionalFunction(WHERE, 'template', options.template, 'a function of the facts');
  const finder = createFactFinder(WHERE, graph, me);
  const signature =
    options.signature ?? finder.myProfile.firstName ?? finder.myProfile.name?.trim().split(/\s+/)[0] ?? '';
  const notes: InvitationNote[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (notes.length >= batchSize) break;
    const raw = typeof candidate === 'object' && candidate !== null ? candidate.key : candidate;
    if (typeof raw !== 'string' && typeof raw !== 'number')
      throw new InvalidArgumentError(WHERE, 'candidates', 'keys or objects with a `key`', candidate);
    const key = String(raw);
    if (key === finder.meKey) throw new InvalidArgumentError(WHERE, 'candidates', 'people other than `me`', candidate);
    if (seen.has(key)) continue;
    seen.add(key);
    const { facts } = finder.facts(key, {});
    notes.push({
      key,
      facts,
      note: options.template ? options.template(facts) : fit(facts, locale, signature, maxLength),
    });
  }
  return notes;
}

/** The note at the most detail that fits `maxLength`. */
function fit(facts: TriageFacts, locale: Locale, signature: string, maxLength: number): string {
  const attempts = [
    facts,
    { ...facts, mutual: facts.mutual.length > 2 ? [] : facts.mutual, mutualCount: facts.mutual.length },
    { ...facts, sector: null, mutual: [], mutualCount: facts.mutual.length },
  ];
  let note = '';
  for (const attempt of attempts) {
    note = (locale === 'fr' ? noteFr : noteEn)(attempt, signature);
    if (note.length <= maxLength) return note;
  }
  return note.slice(0, maxLength - 1) + '…';
}

type NoteFacts = TriageFacts & { mutualCount?: number };

function mutualWords(f: NoteFacts, locale: Locale): string | null {
  const n = f.mutual.length > 0 ? f.mutual.length : (f.mutualCount ?? 0);
  if (n === 0) return null;
  if (f.mutual.length > 0)
    return locale === 'fr'
      ? `nous avons ${listNames(f.mutual, 'fr')} en commun`
      : `we both know ${listNames(f.mutual)}`;
  return locale === 'fr' ? `nous avons ${n} relations en commun` : `we have ${n} connections in common`;
}

function noteEn(f: NoteFacts, signature: string): string {
  const sign = signature ? ` Best, ${signature}` : '';
  if (f.known) return `Hi ${f.firstName}, following our conversations, let us stay in touch here too.${sign}`;
  const shared: string[] = [];
  if (f.company) shared.push(`we both work at ${f.company}`);
  else if (f.sector) shared.push(`we work in the same field (${f.sector})`);
  const mutual = mutualWords(f, 'en');
  if (mutual) shared.push(mutual);
  if (shared.length === 0)
    return `Hi ${f.firstName}, your background caught my attention and I would be glad to connect.${sign}`;
  return `Hi ${f.firstName}, I see ${shared.join(' and ')}. I would be glad to connect.${sign}`;
}

function noteFr(f: NoteFacts, signature: string): string {
  const sign = signature ? ` Bien cordialement, ${signature}` : '';
  if (f.known)
    return `Bonjour ${f.firstName}, suite à nos échanges, je vous propose de rester en contact ici aussi.${sign}`;
  const shared: string[] = [];
  if (f.company) shared.push(`nous sommes collègues chez ${f.company}`);
  else if (f.sector) shared.push(`nous travaillons dans le même secteur (${f.sector})`);
  const mutual = mutualWords(f, 'fr');
  if (mutual) shared.push(mutual);
  if (shared.length === 0)
    return `Bonjour ${f.firstName}, votre parcours a retenu mon attention et j\u2019aimerais beaucoup vous compter parmi mes relations.${sign}`;
  return `Bonjour ${f.firstName}, je vois que ${shared.join(' et que ')}. Ce serait un plaisir d\u2019échanger avec vous${FR_SPACE}!${sign}`;
}
