// The report's sentences in English and French, side by side: collectReport, its pictures and the
// charts they draw (ego rings, reach curve, distance histogram) take every word from this table,
// assembled from one part per part of the report (summary-words, picture-words, chart-words).
// DESIGN.md's vocabulary in both: distance in hops (sauts); degrees of separation = hops − 1,
// intermediaries (intermédiaires); a contact's degree is LinkedIn's (1st = direct: 1er degré, 2e…).

import { both, en, fr, frDegree } from './bilingual.js';
import { CHART_WORDS } from './chart-words.js';
import type { PageLang } from './page-words.js';
import { PICTURE_WORDS } from './picture-words.js';
import { degreeName } from './render-ego-svg.js';
import { SUMMARY_WORDS } from './summary-words.js';

/** Every sentence and label of the report, English then French. */
export const REPORT_WORDS = {
  num: both(en, fr),
  percent: both(
    (v: number, digits?: number) => `${en(v, digits)}%`,
    (v: number, digits?: number) => `${fr(v, digits)} %`,
  ),
  degree: both(degreeName, frDegree),
  ...SUMMARY_WORDS,
  ...PICTURE_WORDS,
  ...CHART_WORDS,
} as const;

/** The report's words in one language: each entry of `REPORT_WORDS` in that language. */
export type ReportWords = { readonly [K in keyof typeof REPORT_WORDS]: (typeof REPORT_WORDS)[K]['en'] };

/** The report's words in a language (English for anything else). */
export function reportWords(lang: PageLang | undefined): ReportWords {
  const l = lang === 'fr' ? 'fr' : 'en';
  return Object.fromEntries(Object.entries(REPORT_WORDS).map(([k, v]) => [k, v[l]])) as unknown as ReportWords;
}
