// parseLinkedInConnections: LinkedIn's Connections.csv (every era, preamble or not, `,` `;` or tab,
// UTF-8/UTF-16 bytes or a string) into one Person per row, keyed by normalised profile URL.
// Invariant: rowsRead = imported + skipped; every skipped row is listed with its line and reason.
// Rows without a URL (old layouts, hidden members) get a local key `<owner>#L<line>`, never merged.

import { throwIfAborted } from '../abort.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import type { Person } from '../model/person.js';
import type { LongWorkOptions } from '../types.js';
import { CONNECTION_COLUMNS, duplicateColumn, linkedInFormat, type LinkedInFormat } from './linkedin-columns.js';
import { LINKEDIN_FILE_NAMES, linkedInHeaderKind } from './linkedin-file-kind.js';
import { createDateColumn, type SlashedDateReading } from './date-column.js';
import { type LinkedInTableReport, readLinkedInTable, type SkippedRow } from './read-linkedin-table.js';

/** How a person was identified: profile URL, email (with `keepEmails`), nothing, or a hidden member. */
export type PersonIdentity = 'profile-url' | 'email' | 'none' | 'hidden';

/** A person read from an export. */
export interface ImportedPerson extends Person {
  /** Node key: the normalised profile URL, `mailto:<email>`, or a local `<owner>#L<line>` key. */
  key: string;
  /** What the key rests on. */
  identity: PersonIdentity;
  /** 1-based line of the row in the file. */
  line: number;
  /** `Connected On` as written (`connectedOn` holds the ISO date when it could be read). */
  connectedOnRaw?: string;
}

/** What parsing an export saw. rowsRead = imported + skipped. */
export interface LinkedInImportReport extends LinkedInTableReport {
  /** Header layout: `current`, `2018`, `2016` or `partial` (a spreadsheet dropped columns). */
  format: LinkedInFormat;
  /** Records before the header (the `Notes:` preamble and blank lines). */
  preambleLines: number;
  /** Imported rows with only a date: members who hide themselves (local keys, never merged). */
  hiddenMembers: number;
  /** Imported rows with data but no profile URL (nor kept email): local keys, never merged. */
  withoutIdentity: number;
  /** Skipped rows repeating an earlier row's profile URL (or email). */
  duplicates: number;
  /** Skipped rows naming the export's owner. */
  ownerRows: number;
  /** Skipped rows whose cell count does not fit the header. */
  malformed: number;
  /** Email addresses dropped (`keepEmails` off). */
  emailsDropped: number;
  /** Imported rows with an empty `Connected On`. */
  missingDates: number;
  /** Imported rows whose `Connected On` could not be read, or was refused (the raw text is kept). */
  unreadableDates: number;
  /** How slashed dates (`03/04/2021`) were read, decided once per file; `null` when it has none. */
  slashedDates: SlashedDateReading | null;
  /** Byte sequences that are not valid text in the detected encoding (each read as U+FFFD), and the line of the first. */
  invalidUtf8: {
    /** How many such byte sequences. */
    count: number;
    /** 1-based line of the first, or `null` when none. */
    firstLine: number | null;
  };
}

/** Options of `parseLinkedInConnections`. */
export interface LinkedInConnectionsOptions extends LongWorkOptions {
  /** The exporting member's own profile URL: prefixes local keys; a row naming them is skipped. */
  owner?: string;
  /** File name for errors and the report. */
  source?: string;
  /** Keep email addresses (default `false`: personal data is dropped at the door). */
  keepEmails?: boolean;
}

/** The people of one export, the rows skipped, and the counts. */
export interface LinkedInConnectionsResult {
  /** One person per imported row, in file order (newest first in real exports). */
  people: ImportedPerson[];
  /** Each skipped row, with its line and reason. */
  skipped: SkippedRow[];
  /** Counts. */
  report: LinkedInImportReport;
}

const WHERE = 'parseLinkedInConnections';
export type { SkippedRow };
const cellAt = (cells: readonly string[], i: number): string => (i < 0 ? '' : cells[i]!.trim());
const EXPECTED = 'a row with `First Name` and `Last Name`, or `Company` and `Connected On`';

/** The key of a person without a URL or email (old layouts, hidden members): `<owner>#L<line>`, local to one export. */
export function localKey(owner: string, line: number): string {
  return `${owner}#L${line}`;
}

/**
 * Reads a LinkedIn `Connections.csv` export into people, keyed by normalised profile URL.
 *
 * The header is found by content (the preamble of any wording, padding and blank lines skipped);
 * every layout from 2016 on, `,` `;` or tab delimiters, CRLF, UTF-8 with or without BOM and UTF-16
 * bytes are accepted; dates are read in every known format (ISO in `connectedOn`, raw in
 * `connectedOnRaw`; slashed dates in one order per file, see `report.slashedDates`). Duplicated URLs, the owner's own row and rows whose cells do not fit the
 * header are skipped and listed; emails are dropped unless `keepEmails`.
 *
 * @param input - the file's text or bytes.
 * @param options - `owner`, `source`, `keepEmails`, `onProgress` (characters read), `signal`.
 * @returns `{ people, skipped, report }`; `report.rowsRead === report.imported + report.skipped`.
 * @throws ParseError naming the source and line when no header is found, when the file is another
 * file of LinkedIn's export (`this is LinkedIn's Invitations.csv; pass Connections.csv or the export`)
 * or a quoted field never closes; InvalidArgumentError for a bad `owner`; AbortError when `signal` aborts.
 * @remarks Time O(b) for b bytes; one object per imported row.
 * @see ../shared/data/linkedin/README.md for the variants.
 * @example
 * const { people, report } = parseLinkedInConnections(text, { owner: 'https://www.linkedin.com/in/ada' });
 * report.rowsRead === report.imported + report.skipped; // true
 */
