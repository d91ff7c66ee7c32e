// What gives English away in a page meant to be French: the report's English phrases (the English
// side of REPORT_WORDS and of the page words, cut into their word runs) plus a few fixed tells
// (English ordinals, "people", "hops"); and the numbers of a text read in either language, so a
// French page's figures can be compared with the English page's.
import { STUDIES } from '../../src/separation/compare-with-studies.js';
import { REPORT_WORDS } from '../../src/viz/report-words.js';

/** Fixed tells: English ordinals and the words every English sentence of the report uses. */
const TELLS: RegExp[] = [
  /\b\d+(?:st|nd|rd|th)\b/,
  /\bpeople\b/i,
  /\bhops?\b/i,
  /\bdegrees?\b/i,
  /\bcontacts?\b/i,
  /\bintroducers?\b/i,
  /\bintermediar(?:y|ies)\b/i,
  /\breach(?:es|ed)?\b/i,
  /\bwithin\b/i,
  /\bchains?\b/i,
  /\bnetwork\b/i,
  /\bthe team\b/i,
  /\bMade with\b/,
];

/** A sample of what an English entry says: the string, the list, or the function called with sample values. */
function sample(en: unknown): string[] {
  if (typeof en === 'string') return [en];
  if (Array.isArray(en)) return en.flatMap(sample);
  if (typeof en !== 'function') return [];
  for (const value of [5, STUDIES[0]])
    try {
      return sample((en as (...args: unknown[]) => unknown)(...Array.from({ length: en.length }, () => value)));
    } catch {
      // the entry takes a study, not a number
    }
  return [];
}

/** Runs of three or more English words from the English sentences of the table. */
function phrases(): string[] {
  const runs = new Set<string>();
  for (const entry of Object.values(REPORT_WORDS))
    for (const s of sample(entry.en))
      for (const m of s.matchAll(/[A-Za-z]+(?: [A-Za-z]+){2,}/g))
        if (!/\bet al\b|Milgram|Facebook/.test(m[0])) runs.add(m[0]);
  return [...runs];
}

/** Every English phrase or tell found in `text`. */
export function englishIn(text: string): string[] {
  const found = TELLS.filter((re) => re.test(text)).map((re) => `${re.source}: “${re.exec(text)![0]}”`);
  for (const p of phrases()) if (text.includes(p)) found.push(p);
  return found;
}

/** The numbers of a text in the given language ("1,204.5" in English, "1 204,5" in French). */
export function numbersIn(text: string, lang: 'en' | 'fr'): number[] {
  const re =
    lang === 'en'
      ? /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
      : /\d{1,3}(?:[\u202f\u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;
  return [...text.matchAll(re)].map((m) =>
    Number(lang === 'en' ? m[0].replaceAll(',', '') : m[0].replace(/[\u202f\u00a0]/g, '').replace(',', '.')),
  );
}
