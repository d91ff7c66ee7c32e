// The report's sentences in English and French, side by side: collectReport, its pictures and the
// charts they draw (ego rings, reach curve, distance histogram) take every word from this table.
// DESIGN.md's vocabulary in both: distance in hops (sauts); degrees of separation = hops − 1,
// intermediaries (intermédiaires); a contact's degree is LinkedIn's (1st = direct: 1er degré, 2e…).

import type { Study } from '../separation/compare-with-studies.js';
import { CONVENTION_NOTE, SIX_DEGREES, STUDIES, studyFigure } from '../separation/compare-with-studies.js';
import type { PageLang } from './page-words.js';
import { degreeName } from './render-ego-svg.js';
import { formatNumber } from './svg.js';

const en = (v: number, digits?: number): string => formatNumber(v, digits, 'en');
const fr = (v: number, digits?: number): string => formatNumber(v, digits, 'fr');
/** "1 hop", "2 hops". */
const pe = (n: number, one: string, many = `${one}s`): string => `${en(n)} ${n === 1 ? one : many}`;
/** French plurals: 0 and 1 take the singular. */
const pf = (n: number, one: string, many = `${one}s`): string => `${fr(n)} ${Math.abs(n) < 2 ? one : many}`;
const frDegree = (d: number): string => (d === 0 ? 'la personne' : d === 1 ? '1er' : `${d}e`);
/** "de Zoé", "d’Odile": French elides "de" before a vowel. */
const de = (name: string): string => (/^[aeiouyàâéèêëîïôöûüh]/i.test(name) ? `d’${name}` : `de ${name}`);
/** One entry in both languages, of the same type. */
const both = <T>(english: T, french: T): { en: T; fr: T } => ({ en: english, fr: french });

// English cites the studies in the one source's words (compare-with-studies.ts); French the same way.
const studyFigureEn = studyFigure;
const studyFigureFr = (s: Study): string => {
  const degrees = `${fr(Math.round(s.degreesOfSeparation * 100) / 100)} degrés`;
  const hops = `${fr(Math.round(s.meanDistance * 100) / 100)} sauts`;
  return s.reported.convention === 'intermediaries' ? `${degrees} = ${hops}` : `${hops} = ${degrees}`;
};

