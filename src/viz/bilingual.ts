// The helpers every bilingual word table of the report writes with: numbers in each language's
// format, plurals (French: 0 and 1 take the singular), French degree ordinals and elision, a
// study's figure in French, and `both`, one entry in the two languages of the same type.

import type { Study } from '../separation/compare-with-studies.js';
import { formatNumber } from '../number-words.js';

/** A number in English format. */
export const en = (v: number, digits?: number): string => formatNumber(v, digits, 'en');
/** A number in French format. */
export const fr = (v: number, digits?: number): string => formatNumber(v, digits, 'fr');
/** Plurals as the number is shown ("1 hop", "1,5 saut"): in src/number-words.ts, which io/ uses too. */
export { pe, pf } from '../number-words.js';
/** A LinkedIn degree in French: "1er", "2e"… ("la personne" for 0). */
export const frDegree = (d: number): string => (d === 0 ? 'la personne' : d === 1 ? '1er' : `${d}e`);
/** "de Zoé", "d’Odile": French elides "de" before a vowel. */
export const de = (name: string): string => (/^[aeiouyàâéèêëîïôöûüh]/i.test(name) ? `d’${name}` : `de ${name}`);
/** One entry in both languages, of the same type. */
export const both = <T>(english: T, french: T): { en: T; fr: T } => ({ en: english, fr: french });

/** A study's figure in French, in the source's own convention first (as `studyFigure` in English). */
export const studyFigureFr = (s: Study): string => {
  const degrees = `${fr(Math.round(s.degreesOfSeparation * 100) / 100)} degrés`;
  const hops = `${fr(Math.round(s.meanDistance * 100) / 100)} sauts`;
  return s.reported.convention === 'intermediaries' ? `${degrees} = ${hops}` : `${hops} = ${degrees}`;
};
