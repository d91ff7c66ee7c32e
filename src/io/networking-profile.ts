// networkingProfile: what a LinkedIn export says about how its owner networks — growth, who they
// really know (messages both ways, or an invitation with a note), invitations with and without a
// note and how many were accepted, companies, direct and indirect reach (measured on a merged team
// graph, else estimated), and which contact strategy the history looks like. Counts, never contents.
// Invariants: known + unknown = connections; accepted ≤ sent; acceptedWithNote ≤ sentWithNote.

import { resolveLocale } from '../assert.js';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import type { BuiltinStrategy } from '../strategies/policies.js';
import type { Locale } from '../types.js';
import { foldText as fold } from './fold-text.js';
import { type InvitationFigures, invitationFigures } from './invitation-figures.js';
import { networkGrowth, type NetworkGrowth } from './networking-growth.js';
import { companyFigures, reachFigures, type CompanyFigures, type ReachFigures } from './networking-figures.js';
import { describeStrategy } from './networking-words.js';
import type { LinkedInExportResult } from './parse-linkedin-export.js';

/** Options of `networkingProfile`. */
export interface NetworkingProfileOptions {
  /** Language of the descriptions (default `'en'`). */
  locale?: Locale;
  /** A merged team graph holding the owner (from `mergeConnectionExports`): indirect reach is then measured on it. */
  team?: GraphLike;
  /** People on the network, for the estimate of indirect reach (default 1,000,000,000: LinkedIn members). */
  population?: number;
  /** Share of a contact's contacts you already know, for the estimate (default 0.1). */
  clustering?: number;
  /** Company → sector, to measure how coherent the network is with your sector. */
  sectors?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** New connections in one day that make a batch (default 10). */
  batchThreshold?: number;
  /** Companies listed in `companies.top` (default 10). */
  top?: number;
}

/** Who you really know among your connections. */
export interface KnownFigures {
  /** Connections with whom you exchanged messages both ways, or an invitation carried a note. */
  known: number;
  /** The other connections: collected, not (yet) known. */
  unknown: number;
  /** `known / connections` (0 without connections). */
  share: number;
  /** Known through messages both ways. */
  byMessages: number;
  /** Known through an invitation with a note (and not through messages). */
  byNotes: number;
  /** Connections you messaged, or who messaged you, one way only. */
  oneWay: number;
}

/** What an export says about how its owner networks. */
export interface NetworkingProfile {
  /** The owner's profile URL. */
  owner: string;
  /** Connections in the export (hidden members included). */
  connections: number;
  /** Growth over time. */
  growth: NetworkGrowth;
  /** Who you really know. */
  known: KnownFigures;
  /** Invitations, notes and acceptance. */
  invitations: InvitationFigures;
  /** Companies. */
  companies: CompanyFigures;
  /** Reach. */
  reach: ReachFigures;
  /** Which strategy the history looks like, with the figures that led there: a description, not a verdict. */
  strategy: {
    /** The built-in strategy the history is closest to. */
    looksLike: BuiltinStrategy;
    /** That resemblance in words. */
    description: string;
    /** The figures it rests on. */
    figures: {
      /** Share of your connections you knew (messages or notes exchanged): `known.share`. */
      knownShare: number;
      /** Share of received invitations you accepted, `null` when none was received. */
      receivedAcceptance: number | null;
      /** Share of connections in your sector (else at your own companies), `null` without either. */
      coherence: number | null;
      /** Share of sent invitations with a note, `null` when none was sent. */
      noteShare: number | null;
    };
  };
}

const WHERE = 'networkingProfile';
export type { CompanyFigures, InvitationFigures, ReachFigures };

/**
 * What a LinkedIn export says about how its owner networks: growth, who they really know,
 * invitations and the effect of a note, companies, reach, and which strategy it looks like.
 *
 * A connection is *known* when you exchanged messages both ways in a one-to-one conversation, or
 * when an invitation between you carried a note. A sent invitation is *accepted* when its invitee
 * is now a connection. People are matched by profile URL, else by name when only one connection
 * has it. The strategy is the one whose description fits the figures best (private club: most of
 * the network known; open bar: most invitations accepted, few known, little coherence; otherwise
 * neighbourhood bar).
 *
 * @param exportResult - what `parseLinkedInExport` (or `readLinkedInExport`) returned.
 * @param options - `locale`, `team`, `population`, `clustering`, `sectors`, `batchThreshold`, `top`.
 * @returns `{ owner, connections, growth, known, invitations, companies, reach, strategy }`.
 * @throws InvalidArgumentError when `exportResult` is not an export result or an option is out of
 * range; NodeNotFoundError when `team` does not hold the owner.
 * @remarks Time O(c + i + p + d log d) for c connections, i invitations, p people messaged and d
 * connection days, plus a BFS of `team` when given (O(n + m)).
 * @example
 * const profile = networkingProfile(await readLinkedInExport('Basic_LinkedInDataExport.zip'));
 * profile.known.share; // e.g. 0.18: you really know 18% of your network
 */
