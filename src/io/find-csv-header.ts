// Finds the header of a CSV export by its content, never by skipping a fixed number of lines:
// tries `,`, `;` and tab, and takes the first record (within the first HEADER_SEARCH records) whose
// trimmed, case-folded cells satisfy the caller's test. What comes before it is the preamble.

import { ParseError } from '../errors.js';
import { csvRecords, type CsvRecord } from './csv-records.js';

/** The header found, its delimiter and the records after it. */
export interface CsvHeader {
  /** The delimiter that produced the header. */
  delimiter: ',' | ';' | '\t';
  /** The header cells, trimmed and case-folded (`first name`, `connected on`…). */
  columns: string[];
  /** 1-based line of the header. */
  line: number;
  /** Records before the header (the preamble), blank ones included. */
  preamble: number;
  /** The records after the header. */
  records: Generator<CsvRecord>;
}

const DELIMITERS = [',', ';', '\t'] as const;
const HEADER_SEARCH = 200;

/** Trims and case-folds a header cell (spaces collapsed, a BOM and stray quotes removed). */
export function headerCell(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .replace(/"/g, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Locates the header record of a CSV text.
 *
 * @param text - the decoded text.
 * @param isHeader - tells whether case-folded cells make the header.
 * @param at - `where`, `source` and a description of the expected header, for the error.
 * @returns the header, its delimiter and a generator of the records after it.
 * @throws ParseError when no delimiter yields a header within the first 200 records, or when the
 * text breaks before one is found (an unterminated quote).
 * @remarks Time O(length of the preamble) for each delimiter tried, then lazy.
 */
export function findCsvHeader(
  text: string,
  isHeader: (columns: readonly string[]) => boolean,
  at: { where: string; source?: string; expected: string },
): CsvHeader {
  let firstError: ParseError | null = null;
  for (const delimiter of DELIMITERS) {
    const records = csvRecords(text, delimiter, at);
    let preamble = 0;
    try {
      // iterate by hand: leaving a for…of would close the generator the caller goes on reading
      for (let next = records.next(); !next.done; next = records.next()) {
        const record = next.value;
        const columns = record.cells.map(headerCell);
        if (isHeader(columns)) return { delimiter, columns, line: record.line, preamble, records };
        if (++preamble >= HEADER_SEARCH) break;
      }
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      firstError ??= error;
    }
  }
  if (firstError && text.indexOf('"') >= 0) throw firstError;
  const lines =
    text.replace(/(?:\r\n|\r|\n)$/, '') === '' ? 0 : text.replace(/(?:\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
  const seen = Math.min(lines, HEADER_SEARCH);
  throw new ParseError(
    at.where,
    `no header row found in the first ${seen} line${seen === 1 ? '' : 's'}: expected ${at.expected}`,
    {
      ...(at.source === undefined ? {} : { source: at.source }),
      line: Math.max(1, seen),
    },
  );
}
