// The export owner's own Profile.csv (name, headline, industry, location: no profile URL) and
// Positions.csv (their jobs, `Mar 2021` dates). Both read by header names, every layout from 2018 on;
// the free-text Summary and Description cells are not kept.

import { isBlankRecord } from './csv-records.js';
import { decodeText } from './decode-text.js';
import { findCsvHeader } from './find-csv-header.js';

/** The exporting member, as `Profile.csv` describes them. */
export interface OwnerProfile {
  /** First name. */
  firstName?: string;
  /** Last name. */
  lastName?: string;
  /** First and last name. */
  name?: string;
  /** The headline under the name. */
  headline?: string;
  /** LinkedIn's industry (the sector). */
  industry?: string;
  /** `Geo Location` (or `Country`). */
  location?: string;
}

/** One of the owner's positions (`Positions.csv`). */
export interface OwnerPosition {
  /** The company. */
  company: string;
  /** The job title. */
  title?: string;
  /** Where. */
  location?: string;
  /** `YYYY-MM` (or `YYYY`) the job began, when readable. */
  startedOn?: string;
  /** `YYYY-MM` (or `YYYY`) it ended; absent for a current job. */
  finishedOn?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `Mar 2021` → `2021-03`, `2021` → `2021`, else `undefined`. */
function monthYear(raw: string): string | undefined {
  const m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(raw.trim());
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase());
    return month < 0 ? undefined : `${m[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  return /^\d{4}$/.test(raw.trim()) ? raw.trim() : undefined;
}

function table(
  input: string | Uint8Array,
  where: string,
  source: string | undefined,
  isHeader: (c: readonly string[]) => boolean,
  expected: string,
): { get: (cells: readonly string[], ...names: string[]) => string; rows: string[][] } {
  const { text } = decodeText(input);
  const header = findCsvHeader(text, isHeader, { where, ...(source === undefined ? {} : { source }), expected });
  const rows: string[][] = [];
  for (const { cells } of header.records) if (!isBlankRecord(cells)) rows.push(cells);
  const get = (cells: readonly string[], ...names: string[]): string => {
    const i = header.columns.findIndex((c) => names.includes(c));
    return i < 0 || i >= cells.length ? '' : cells[i]!.trim();
  };
  return { get, rows };
}

/**
 * Reads the export owner's `Profile.csv`: name, headline, industry and location.
 *
 * @param input - the file's text or bytes.
 * @param options - `source`: the file name for errors.
 * @returns the profile (fields absent when empty); the first data row is the owner.
 * @throws ParseError naming the source when no `First Name`/`Last Name` header is found.
 * @remarks Time O(b) for b bytes.
 * @example
 * parseLinkedInProfile('First Name,Last Name,Headline,Industry\nOdile,Marchetti,CTO,Software').industry; // 'Software'
 */
export function parseLinkedInProfile(input: string | Uint8Array, options: { source?: string } = {}): OwnerProfile {
  const { get, rows } = table(
    input,
    'parseLinkedInProfile',
    options.source,
    (c) => c.includes('first name') && c.includes('last name'),
    'a row with `First Name` and `Last Name`',
  );
  const profile: OwnerProfile = {};
  const row = rows[0];
  if (!row) return profile;
  const set = (field: keyof OwnerProfile, value: string): void => void (value ? (profile[field] = value) : undefined);
  set('firstName', get(row, 'first name'));
  set('lastName', get(row, 'last name'));
  set('name', `${get(row, 'first name')} ${get(row, 'last name')}`.trim());
  set('headline', get(row, 'headline'));
  set('industry', get(row, 'industry'));
  set('location', get(row, 'geo location') || get(row, 'country') || get(row, 'location'));
  return profile;
}

/**
 * Reads the export owner's `Positions.csv`: their companies, titles and dates, newest first as written.
 *
 * @param input - the file's text or bytes.
 * @param options - `source`: the file name for errors.
 * @returns the positions with a company name (rows without one are left out).
 * @throws ParseError naming the source when no `Company Name` header is found.
 * @remarks Time O(b) for b bytes.
 * @example
 * parseLinkedInPositions('Company Name,Title,Started On,Finished On\nQuillstack,CTO,Mar 2021,')[0]; // { company: 'Quillstack', title: 'CTO', startedOn: '2021-03' }
 */
export function parseLinkedInPositions(input: string | Uint8Array, options: { source?: string } = {}): OwnerPosition[] {
  const { get, rows } = table(
    input,
    'parseLinkedInPositions',
    options.source,
    (c) => c.includes('company name'),
    'a row with `Company Name`',
  );
  const positions: OwnerPosition[] = [];
  for (const row of rows) {
    const company = get(row, 'company name');
    if (!company) continue;
    const position: OwnerPosition = { company };
    const title = get(row, 'title');
    const location = get(row, 'location');
    const startedOn = monthYear(get(row, 'started on'));
    const finishedOn = monthYear(get(row, 'finished on'));
    if (title) position.title = title;
    if (location) position.location = location;
    if (startedOn) position.startedOn = startedOn;
    if (finishedOn) position.finishedOn = finishedOn;
    positions.push(position);
  }
  return positions;
}
