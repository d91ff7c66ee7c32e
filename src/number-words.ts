// Numbers in words for every layer that writes sentences (io/'s networking sentences, viz/'s
// pictures and report, cli/'s texts): the number in each language's format, and its unit in the
// singular or the plural as the number is shown (English: "1" only; French: below 2, "1,5 saut").

/**
 * Formats a number: integers with grouping, others with `digits` decimals at most.
 *
 * @param value - the number (±∞ become "∞"/"−∞", NaN "–").
 * @param digits - decimals at most (default 2).
 * @param lang - `'en'` (`1,234.5`) or `'fr'` (`1 234,5`, narrow no-break space).
 * @returns the text.
 * @remarks Time O(1).
 * @example
 * formatNumber(1234.567, 1, 'fr'); // '1 234,6'
 */
export function formatNumber(value: number, digits = 2, lang: 'en' | 'fr' = 'en'): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '–';
  const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
  if (Number.isInteger(value)) return value.toLocaleString(locale);
  return value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/**
 * A count with its unit in English, `digits` decimals at most: "0 hops", "1 hop", "1.5 hops", "2 hops".
 * The unit agrees with the number as shown: 1.004, shown "1", is "1 hop". Every number+unit phrase of
 * io/, viz/ and cli/ goes through `pe`/`pf`, so 1 and 1.5 are said right everywhere.
 *
 * @param n - the number.
 * @param one - the singular unit.
 * @param many - the plural unit (default `one` + "s").
 * @param digits - decimals at most (default 2; 0 for counts).
 * @returns the number and its unit.
 * @remarks Time O(1).
 * @example
 * pe(1.5, 'hop'); // '1.5 hops'
 */
export const pe = (n: number, one: string, many = `${one}s`, digits?: number): string => {
  const text = formatNumber(n, digits, 'en');
  return `${text} ${text === '1' || text === '-1' ? one : many}`;
};

/**
 * The same in French, where 0 and 1 — and 1,5 — take the singular: "0 saut", "1,5 saut", "2 sauts".
 *
 * @param n - the number.
 * @param one - the singular unit.
 * @param many - the plural unit (default `one` + "s").
 * @param digits - decimals at most (default 2; 0 for counts).
 * @returns the number and its unit.
 * @remarks Time O(1).
 * @example
 * pf(1.5, 'saut'); // '1,5 saut'
 */
export const pf = (n: number, one: string, many = `${one}s`, digits?: number): string => {
  const text = formatNumber(n, digits, 'fr');
  // the number as shown is below 2 in absolute value: its integer part is 0 or 1
  return `${text} ${/^[-−]?[01](?:,\d*)?$/.test(text) ? one : many}`;
};
