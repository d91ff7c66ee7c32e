// The charts' own words in English and French — renderEgoRingsSvg, renderReachSvg and
// renderDistributionSvg with `lang`: titles, legends, marks, axes, hover titles and descriptions.

import type { Study } from '../separation/compare-with-studies.js';
import { studyFigure } from '../separation/compare-with-studies.js';
import { degreeName } from './render-ego-svg.js';
import { both, de, en, fr, frDegree, pe, pf, studyFigureFr } from './bilingual.js';

/** The charts' titles, legends, marks, axes and descriptions, English then French. */
export const CHART_WORDS = {
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
    (second: number) => `${pe(second, 'person', 'people')} at 2nd degree: bar length = how many each group brings`,
    (second: number) =>
      `${pf(second, 'personne')} au 2e degré : longueur de barre = combien chaque groupe en fait connaître`,
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
      `${name}: ${pe(first, 'direct contact')}, ${pe(second, 'person', 'people')} at 2nd degree through them`,
    (name: string, first: number, second: number) =>
      `${name} : ${pf(first, 'relation directe', 'relations directes')}, ${pf(second, 'personne')} au 2e degré par eux`,
  ),
  egoBarMark: both(
    (second: number, name: string) => `${pe(second, 'person', 'people')} at 2nd degree through ${name}`,
    (second: number, name: string) => `${pf(second, 'personne')} au 2e degré par ${name}`,
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
      `${centre} at the centre: ${pe(first, 'direct contact')}${top ? `, largest groups ${top}` : ''}; ${pe(second, 'person', 'people')} at 2nd degree` +
      `${best ? `, best introducers ${best}` : ''}; ${en(further)} further${unreachable ? `, ${en(unreachable)} out of reach` : ''}.`,
    (centre: string, first: number, top: string, second: number, best: string, further: number, unreachable: number) =>
      `${centre} au centre : ${pf(first, 'relation directe', 'relations directes')}${top ? `, plus grands groupes ${top}` : ''} ; ${pf(second, 'personne')} au 2e degré` +
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
      `${label}: ${pe(first, 'direct contact')}; ${pe(last, 'person', 'people')} within ${degreeName(degree)} degree.`,
    (label: string, first: number, last: number, degree: number) =>
      `${label} : ${pf(first, 'relation directe', 'relations directes')} ; ${pf(last, 'personne')} au ${frDegree(degree)} degré ou moins.`,
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
    (s: Study) => `${s.study}: ${studyFigure(s)}`,
    (s: Study) => `${s.study} : ${studyFigureFr(s)}`,
  ),
  meanMark: both(
    (name: string, mean: number) => `${name}: mean ${pe(mean, 'hop')} = ${pe(mean - 1, 'degree')}`,
    (name: string, mean: number) => `${name} : en moyenne ${pf(mean, 'saut')} = ${pf(mean - 1, 'degré')}`,
  ),
  shareAxis: both('share of connected pairs (%)', 'part des paires reliées (%)'),
  barMark: both(
    (d: number, pairs: number, share: number) =>
      `${pe(d, 'hop')} (${pe(d - 1, 'degree of separation', 'degrees of separation')}): ${pe(pairs, 'pair')}, ${en(share, 1)}%`,
    (d: number, pairs: number, share: number) =>
      `${pf(d, 'saut')} (${pf(d - 1, 'degré de séparation', 'degrés de séparation')}) : ${pf(pairs, 'paire')}, ${fr(share, 1)} %`,
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
      `${pe(total, 'connected pair')}. Most pairs are ${pe(peak, 'hop')} apart (${en(peakShare, 1)}%). ` +
      `Mean distance ${pe(mean, 'hop')}, that is ${pe(mean - 1, 'degree of separation', 'degrees of separation')}` +
      (marks.length ? `, against ${marks.join(' and ')}.` : '.'),
    (total: number, peak: number, peakShare: number, mean: number, marks: readonly string[]) =>
      `${pf(total, 'paire reliée', 'paires reliées')}. La plupart des paires sont à ${pf(peak, 'saut')} (${fr(peakShare, 1)} %). ` +
      `Distance moyenne ${pf(mean, 'saut')}, soit ${pf(mean - 1, 'degré de séparation', 'degrés de séparation')}` +
      (marks.length ? `, contre ${marks.join(' et ')}.` : '.'),
  ),
} as const;
