// The helpers every bilingual word table of the report writes with: numbers in each language's
// format, plurals (French: 0 and 1 take the singular), French degree ordinals and elision, a
// study's figure in French, and `both`, one entry in the two languages of the same type.

import type { Study } from '../separation/compare-with-studies.js';
import { formatNumber } from './svg.js';

/** A number in English format. */
export const en = (v: number, digits?: number): string => formatNumber(v, digits, 'en');
/** A number in French format. */
export const fr = (v: number, digits?: number): string => formatNumber(v, digits, 'fr');
/**
 * A count with its unit in English, `digits` decimals at most: "0 hops", "1 hop", "1.5 hops", "2 hops".
 * The unit agrees with the number as shown: 1.004, shown "1", is "1 hop". Every number+unit phrase of
 * viz/ and cli/ goes through `pe`/`pf`, so 1 and 1.5 are said right everywhere.
 */
export const pe = (n: number, one: string, many = `${one}s`, digits?: number): string => {
  const text = en(n, digits);
  return `${text} ${text === '1' || text === '-1' ? one : many}`;
};
/** The same in French, where 0 and 1 — and 1,5 — take the singular: "0 saut", "1,5 saut", "2 sauts". */
export const pf = (n: number, one: string, many = `${one}s`, digits?: number): string => {
  const text = fr(n, digits);
  // the number as shown is below 2 in absolute value: its integer part is 0 or 1
  return `${text} ${/^[-−]?[01](?:,\d*)?$/.test(text) ? one : many}`;
};
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
