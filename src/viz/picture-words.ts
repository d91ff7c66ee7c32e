// The report pictures' framing in English and French: their headings, captions, the tables that
// stand for them, and the sentence shown when there is nothing to draw.

import { both, pe, pf } from './bilingual.js';

/** The pictures' headings, captions and tables, English then French. */
export const PICTURE_WORDS = {
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
      `${label} reaches ${pe(first, 'person', 'people')}, all at the 1st degree (a single point: not drawn).`,
    (label: string, first: number) =>
      `${label} atteint ${pf(first, 'personne')}, toutes au 1er degré (un seul point : non tracé).`,
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
} as const;