export function parseLinkedInConnections(
  input: string | Uint8Array,
  options: LinkedInConnectionsOptions = {},
): LinkedInConnectionsResult {
  if (options.owner !== undefined && typeof options.owner !== 'string')
    throw new InvalidArgumentError(WHERE, 'owner', 'a profile URL string', options.owner);
  throwIfAborted(WHERE, options.signal);
  const owner = normalizeProfileUrl(options.owner);
  const source = options.source === undefined ? {} : { source: options.source };
  const {
    report,
    skipped,
    column: col,
    rows,
  } = readLinkedInTable(
    input,
    {
      where: WHERE,
      source: options.source,
      expected: EXPECTED,
      isHeader: (columns) => linkedInHeaderKind(columns) !== null,
      columns: CONNECTION_COLUMNS,
      width: 'exact',
      widthHint: true,
      // Evidence of a stray quote needs a profile URL: without a URL column a row has nothing to tell it from free text.
      isFullRow: (cells, c) => c.url >= 0 && normalizeProfileUrl(cellAt(cells, c.url)) !== null,
      work: { ...options, phase: 'reading connections' },
    },
    (base, header): LinkedInImportReport => ({
      source: base.source,
      encoding: base.encoding,
      format: linkedInFormat(base.columns, header.column),
      delimiter: base.delimiter,
      columns: base.columns,
      headerLine: base.headerLine,
      preambleLines: header.preamble,
      blankLines: 0,
      rowsRead: 0,
      imported: 0,
      skipped: 0,
      hiddenMembers: 0,
      withoutIdentity: 0,
      duplicates: 0,
      ownerRows: 0,
      malformed: 0,
      emailsDropped: 0,
      missingDates: 0,
      unreadableDates: 0,
      slashedDates: null,
      invalidUtf8: header.invalid,
    }),
  );
  const kind = linkedInHeaderKind(report.columns);
  if (kind !== 'connections')
    throw new ParseError(
      WHERE,
      `this is LinkedIn's ${LINKEDIN_FILE_NAMES[kind!]}; pass Connections.csv or the export`,
      {
        ...source,
        line: report.headerLine,
      },
    );
  const twice = duplicateColumn(report.columns);
  if (twice) {
    // Which of the two holds the data is a guess: refuse rather than read the wrong one.
    throw new ParseError(
      WHERE,
      `the header has two \`${twice.name}\` columns (${twice.first} and ${twice.second}); remove one`,
      { ...source, line: report.headerLine },
    );
  }
  const people: ImportedPerson[] = [];
  const dates = createDateColumn<ImportedPerson>(options.source, 'Connected On', (person, iso) => {
    if (iso) person.connectedOn = iso;
    else report.unreadableDates++;
  });
  const seen = new Map<string, ImportedPerson>();
  const skip = (line: number, reason: string): void => {
    skipped.push({ line, reason });
    report.skipped++;
  };
  for (const { cells, line } of rows) {
    const firstName = cellAt(cells, col.firstName);
    const lastName = cellAt(cells, col.lastName);
    const rawUrl = cellAt(cells, col.url);
    const email = cellAt(cells, col.email);
    const company = cellAt(cells, col.company);
    const position = cellAt(cells, col.position);
    const dateRaw = cellAt(cells, col.connectedOn);
    const urlKey = normalizeProfileUrl(rawUrl);
    const emailKey = options.keepEmails && email ? `mailto:${email.toLowerCase()}` : null;
    const identityKey = urlKey ?? emailKey;
    if (identityKey !== null && identityKey === owner) {
      report.ownerRows++;
      skip(line, "the row is the export's owner");
      continue;
    }
    const earlier = identityKey === null ? undefined : seen.get(identityKey);
    if (earlier) {
      report.duplicates++;
      const name = `${firstName} ${lastName}`.trim();
      const other = earlier.name ?? '';
      skip(
        line,
        `duplicate of line ${earlier.line} (same ${urlKey ? 'profile URL' : 'email'} ${identityKey}${name !== other ? `, names differ: ${JSON.stringify(other)} vs ${JSON.stringify(name)}` : ''})`,
      );
      continue;
    }
    const hidden = identityKey === null && !firstName && !lastName && !company && !position && !email && !rawUrl;
    const identity: PersonIdentity = urlKey ? 'profile-url' : emailKey ? 'email' : hidden ? 'hidden' : 'none';
    const person: ImportedPerson = { key: identityKey ?? localKey(owner ?? '', line), identity, line };
    const name = `${firstName} ${lastName}`.trim();
    if (name) person.name = name;
    if (firstName) person.firstName = firstName;
    if (lastName) person.lastName = lastName;
    if (rawUrl) person.profileUrl = rawUrl;
    if (email && options.keepEmails) person.email = email;
    else if (email) report.emailsDropped++;
    if (company) person.company = company;
    if (position) person.position = position;
    if (dateRaw) {
      person.connectedOnRaw = dateRaw;
      dates.read(dateRaw, line, person);
    } else report.missingDates++;
    if (identity === 'hidden') report.hiddenMembers++;
    else if (identity === 'none') report.withoutIdentity++;
    if (identityKey !== null) seen.set(identityKey, person);
    people.push(person);
    report.imported++;
  }
  report.slashedDates = dates.finish();
  // the reader skipped the rows that do not fit the header; the others were skipped here
  report.malformed = report.skipped - report.duplicates - report.ownerRows;
  return { people, skipped, report };
}
