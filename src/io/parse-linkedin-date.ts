// Dates of LinkedIn exports, every format seen from 2016 to 2026: `15 Mar 2021` (now),
// `"1/8/18, 6:14 PM"` (up to 2018, US month/day), `06-May-22` and `16.09.2021` (spreadsheet
// re-saves), ISO `2021-03-15`, `Mar 15, 2021`. Two-digit years are 20YY (LinkedIn began in 2003).

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})[\s\-]+([A-Za-z]{3,9})\.?[\s\-,]+(\d{2}|\d{4})${TIME}$`);
const MONTH_DAY_YEAR = new RegExp(String.raw`^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})${TIME}$`);
const SLASHED = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})${TIME}$`);
const DOTTED = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})${TIME}$`);
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO `YYYY-MM-DD` date, or `null` when impossible; two-digit years are 20YY. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The two numbers and the year of a slashed date (`03/04/2021`, `1/8/18, 6:14 PM`), or `null` for any other form. */
export function slashedParts(text: string): [first: number, second: number, year: number] | null {
  const m = SLASHED.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function monthOf(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 3)] ?? 0;
}

/**
 * Reads a `Connected On` (or `Sent At`) date in any format LinkedIn exports have used, as an ISO
 * `YYYY-MM-DD` date; the time of day, when present, is dropped.
 *
 * Slashed dates are US month/day, unless the first number cannot be a month (`16/09/2021`).
 * Dotted dates are day.month (European spreadsheets). One cell alone cannot tell `03/04/2021`'s
 * order: the file parsers decide it once per column (see docs/import.md, "Slashed dates").
 *
 * @param raw - the cell as written.
 * @returns the ISO date, or `null` for an empty or unrecognised cell or an impossible date.
 * @remarks Time O(length of the cell).
 * @example
 * parseLinkedInDate('1/8/18, 6:14 PM'); // '2018-01-08'
 * parseLinkedInDate('5-Jan-26'); // '2026-01-05'
 */
export function parseLinkedInDate(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  if (text.length === 11 && text.charCodeAt(2) === 32 && text.charCodeAt(6) === 32) {
    // fast path for today's `15 Mar 2021` (bench/import): two-digit day, month name, four-digit year
    const day = Number(text.slice(0, 2));
    const month = MONTHS[text.slice(3, 6).toLowerCase()];
    const year = Number(text.slice(7));
    if (month !== undefined && Number.isInteger(day) && Number.isInteger(year)) return isoDate(year, month, day);
  }
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 && b <= 12 ? isoDate(Number(m[3]), b, a) : isoDate(Number(m[3]), a, b);
  }
  m = DOTTED.exec(text);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return isoDate(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  return null;
}