/** Every sentence and label of the report, English then French. */
export const REPORT_WORDS = {
  num: both(en, fr),
  percent: both(
    (v: number, digits?: number) => `${en(v, digits)}%`,
    (v: number, digits?: number) => `${fr(v, digits)} %`,
  ),
  degree: both(degreeName, frDegree),
  // collectReport: the summary, the cards, the tables
  title: both(
    (name: string) => `${name}’s network`,
    (name: string) => `Le réseau ${de(name)}`,
  ),
  summaryReach: both(
    (name: string, direct: number, indirect: number) =>
      `${name} has ${pe(direct, 'direct contact')} (1st degree) and reaches ${en(indirect)} more people indirectly, through introductions.`,
    (name: string, direct: number, indirect: number) =>
      `${name} a ${pf(direct, 'relation directe', 'relations directes')} (1er degré) et atteint indirectement ${fr(indirect)} autres personnes, par des mises en relation.`,
  ),
  summaryWithin: both(
    (w2: number, w3: number, others: number) =>
      `Within 2 degrees: ${en(w2)} people; within 3 degrees: ${en(w3)} of the ${en(others)} other people in this network.`,
    (w2: number, w3: number, others: number) =>
      `À 2 degrés ou moins : ${fr(w2)} personnes ; à 3 degrés ou moins : ${fr(w3)} des ${fr(others)} autres personnes de ce réseau.`,
  ),
  summaryUnreachable: both(
    (n: number) => `${pe(n, 'person', 'people')} cannot be reached by any chain of introductions.`,
    (n: number) =>
      n < 2
        ? `${fr(n)} personne ne peut être atteinte par aucune chaîne de mises en relation.`
        : `${fr(n)} personnes ne peuvent être atteintes par aucune chaîne de mises en relation.`,
  ),
  summaryEveryone: both(
    (hops: number) => `Everyone in this network can be reached; the farthest people are ${pe(hops, 'hop')} away.`,
    (hops: number) =>
      `Tout le monde dans ce réseau peut être atteint ; les personnes les plus éloignées sont à ${pf(hops, 'saut')}.`,
  ),
  figureDirect: both('direct contacts (1st degree)', 'relations directes (1er degré)'),
  figureWithin: both(
    (d: number) => `people within ${d} degrees`,
    (d: number) => `personnes à ${d} degrés ou moins`,
  ),
  figurePeople: both('people in the network', 'personnes dans le réseau'),
  further: both(
    (d: number) => `further than ${degreeName(d)}`,
    (d: number) => `au-delà du ${frDegree(d)}`,
  ),
  outOfReach: both('out of reach', 'hors d’atteinte'),
  reachCaption: both(
    'People within 1, 2, 3… degrees (the person excluded).',
    'Personnes à 1, 2, 3… degrés ou moins (la personne exclue).',
  ),
  reachTable: both('Reach table', 'Tableau de la portée'),
  reachColumns: both(
    ['degree', 'people at this degree', 'people within'],
    ['degré', 'personnes à ce degré', 'personnes à ce degré ou moins'],
  ),
  introducersTitle: both(
    (name: string) => `${name}'s best introducers: who brings the most people at 2nd degree`,
    (name: string) => `Les meilleurs intermédiaires ${de(name)} : qui fait connaître le plus de personnes au 2e degré`,
  ),
  introducersColumns: both(
    ['contact', 'people at 2nd degree they know', 'only through them'],
    ['relation', 'personnes au 2e degré qu’elle connaît', 'seulement par elle'],
  ),
  footer: both(
    'Made with handshakes. Distances are hops; degrees of separation = hops − 1.',
    'Fait avec handshakes. Les distances sont en sauts ; degrés de séparation = sauts − 1.',
  ),
  teamSummary: both(
    (members: number, reached: number, first: number, second: number, thirdPlus: number) =>
      `Together, the team of ${pe(members, 'member')} reaches ${en(reached)} people: ${en(first)} directly, ${en(second)} at 2nd degree, ${en(thirdPlus)} at 3rd degree or beyond.`,
    (members: number, reached: number, first: number, second: number, thirdPlus: number) =>
      `Ensemble, l’équipe de ${pf(members, 'membre')} atteint ${fr(reached)} personnes : ${fr(first)} directement, ${fr(second)} au 2e degré, ${fr(thirdPlus)} au 3e degré ou au-delà.`,
  ),
  teamFigure: both(
    (members: number) => `people the team of ${members} reaches`,
    (members: number) => `personnes que l’équipe de ${members} atteint`,
  ),
  theTeam: both('the team', 'l’équipe'),
  teamReachCaption: both(
    (name: string) => `People within 1, 2, 3… degrees of ${name}, and of the whole team.`,
    (name: string) => `Personnes à 1, 2, 3… degrés ou moins ${de(name)}, et de toute l’équipe.`,
  ),
  membersTitle: both('What each member brings', 'Ce que chaque membre apporte'),
  membersColumns: both(
    ['member', 'direct contacts', 'contacts nobody else has', 'people at 2nd degree', 'nobody else reaches within 2'],
    [
      'membre',
      'relations directes',
      'relations que personne d’autre n’a',
      'personnes au 2e degré',
      'que personne d’autre n’atteint à 2 degrés',
    ],
  ),
  membersCaption: both(
    (zero: readonly string[]) =>
      `Direct contacts include fellow members; "nobody else" compares with the other members only.${zero.length ? ` Not shown, all zero: ${zero.map((c) => `nobody has any "${c}"`).join('; ')}.` : ''}`,
    (zero: readonly string[]) =>
      `Les relations directes comptent les autres membres ; « personne d’autre » ne compare qu’avec les autres membres.${zero.length ? ` Colonnes toutes à zéro, non montrées : ${zero.map((c) => `« ${c} »`).join(' ; ')}.` : ''}`,
  ),
  separationSummary: both(
    (mean: number, facebook: Study, milgram: Study) =>
      `In this network, people are ${en(mean)} hops apart on average, that is ${en(mean - 1)} degrees of separation (intermediaries), against ${studyFigureEn(facebook)} (${facebook.study}) on Facebook and ${studyFigureEn(milgram)} (${milgram.study}) in Milgram's letters.`,
    (mean: number, facebook: Study, milgram: Study) =>
      `Dans ce réseau, les personnes sont en moyenne à ${fr(mean)} sauts les unes des autres, soit ${fr(mean - 1)} degrés de séparation (intermédiaires), contre ${studyFigureFr(facebook)} (${facebook.study}) sur Facebook et ${studyFigureFr(milgram)} (${milgram.study}) dans les lettres de Milgram.`,
  ),
  studyFigure: both(studyFigureEn, studyFigureFr),
  conventionNote: both(
    CONVENTION_NOTE,
    `Les degrés de séparation comptent les intermédiaires, sauts − 1 : « six degrés » font ${SIX_DEGREES.meanDistance} sauts ; ${STUDIES.map((s) => `${s.study} : ${studyFigureFr(s)}`).join(' ; ')}.`,
  ),
  separationFigure: both('degrees of separation (mean hops − 1)', 'degrés de séparation (sauts en moyenne − 1)'),
  separationNote: both(
    (method: string, pairs: number) =>
      `${method === 'exact' ? 'exact' : `estimated (${method})`}, over ${en(pairs)} connected pairs`,
    (method: string, pairs: number) =>
      `${method === 'exact' ? 'exact' : `estimé (${method})`}, sur ${fr(pairs)} paires reliées`,
  ),
  studiesTitle: both('Beside the published studies', 'À côté des études publiées'),
  studiesColumns: both(
    ['study', 'people', 'mean distance (hops)', 'degrees of separation', 'this network − study (hops)'],
    ['étude', 'personnes', 'distance moyenne (sauts)', 'degrés de séparation', 'ce réseau − étude (sauts)'],
  ),
  thisNetwork: both('this network', 'ce réseau'),
  noChain: both(
    (name: string, target: string) => `No chain of introductions leads from ${name} to ${target}.`,
    (name: string, target: string) => `Aucune chaîne de mises en relation ne mène ${de(name)} à ${target}.`,
  ),
  chainSummary: both(
    (target: string, hops: number, chains: number, chain: string) =>
      `${target} is ${pe(hops, 'hop')} (${pe(Math.max(0, hops - 1), 'intermediary', 'intermediaries')}) away, through ${pe(chains, 'shortest chain')}: ${chain}.`,
    (target: string, hops: number, chains: number, chain: string) =>
      `${target} est à ${pf(hops, 'saut')} (${pf(Math.max(0, hops - 1), 'intermédiaire')}), par ${pf(chains, 'chaîne la plus courte', 'chaînes les plus courtes')} : ${chain}.`,
  ),
  chainsTitle: both(
    (target: string) => `Chains of introductions to ${target}`,
    (target: string) => `Chaînes de mises en relation vers ${target}`,
  ),
  chainColumns: both(['chain'], ['chaîne']),
  askTitle: both(
    (name: string, target: string) => `Whom to ask: ${name}'s best introducers to ${target}`,
    (name: string, target: string) => `Qui solliciter : les meilleurs intermédiaires ${de(name)} vers ${target}`,
  ),
  askColumns: both(
    ['contact', 'hops from them to the target', 'shortest chains through them'],
    ['relation', 'sauts de cette relation à la cible', 'chaînes les plus courtes par elle'],
  ),
  // The pictures: headings, captions, their tables, and the sentence when there is nothing to draw
  egoTitle: both('Who is how far', 'Qui est à quelle distance'),
  egoCaption: both(
    'Inner arcs: direct contacts by group, with counts; outer bars: the people each group brings at 2nd degree. Named: teammates and the best introducers.',
    'Arcs intérieurs : les relations directes par groupe, avec leur nombre ; barres extérieures : les personnes que chaque groupe fait connaître au 2e degré. Nommés : les coéquipiers et les meilleurs intermédiaires.',
  ),
  groupsTitle: both('Groups of direct contacts', 'Groupes de relations directes'),
  groupsColumns: both(
    (byCompany: boolean) => [byCompany ? 'company' : 'group', 'direct contacts', 'people at 2nd degree through them'],
    (byCompany: boolean) => [
      byCompany ? 'entreprise' : 'groupe',
      'relations directes',
      'personnes au 2e degré par eux',
    ],
  ),
  withPerson: both(
    (name: string) => `with ${name}`,
    (name: string) => `avec ${name}`,
  ),
  others: both('others', 'autres'),
  reachTitle: both('Reach by degree', 'Portée par degré'),
  reachLabel: both('reach', 'portée'),
  estimatedReach: both('estimated reach', 'portée estimée'),
  reachWithin: both(
    (label: string) => `${label}: people within`,
    (label: string) => `${label} : personnes à ce degré ou moins`,
  ),
  reachDot: both(
    (label: string, first: number) =>
      `${label} reaches ${en(first)} people, all at the 1st degree (a single point: not drawn).`,
    (label: string, first: number) =>
      `${label} atteint ${fr(first)} personnes, toutes au 1er degré (un seul point : non tracé).`,
  ),
  reachNobody: both(
    'Nobody can be reached: there is no curve to draw.',
    'Personne ne peut être atteint : il n’y a pas de courbe à tracer.',
  ),
  reachAllDirect: both(
    (reached: string) =>
      `Everyone reachable (${reached}) is a direct contact: there is no curve to draw, reach stops at the 1st degree.`,
    (reached: string) =>
      `Toutes les personnes atteignables (${reached}) sont des relations directes : il n’y a pas de courbe à tracer, la portée s’arrête au 1er degré.`,
  ),
  distributionTitle: both('How far apart are people?', 'À quelle distance les personnes sont-elles ?'),
  distributionColumns: both(
    ['distance (hops)', 'degrees of separation', 'pairs', 'share (%)'],
    ['distance (sauts)', 'degrés de séparation', 'paires', 'part (%)'],
  ),
  distributionNothing: both(
    'No two people are connected: there are no distances to show.',
    'Aucune paire de personnes n’est reliée : il n’y a pas de distance à montrer.',
  ),
  distributionCaption: both(
    'Share of connected pairs at each distance, beside the published figures.',
    'Part des paires reliées à chaque distance, à côté des chiffres publiés.',
  ),
  // The charts' own words (renderEgoRingsSvg, renderReachSvg, renderDistributionSvg with `lang`)
  egoSvgTitle: both(
    (centre: string) => `${centre}’s network by degree`,
    (centre: string) => `Le réseau ${de(centre)} par degré`,
  ),
  egoLegendFirst: both(
    (first: number, groups: number, byCompany: boolean) =>
      `${pe(first, 'direct contact')} (1st degree)${groups > 1 ? ` in ${groups} ${byCompany ? 'companies' : 'groups'}` : ''}: the inner arcs`,
    (first: number, groups: number, byCompany: boolean) =>
      `${pf(first, 'relation directe', 'relations directes')} (1er degré)${groups > 1 ? ` dans ${groups} ${byCompany ? 'entreprises' : 'groupes'}` : ''} : les arcs intérieurs`,
  ),
  egoLegendSecond: both(
    (second: number) => `${en(second)} people at 2nd degree: bar length = how many each group brings`,
    (second: number) =>
      `${fr(second)} personnes au 2e degré : longueur de barre = combien chaque groupe en fait connaître`,
  ),
  egoLegendFurther: both(
    (further: number, unreachable: number) =>
      `${en(further)} further than 2nd degree${unreachable ? `, ${en(unreachable)} out of reach` : ''} (not drawn)`,
    (further: number, unreachable: number) =>
      `${fr(further)} au-delà du 2e degré${unreachable ? `, ${fr(unreachable)} hors d’atteinte` : ''} (non tracés)`,
  ),
  egoNoContacts: both(
    (centre: string) => `${centre} has no contacts in this network.`,
    (centre: string) => `${centre} n’a aucune relation dans ce réseau.`,
  ),
  egoGroupMark: both(
    (name: string, first: number, second: number) =>
      `${name}: ${pe(first, 'direct contact')}, ${en(second)} people at 2nd degree through them`,
    (name: string, first: number, second: number) =>
      `${name} : ${pf(first, 'relation directe', 'relations directes')}, ${fr(second)} personnes au 2e degré par eux`,
  ),
  egoBarMark: both(
    (second: number, name: string) => `${en(second)} people at 2nd degree through ${name}`,
    (second: number, name: string) => `${fr(second)} personnes au 2e degré par ${name}`,
  ),
  egoDotMark: both(
    (person: string, group: string) => `${person} (1st degree, ${group})`,
    (person: string, group: string) => `${person} (1er degré, ${group})`,
  ),
  egoSecondTag: both(
    (name: string) => `${name} (2nd)`,
    (name: string) => `${name} (2e)`,
  ),
  egoCentreMark: both(
    (centre: string, first: number) => `${centre}: ${pe(first, 'direct contact')}`,
    (centre: string, first: number) => `${centre} : ${pf(first, 'relation directe', 'relations directes')}`,
  ),
  egoDesc: both(
    (centre: string, first: number, top: string, second: number, best: string, further: number, unreachable: number) =>
      `${centre} at the centre: ${pe(first, 'direct contact')}${top ? `, largest groups ${top}` : ''}; ${en(second)} people at 2nd degree` +
      `${best ? `, best introducers ${best}` : ''}; ${en(further)} further${unreachable ? `, ${en(unreachable)} out of reach` : ''}.`,
    (centre: string, first: number, top: string, second: number, best: string, further: number, unreachable: number) =>
      `${centre} au centre : ${pf(first, 'relation directe', 'relations directes')}${top ? `, plus grands groupes ${top}` : ''} ; ${fr(second)} personnes au 2e degré` +
      `${best ? `, meilleurs intermédiaires ${best}` : ''} ; ${fr(further)} plus loin${unreachable ? `, ${fr(unreachable)} hors d’atteinte` : ''}.`,
  ),
  reachSvgTitle: both('Reach by degree: direct versus indirect', 'Portée par degré : directe et indirecte'),
  everyone: both(
    (total: number) => `everyone (${en(total)})`,
    (total: number) => `tout le monde (${fr(total)})`,
  ),
  reachXLabel: both(
    'degree (1st = direct contacts, 2nd = their contacts, …)',
    'degré (1er = relations directes, 2e = leurs relations, …)',
  ),
  reachYLabel: both('people within reach', 'personnes à portée'),
  reachDesc: both(
    (label: string, first: number, last: number, degree: number) =>
      `${label}: ${en(first)} direct contacts; ${en(last)} people within ${degreeName(degree)} degree.`,
    (label: string, first: number, last: number, degree: number) =>
      `${label} : ${fr(first)} relations directes ; ${fr(last)} personnes au ${frDegree(degree)} degré ou moins.`,
  ),
  reachPoint: both(
    (label: string, y: string, x: number) => `${label}: ${y} at ${x}`,
    (label: string, y: string, x: number) => `${label} : ${y} au degré ${x}`,
  ),
  noReach: both('No reach to show.', 'Aucune portée à montrer.'),
  distributionSvgTitle: both(
    'How far apart are people? Distance distribution',
    'À quelle distance les personnes sont-elles ? Distribution des distances',
  ),
  studyMark: both(
    (s: Study) => `${s.study}: ${studyFigureEn(s)}`,
    (s: Study) => `${s.study} : ${studyFigureFr(s)}`,
  ),
  meanMark: both(
    (name: string, mean: number) => `${name}: mean ${en(mean)} hops = ${en(mean - 1)} degrees`,
    (name: string, mean: number) => `${name} : en moyenne ${fr(mean)} sauts = ${fr(mean - 1)} degrés`,
  ),
  shareAxis: both('share of connected pairs (%)', 'part des paires reliées (%)'),
  barMark: both(
    (d: number, pairs: number, share: number) =>
      `${d} hops (${d - 1} degrees of separation): ${en(pairs)} pairs, ${en(share, 1)}%`,
    (d: number, pairs: number, share: number) =>
      `${pf(d, 'saut')} (${pf(d - 1, 'degré')} de séparation) : ${pf(pairs, 'paire')}, ${fr(share, 1)} %`,
  ),
  hopsAxis: both(
    'distance in hops (degrees of separation = hops − 1)',
    'distance en sauts (degrés de séparation = sauts − 1)',
  ),
  distributionEmpty: both(
    'No connected pairs: the histogram is empty.',
    'Aucune paire reliée : l’histogramme est vide.',
  ),
  distributionDesc: both(
    (total: number, peak: number, peakShare: number, mean: number, marks: readonly string[]) =>
      `${en(total)} connected pairs. Most pairs are ${peak} hops apart (${en(peakShare, 1)}%). ` +
      `Mean distance ${en(mean)} hops, that is ${en(mean - 1)} degrees of separation` +
      (marks.length ? `, against ${marks.join(' and ')}.` : '.'),
    (total: number, peak: number, peakShare: number, mean: number, marks: readonly string[]) =>
      `${fr(total)} paires reliées. La plupart des paires sont à ${pf(peak, 'saut')} (${fr(peakShare, 1)} %). ` +
      `Distance moyenne ${fr(mean)} sauts, soit ${fr(mean - 1)} degrés de séparation` +
      (marks.length ? `, contre ${marks.join(' et ')}.` : '.'),
  ),
} as const;

/** The report's words in one language: each entry of `REPORT_WORDS` in that language. */
export type ReportWords = { readonly [K in keyof typeof REPORT_WORDS]: (typeof REPORT_WORDS)[K]['en'] };

/** The report's words in a language (English for anything else). */
export function reportWords(lang: PageLang | undefined): ReportWords {
  const l = lang === 'fr' ? 'fr' : 'en';
  return Object.fromEntries(Object.entries(REPORT_WORDS).map(([k, v]) => [k, v[l]])) as unknown as ReportWords;
}
