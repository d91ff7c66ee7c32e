// The words of the report and app pages' own chrome (search form, table alternatives, the app's
// drop zone) in English and French. The script's sentences are templates with {placeholders}
// filled in the page; names are inserted as escaped HTML. `{count|person|people}` is a number with
// its unit agreeing (`pe`/`pf`: "1 person", "0 personne"); report-script.ts's `say` mirrors `fillPage`.

import { en, fr, pe, pf } from './bilingual.js';

/** A language of the pages. */
export type PageLang = 'en' | 'fr';

const EN = {
  reportTitle: 'handshakes report',
  summary: 'Summary',
  keyFigures: 'Key figures',
  madeWith: 'Made with handshakes.',
  madeFrom: 'Made with handshakes from {files}.',
  explore: 'Explore',
  findLabel: 'Find a person by name',
  findButton: 'Show the chain',
  findHint:
    'Type a name: the chain of introductions is drawn on the rings and the introducers listed. Click a 1st-degree contact (or its button) to see whom they bring at 2nd degree.',
  asTable: 'The picture as a table',
  bringsButton: 'whom they bring',
  cut: 'The search covers the {count|person|people} within {radius|hop|hops}.',
  // The script's sentences.
  chain: '{name} is {hops|hop|hops} away ({degree|intermediary|intermediaries}). The first shortest chain:',
  introducers: 'Introducers among your contacts ({count}), with the shortest chains through each:',
  ways: 'shortest chains through them: {count}',
  brings: '{name} brings {count|person|people} at 2nd degree:',
  more: 'and {count} more.',
  none: 'No chain of introductions leads to {name}.',
  self: '{name} is the person this report is about.',
  notFound: 'Nobody named “{query}” in this network.',
  show: 'Whom does this contact bring at 2nd degree?',
  // The app page.
  appTitle: 'handshakes — your network, on your computer',
  appIntro:
    'Drop your LinkedIn data export (the .zip LinkedIn e-mails you: Settings → Data privacy → Get a copy of your data), or several for a team. Everything is computed in this page: nothing is sent anywhere.',
  appPick: 'Choose export zips',
  appDrop: 'or drop them here',
  appWorking: 'Reading {count|file|files}…',
  appError: 'This file could not be read: {message}',
  appNotZip:
    '{file} is not a LinkedIn export: drop the .zip LinkedIn e-mails you (Basic_LinkedInDataExport_….zip), as downloaded.',
  appProfile: 'How you network',
  appPrivacy: 'This page makes no network request (its security policy forbids it) and stores nothing.',
  appFooter: 'Made with handshakes, in this page, from {files}.',
} as const;

/** The words of one language. */
export type PageWords = { readonly [K in keyof typeof EN]: string };

const FR: PageWords = {
  reportTitle: 'rapport handshakes',
  summary: 'Résumé',
  keyFigures: 'Chiffres clés',
  madeWith: 'Fait avec handshakes.',
  madeFrom: 'Fait avec handshakes à partir de {files}.',
  explore: 'Explorer',
  findLabel: 'Chercher une personne par son nom',
  findButton: 'Montrer la chaîne',
  findHint:
    'Tapez un nom : la chaîne de mises en relation est tracée sur les cercles et les intermédiaires sont listés. Cliquez sur une relation directe (ou sur son bouton) pour voir qui elle vous fait connaître au 2e degré.',
  asTable: 'Le graphique sous forme de tableau',
  bringsButton: 'qui elle fait connaître',
  cut: 'La recherche porte sur les {count|personne|personnes} à {radius|saut|sauts} ou moins.',
  chain: '{name} est à {hops|saut|sauts} ({degree|intermédiaire|intermédiaires}). La première chaîne la plus courte :',
  introducers: 'Intermédiaires parmi vos relations ({count}), avec le nombre de chaînes les plus courtes par chacun :',
  ways: 'chaînes les plus courtes par cette relation : {count}',
  brings: '{name} vous fait connaître {count|personne|personnes} au 2e degré :',
  more: 'et {count} de plus.',
  none: 'Aucune chaîne de mises en relation ne mène à {name}.',
  self: 'Ce rapport porte sur {name}.',
  notFound: 'Personne ne s’appelle « {query} » dans ce réseau.',
  show: 'Qui cette relation vous fait-elle connaître au 2e degré ?',
  appTitle: 'handshakes — votre réseau, sur votre ordinateur',
  appIntro:
    'Déposez l’export de vos données LinkedIn (le .zip que LinkedIn vous envoie : Préférences → Confidentialité des données → Obtenir une copie de vos données), ou plusieurs pour une équipe. Tout est calculé dans cette page : rien n’est envoyé nulle part.',
  appPick: 'Choisir les exports .zip',
  appDrop: 'ou déposez-les ici',
  appWorking: 'Lecture de {count|fichier|fichiers}…',
  appError: 'Ce fichier n’a pas pu être lu : {message}',
  appNotZip:
    '{file} n’est pas un export LinkedIn : déposez le .zip que LinkedIn vous envoie (Basic_LinkedInDataExport_….zip), tel quel.',
  appProfile: 'Votre façon de réseauter',
  appPrivacy: 'Cette page ne fait aucune requête réseau (sa politique de sécurité l’interdit) et ne stocke rien.',
  appFooter: 'Fait avec handshakes, dans cette page, à partir de {files}.',
};

/** The pages' words in a language (English for anything else). */
export function pageWords(lang: string | undefined): PageWords {
  return lang === 'fr' ? FR : EN;
}

/**
 * Fills a page template: `{name}` with its value (numbers in the language's format), `{n|one|many}`
 * with the number and its unit agreeing (`pe`, `pf`: "1 hop", "1,5 saut").
 *
 * @param template - a `PageWords` entry.
 * @param values - the placeholders' values.
 * @param lang - the page's language.
 * @returns the text (not escaped).
 * @remarks Time O(template length).
 */
export function fillPage(template: string, values: Readonly<Record<string, string | number>>, lang: PageLang): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (_, k: string, one?: string, many?: string) => {
    const v = values[k] ?? '';
    if (typeof v === 'string') return one === undefined ? v : `${v} ${many}`;
    if (one === undefined) return lang === 'fr' ? fr(v) : en(v);
    return lang === 'fr' ? pf(v, one, many) : pe(v, one, many);
  });
}
