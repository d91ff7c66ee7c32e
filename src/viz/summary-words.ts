// The report's own sentences in English and French: collectReport's summary, its cards and its
// tables (reach, introducers, team members, separation beside the published studies, chains).
// DESIGN.md's vocabulary in both: distance in hops (sauts); degrees of separation = hops − 1.

import type { Study } from '../separation/compare-with-studies.js';
import { CONVENTION_NOTE, SIX_DEGREES, STUDIES, studyFigure } from '../separation/compare-with-studies.js';
import { degreeName } from './render-ego-svg.js';
import { both, de, en, fr, frDegree, pe, pf, studyFigureFr } from './bilingual.js';

/** collectReport's sentences and labels, English then French. */
export const SUMMARY_WORDS = {
  title: both(
    (name: string) => `${name}’s network`,
    (name: string) => `Le réseau ${de(name)}`,
  ),
  summaryReach: both(
    (name: string, direct: number, indirect: number) =>
      `${name} has ${pe(direct, 'direct contact')} (1st degree) and reaches ${pe(indirect, 'more person', 'more people')} indirectly, through introductions.`,
    (name: string, direct: number, indirect: number) =>
      `${name} a ${pf(direct, 'relation directe', 'relations directes')} (1er degré) et atteint indirectement ${pf(indirect, 'autre personne', 'autres personnes')}, par des mises en relation.`,
  ),
  summaryWithin: both(
    (w2: number, w3: number, others: number) =>
      `Within 2 degrees: ${pe(w2, 'person', 'people')}; within 3 degrees: ${en(w3)} of the ${pe(others, 'other person', 'other people')} in this network.`,
    (w2: number, w3: number, others: number) =>
      `À 2 degrés ou moins : ${pf(w2, 'personne')} ; à 3 degrés ou moins : ${fr(w3)} des ${pf(others, 'autre personne', 'autres personnes')} de ce réseau.`,
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
    (d: number) => `people within ${pe(d, 'degree')}`,
    (d: number) => `personnes à ${pf(d, 'degré')} ou moins`,
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
      `Together, the team of ${pe(members, 'member')} reaches ${pe(reached, 'person', 'people')}: ${en(first)} directly, ${en(second)} at 2nd degree, ${en(thirdPlus)} at 3rd degree or beyond.`,
    (members: number, reached: number, first: number, second: number, thirdPlus: number) =>
      `Ensemble, l’équipe de ${pf(members, 'membre')} atteint ${pf(reached, 'personne')} : ${fr(first)} directement, ${fr(second)} au 2e degré, ${fr(thirdPlus)} au 3e degré ou au-delà.`,
  ),
  teamFigure: both(
    (members: number) => `people the team of ${pe(members, 'member')} reaches`,
    (members: number) => `personnes que l’équipe de ${pf(members, 'membre')} atteint`,
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
      `In this network, people are ${pe(mean, 'hop')} apart on average, that is ${pe(mean - 1, 'degree of separation', 'degrees of separation')} (intermediaries), against ${studyFigure(facebook)} (${facebook.study}) on Facebook and ${studyFigure(milgram)} (${milgram.study}) in Milgram's letters.`,
    (mean: number, facebook: Study, milgram: Study) =>
      `Dans ce réseau, les personnes sont en moyenne à ${pf(mean, 'saut')} les unes des autres, soit ${pf(mean - 1, 'degré de séparation', 'degrés de séparation')} (intermédiaires), contre ${studyFigureFr(facebook)} (${facebook.study}) sur Facebook et ${studyFigureFr(milgram)} (${milgram.study}) dans les lettres de Milgram.`,
  ),
  studyFigure: both(studyFigure, studyFigureFr),
  conventionNote: both(
    CONVENTION_NOTE,
    `Les degrés de séparation comptent les intermédiaires, sauts − 1 : « six degrés » font ${SIX_DEGREES.meanDistance} sauts ; ${STUDIES.map((s) => `${s.study} : ${studyFigureFr(s)}`).join(' ; ')}.`,
  ),
  separationFigure: both('degrees of separation (mean hops − 1)', 'degrés de séparation (sauts en moyenne − 1)'),
  separationNote: both(
    (method: string, pairs: number) =>
      `${method === 'exact' ? 'exact' : `estimated (${method})`}, over ${pe(pairs, 'connected pair')}`,
    (method: string, pairs: number) =>
      `${method === 'exact' ? 'exact' : `estimé (${method})`}, sur ${pf(pairs, 'paire reliée', 'paires reliées')}`,
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
} as const;
