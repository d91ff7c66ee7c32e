// The export owner's own Profile.csv (name, headline, industry, location: no profile URL) and
// Positions.csv (their jobs, `Mar 2021` dates). Both read by header names, every layout from 2018 on;
// the free-text Summary and Description cells are not kept.

import { type LinkedInTableSpec, readLinkedInTable } from './read-linkedin-table.js';

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

const PROFILE_COLUMNS = {
  firstName: ['first name'],
  lastName: ['last name'],
  headline: ['headline'],
  industry: ['industry'],
  geoLocation: ['geo location'],
  country: ['country'],
  location: ['location'],
};
const POSITION_COLUMNS = {
  company: ['company name'],
  title: ['title'],
  location: ['location'],
  startedOn: ['started on'],
  finishedOn: ['finished on'],
};
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

/** The first data rows of a table read by `readLinkedInTable`, rows of any width, as plain records. */
function table<K extends string>(
  input: string | Uint8Array,
  spec: Pick<LinkedInTableSpec<K>, 'where' | 'source' | 'isHeader' | 'expected' | 'columns'>,
): ((column: K) => string)[] {
  const { rows } = readLinkedInTable(input, { ...spec, width: 'any' }, (base) => base);
  return Array.from(rows, (row) => row.get);
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
  const [get] = table(input, {
    where: 'parseLinkedInProfile',
    source: options.source,
    isHeader: (c) => c.includes('first name') && c.includes('last name'),
    expected: 'a row with `First Name` and `Last Name`',
    columns: PROFILE_COLUMNS,
  });
  const profile: OwnerProfile = {};
  if (!get) return profile;
  const set = (field: keyof OwnerProfile, value: string): void => void (value ? (profile[field] = value) : undefined);
  set('firstName', get('firstName'));
  set('lastName', get('lastName'));
  set('name', `${get('firstName')} ${get('lastName')}`.trim());
  set('headline', get('headline'));
  set('industry', get('industry'));
  set('location', get('geoLocation') || get('country') || get('location'));
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
  const rows = table(input, {
    where: 'parseLinkedInPositions',
    source: options.source,
    isHeader: (c) => c.includes('company name'),
    expected: 'a row with `Company Name`',
    columns: POSITION_COLUMNS,
  });
  const positions: OwnerPosition[] = [];
  for (const get of rows) {
    const company = get('company');
    if (!company) continue;
    const position: OwnerPosition = { company };
    const title = get('title');
    const location = get('location');
    const startedOn = monthYear(get('startedOn'));
    const finishedOn = monthYear(get('finishedOn'));
    if (title) position.title = title;
    if (location) position.location = location;
    if (startedOn) position.startedOn = startedOn;
    if (finishedOn) position.finishedOn = finishedOn;
    positions.push(position);
  }
  return positions;
}
