// Words for triage: the reason behind a decision and the thank-you template (first name, then
// the themes you share: company, sector, mutual connections), as the advice recommends — in
// English, or in French as a French professional writes it (vous, no gendered adjective, the
// narrow no-break space before `!`), not a word-for-word translation.

import type { Locale } from '../types.js';

/** What two people share, as found by `triageInvitations`. */
export interface TriageFacts {
  /** The sender's key. */
  key: string;
  /** The sender's first name (or display name, or key). */
  firstName: string;
  /** You really know each other (a `known: true` edge). */
  known: boolean;
  /** Your shared company, or `null`. */
  company: string | null;
  /** Your shared sector, or `null`. */
  sector: string | null;
  /** Names of your mutual connections. */
  mutual: string[];
}

/**
 * The reason behind a triage decision, from the shared facts.
 *
 * @param facts - what the two people share.
 * @param locale - `'en'` (default) or `'fr'`.
 * @returns e.g. `"you know each other"`, `"same sector (Finance), 2 mutual connections"`, `"unknown"`
 * (`"secteur commun (Finance), 2 relations en commun"` in French).
 * @remarks Time O(1).
 */
export function triageReason(facts: TriageFacts, locale: Locale = 'en'): string {
  if (locale === 'fr') {
    const parts: string[] = [];
    if (facts.known) parts.push('vous vous connaissez');
    if (facts.company) parts.push(`même entreprise (${facts.company})`);
    if (facts.sector) parts.push(`même secteur (${facts.sector})`);
    if (facts.mutual.length > 0)
      parts.push(`${facts.mutual.length} relation${facts.mutual.length === 1 ? '' : 's'} en commun`);
    return parts.length === 0 ? 'inconnu' : parts.join(', ');
  }
  const parts: string[] = [];
  if (facts.known) parts.push('you know each other');
  if (facts.company) parts.push(`same company (${facts.company})`);
  if (facts.sector) parts.push(`same sector (${facts.sector})`);
  if (facts.mutual.length > 0)
    parts.push(`${facts.mutual.length} mutual connection${facts.mutual.length === 1 ? '' : 's'}`);
  return parts.length === 0 ? 'unknown' : parts.join(', ');
}

/** Lists names as "A", "A and B", "A, B and 3 others" (`"A, B et 3 autres"` in French). */
export function listNames(names: readonly string[], locale: Locale = 'en'): string {
  const and = locale === 'fr' ? ' et ' : ' and ';
  if (names.length <= 2) return names.join(and);
  const rest = names.length - 2;
  return `${names[0]!}, ${names[1]!}${and}${rest === 1 ? names[2]! : locale === 'fr' ? `${rest} autres` : `${rest} others`}`;
}

/** French punctuation: a narrow no-break space before `!`, `?`, `;` and `:`. */
export const FR_SPACE = '\u202f';

/**
 * The default thank-you note for an accepted invitation: first name, then the shared themes.
 *
 * @param facts - what the two people share.
 * @param locale - `'en'` (default) or `'fr'` (written the French way, with `vous`).
 * @returns a short personalised message, ready to copy and paste.
 * @remarks Time O(1).
 * @example
 * thankYouMessage({ key: 'ada', firstName: 'Ada', known: false, company: null, sector: 'Finance', mutual: ['Bob'] });
 * // 'Hi Ada, thanks for connecting! Always good to meet someone else in Finance, and I see we both know Bob. Looking forward to staying in touch.'
 * thankYouMessage({ key: 'ada', firstName: 'Ada', known: false, company: null, sector: 'Finance', mutual: ['Bob'] }, 'fr');
 * // 'Bonjour Ada, merci pour votre invitation ! Toujours agréable d’échanger avec quelqu’un du même secteur (Finance), et je vois que nous avons Bob en commun. Au plaisir d’échanger.'
 */
export function thankYouMessage(facts: TriageFacts, locale: Locale = 'en'): string {
  if (locale === 'fr') return thankYouMessageFr(facts);
  const themes: string[] = [];
  if (facts.company) themes.push(`great to be connected with a fellow ${facts.company} colleague`);
  else if (facts.sector) themes.push(`always good to meet someone else in ${facts.sector}`);
  if (facts.mutual.length > 0) themes.push(`I see we both know ${listNames(facts.mutual)}`);
  const opening = facts.known
    ? `Hi ${facts.firstName}, glad we are connected here too!`
    : `Hi ${facts.firstName}, thanks for connecting!`;
  if (themes.length === 0) return `${opening} Looking forward to staying in touch.`;
  const body = themes.join(', and ');
  return `${opening} ${body[0]!.toUpperCase()}${body.slice(1)}. Looking forward to staying in touch.`;
}

function thankYouMessageFr(facts: TriageFacts): string {
  const themes: string[] = [];
  if (facts.company) themes.push(`toujours agréable de retrouver ici quelqu\u2019un de chez ${facts.company}`);
  else if (facts.sector)
    themes.push(`toujours agréable d\u2019échanger avec quelqu\u2019un du même secteur (${facts.sector})`);
  if (facts.mutual.length > 0) themes.push(`je vois que nous avons ${listNames(facts.mutual, 'fr')} en commun`);
  const opening = facts.known
    ? `Bonjour ${facts.firstName}, quel plaisir de vous retrouver ici aussi${FR_SPACE}!`
    : `Bonjour ${facts.firstName}, merci pour votre invitation${FR_SPACE}!`;
  const closing = 'Au plaisir d\u2019échanger.';
  if (themes.length === 0) return `${opening} ${closing}`;
  const body = themes.join(', et ');
  return `${opening} ${body[0]!.toUpperCase()}${body.slice(1)}. ${closing}`;
}
