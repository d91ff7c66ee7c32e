// The sentences of networkingProfile, in English and in French (written as a French professional
// would put them, not translated word for word): which strategy the history looks like, with the
// figures behind it, and how reach was obtained. Descriptions, never verdicts. Every count with
// its noun goes through pe/pf (src/number-words.ts): "1 connection", "0 relation".

import type { BuiltinStrategy } from '../strategies/policies.js';
import type { Locale } from '../types.js';
import { pe, pf } from '../number-words.js';

/** The figures a strategy description quotes. */
export interface StrategyDescriptionFigures {
  /** Known connections. */
  known: number;
  /** All connections. */
  connections: number;
  /** Known share. */
  knownShare: number;
  /** Received invitations. */
  received: number;
  /** Received invitations accepted. */
  receivedAccepted: number;
  /** Share of received invitations accepted. */
  receivedAcceptance: number | null;
  /** Share in your sector or at your companies, when known. */
  coherence: number | null;
  /** Share of sent invitations with a note. */
  noteShare: number | null;
}

/** A share as a percentage: `18%` in English, `18 %` (narrow no-break space) in French. */
export function percent(share: number, locale: Locale): string {
  const value = Math.round(share * 100);
  return locale === 'fr' ? `${value}\u202f%` : `${value}%`;
}

/** A count with thousands separators (`1,234` / `1 234`). */
export function count(value: number, locale: Locale): string {
  return value.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 0 });
}

const NAMES: Record<Locale, Record<BuiltinStrategy, string>> = {
  en: { 'open-bar': 'open bar', 'neighbourhood-bar': 'neighbourhood bar', 'private-club': 'private club' },
  fr: { 'open-bar': 'open bar', 'neighbourhood-bar': 'bar de quartier', 'private-club': 'club privé' },
};

/** The strategy's name in the locale. */
export function strategyName(strategy: BuiltinStrategy, locale: Locale): string {
  return NAMES[locale][strategy];
}

/**
 * Describes which strategy a history looks like, quoting the figures that led there.
 *
 * @param strategy - the strategy it looks like.
 * @param f - the figures.
 * @param locale - `'en'` or `'fr'`.
 * @returns two or three sentences.
 * @remarks Time O(1).
 */
export function describeStrategy(strategy: BuiltinStrategy, f: StrategyDescriptionFigures, locale: Locale): string {
  const fr = locale === 'fr';
  const p = (x: number): string => percent(x, locale);
  const c = (x: number): string => count(x, locale);
  const parts: string[] = [];
  parts.push(
    fr
      ? `Votre historique ressemble à la stratégie «\u202f${strategyName(strategy, locale)}\u202f»${'\u202f'}: vous connaissez vraiment ${c(f.known)} de vos ${pf(f.connections, 'relation', 'relations', 0)} (${p(f.knownShare)}, échanges de messages dans les deux sens ou invitation accompagnée d'un mot).`
      : `Your history looks like the "${strategyName(strategy, locale)}" strategy: you really know ${c(f.known)} of your ${pe(f.connections, 'connection', 'connections', 0)} (${p(f.knownShare)}: messages both ways, or an invitation with a note).`,
  );
  if (f.receivedAcceptance !== null) {
    parts.push(
      fr
        ? `Vous avez accepté ${c(f.receivedAccepted)} des ${pf(f.received, 'invitation reçue', 'invitations reçues', 0)} (${p(f.receivedAcceptance)}).`
        : `You accepted ${c(f.receivedAccepted)} of the ${pe(f.received, 'invitation', 'invitations', 0)} you received (${p(f.receivedAcceptance)}).`,
    );
  }
  if (f.coherence !== null)
    parts.push(
      fr
        ? `${p(f.coherence)} de votre réseau est dans votre secteur ou vos entreprises.`
        : `${p(f.coherence)} of your network is in your sector or at your companies.`,
    );
  const hint: Record<BuiltinStrategy, [string, string]> = {
    'private-club': [
      'A private club reaches less far, but every link is a real introduction.',
      'Un club privé porte moins loin, mais chaque lien est une vraie recommandation.',
    ],
    'neighbourhood-bar': [
      'A neighbourhood bar keeps the network coherent while it grows.',
      'Un bar de quartier garde un réseau cohérent tout en le faisant grandir.',
    ],
    'open-bar': [
      'An open bar grows reach fastest, but few links would carry an introduction.',
      'Un open bar fait grandir la portée au plus vite, mais peu de liens permettraient une mise en relation.',
    ],
  };
  parts.push(hint[strategy][fr ? 1 : 0]);
  return parts.join(' ');
}

/** How indirect reach was obtained: measured on the team graph, or estimated (the assumption stated). */
export function reachAssumption(
  a: { measured: true; direct: number } | { measured: false; direct: number; population: number; clustering: number },
  locale: Locale,
): string {
  const fr = locale === 'fr';
  if (a.measured)
    return fr
      ? "mesurée sur le graphe fusionné de l'équipe (vos relations et celles de vos coéquipiers)"
      : "measured on the team's merged graph (your connections and your teammates')";
  return fr
    ? `estimée (estimateReach)\u202f: chacun a ${pf(a.direct, 'relation', 'relations', 0)} comme vous, ${percent(a.clustering, locale)} des relations d'une relation sont déjà les vôtres, ${pf(a.population, 'membre', 'membres', 0)} ; sans les exports de vos coéquipiers, l'export ne montre que le 1er degré`
    : `estimated (estimateReach): everyone has ${pe(a.direct, 'connection', 'connections', 0)} like you, ${percent(a.clustering, locale)} of a contact's contacts are already yours, ${pe(a.population, 'member', 'members', 0)}; without teammates' exports, the export only shows the 1st degree`;
}