export function networkingProfile(
  exportResult: LinkedInExportResult,
  options: NetworkingProfileOptions = {},
): NetworkingProfile {
  const people = exportResult?.connections?.people;
  if (!Array.isArray(people) || typeof exportResult.owner !== 'string')
    throw new InvalidArgumentError(WHERE, 'exportResult', 'the result of parseLinkedInExport', exportResult);
  const locale = resolveLocale(WHERE, options.locale);
  const n = people.length;
  const byKey = new Map<string, number>();
  const byName = new Map<string, number>(); // -1 when two connections share the name
  people.forEach((p, i) => {
    byKey.set(p.key, i);
    const name = fold(p.name);
    if (name) byName.set(name, byName.has(name) ? -1 : i);
  });
  const match = (key: string | undefined, name: string | undefined): number => {
    const i = key === undefined ? undefined : byKey.get(key.startsWith('name:') ? '' : key);
    if (i !== undefined) return i;
    // messages.csv folds `name:` keys keeping punctuation ("silva-costa"): folded again, as here
    const j = byName.get(fold(key?.startsWith('name:') ? key.slice(5) : name));
    return j === undefined ? -1 : j;
  };

  // who you really know
  // one person may have two entries (rows with and without a sender URL): add them up first
  const sent = new Uint32Array(n);
  const received = new Uint32Array(n);
  const noted = new Uint8Array(n);
  for (const counts of exportResult.messages?.byPerson.values() ?? []) {
    const i = match(counts.key, counts.name);
    if (i < 0) continue;
    sent[i]! += counts.sent;
    received[i]! += counts.received;
  }
  const inv = invitationFigures(exportResult.invitations?.invitations ?? [], match, noted);
  let byMessages = 0;
  let byNotes = 0;
  let oneWay = 0;
  for (let i = 0; i < n; i++) {
    const both = sent[i]! > 0 && received[i]! > 0;
    if (both) byMessages++;
    else if (noted[i]) byNotes++;
    if (!both && sent[i]! + received[i]! > 0) oneWay++;
  }
  const known: KnownFigures = {
    known: byMessages + byNotes,
    unknown: n - byMessages - byNotes,
    share: n > 0 ? (byMessages + byNotes) / n : 0,
    byMessages,
    byNotes,
    oneWay,
  };

  const companies = companyFigures(exportResult, options);
  const reach = reachFigures(exportResult.owner, n, options, locale);
  const coherence =
    companies.sectorShare ??
    (exportResult.positions && exportResult.positions.length > 0 ? companies.ownCompanyShare : null);
  const looksLike: BuiltinStrategy =
    known.share >= 0.5
      ? 'private-club'
      : (inv.receivedAcceptance ?? 0) >= 0.8 && known.share < 0.2 && (coherence ?? 0) < 0.3
        ? 'open-bar'
        : known.share >= 0.2 || (coherence ?? 0) >= 0.3
          ? 'neighbourhood-bar'
          : 'open-bar';
  const figures = {
    knownShare: known.share,
    receivedAcceptance: inv.receivedAcceptance,
    coherence,
    noteShare: inv.noteShare,
  };
  return {
    owner: exportResult.owner,
    connections: n,
    growth: networkGrowth(
      people.map((p) => p.connectedOn),
      options.batchThreshold ?? 10,
    ),
    known,
    invitations: inv,
    companies,
    reach,
    strategy: {
      looksLike,
      figures,
      description: describeStrategy(
        looksLike,
        {
          ...figures,
          known: known.known,
          connections: n,
          received: inv.received,
          receivedAccepted: inv.receivedAccepted,
        },
        locale,
      ),
    },
  };
}
