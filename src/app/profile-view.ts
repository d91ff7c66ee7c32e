// The networkingProfile view of the app page: what an export says about how its owner networks,
// as key-figure cards, sentences with their counts, and the top companies — HTML strings, every
// text escaped, in the page's language (the descriptions come from networkingProfile's locale).

import type { NetworkingProfile } from '../io/networking-profile.js';
import { fillPage, type PageLang } from '../viz/page-words.js';
import { shownName } from '../viz/shown-name.js';
import { escapeXml as e } from '../viz/svg.js';

const WORDS = {
  en: {
    connections: 'connections',
    known: 'really known (messages both ways, or a note)',
    noteShare: 'of sent invitations carried a note',
    acceptance: 'of sent invitations accepted',
    withNote: 'Accepted with a note: {a} of {b}; without a note: {c} of {d}.',
    reach: 'Reach: {direct|direct contact|direct contacts}, {indirect|person|people} indirectly. {method}',
    growth:
      'First connection {first}, last {last}; {batches|day|days} with 10 or more new connections; longest quiet stretch {quiet|day|days}.',
    companies: 'Top companies of your connections',
    company: 'company',
    count: 'connections',
    strategy: 'Which strategy your history looks like',
  },
  fr: {
    connections: 'relations',
    known: 'vraiment connues (messages dans les deux sens, ou une note)',
    noteShare: 'des invitations envoyées avaient une note',
    acceptance: 'des invitations envoyées acceptées',
    withNote: 'Acceptées avec une note : {a} sur {b} ; sans note : {c} sur {d}.',
    reach:
      'Portée : {direct|relation directe|relations directes}, {indirect|personne|personnes} indirectement. {method}',
    growth:
      'Première relation le {first}, dernière le {last} ; {batches|jour|jours} avec 10 nouvelles relations ou plus ; plus longue pause : {quiet|jour|jours}.',
    companies: 'Entreprises les plus fréquentes parmi vos relations',
    company: 'entreprise',
    count: 'relations',
    strategy: 'À quelle stratégie votre historique ressemble',
  },
} as const;

/**
 * Renders a networking profile as HTML: key figures, invitations and notes, reach, growth,
 * top companies and the strategy description.
 *
 * @param profile - what `networkingProfile` returned.
 * @param lang - the page's language.
 * @returns an HTML fragment (a `<section>`).
 * @remarks Time O(size of the output).
 */
export function profileView(profile: NetworkingProfile, lang: PageLang, heading: string): string {
  const w = WORDS[lang];
  const num = (v: number): string => v.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-US');
  const pct = (v: number | null): string =>
    v === null ? '–' : `${Math.round(100 * v)} %`.replace(' %', lang === 'fr' ? ' %' : '%');
  // `{n|one|many}`: the number with its unit agreeing (pe/pf)
  const fill = (t: string, values: Record<string, string | number>): string => fillPage(t, values, lang);
  const inv = profile.invitations;
  const cards: [string, string][] = [
    [num(profile.connections), w.connections],
    [pct(profile.known.share), `${w.known} (${num(profile.known.known)})`],
    [pct(inv.noteShare), `${w.noteShare} (${num(inv.sentWithNote)} / ${num(inv.sent)})`],
    [pct(inv.acceptance), `${w.acceptance} (${num(inv.accepted)} / ${num(inv.sent)})`],
  ];
  const g = profile.growth;
  const sentences = [
    fill(w.withNote, {
      a: num(inv.acceptedWithNote),
      b: num(inv.sentWithNote),
      c: num(inv.acceptedWithoutNote),
      d: num(inv.sent - inv.sentWithNote),
    }),
    fill(w.reach, {
      direct: profile.reach.direct,
      indirect: profile.reach.indirect,
      method: profile.reach.method,
    }),
    fill(w.growth, {
      first: g.first ?? '–',
      last: g.last ?? '–',
      batches: g.batches.length,
      quiet: g.longestQuiet ? g.longestQuiet.days : '–',
    }),
  ];
  let html = `<section class="profile" data-owner="${e(profile.owner)}"><h2>${e(shownName(heading))}</h2>`;
  html += `<div class="cards">${cards.map(([v, l]) => `<div class="card"><b>${e(v)}</b><span>${e(l)}</span></div>`).join('')}</div>`;
  html += `<div class="box"><ul>${sentences.map((s) => `<li>${e(s)}</li>`).join('')}</ul><h3>${e(w.strategy)}</h3><p>${e(profile.strategy.description)}</p></div>`;
  if (profile.companies.top.length > 0) {
    html += `<h3>${e(w.companies)}</h3><div class="scroll"><table><thead><tr><th scope="col">${e(w.company)}</th><th scope="col" class="n">${e(w.count)}</th></tr></thead><tbody>`;
    html += profile.companies.top
      .map((c) => `<tr><td>${e(shownName(c.company))}</td><td class="n">${e(num(c.connections))}</td></tr>`)
      .join('');
    html += '</tbody></table></div>';
  }
  return `${html}</section>`;
}
