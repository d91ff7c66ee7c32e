// Undoes a stray quote: a quoted field that runs across line ends is legal CSV, but when a middle
// physical line of that record reads on its own as a full row (the right cell count, a profile URL
// where the header has one), or both its first line (quotes ignored) and its last line do, the
// quote was a typo that swallowed rows. Then each physical line is re-read as a row of its own; a
// line whose quote never closes on it comes back as `null`. A legal multi-line cell has neither.

import { ParseError } from '../errors.js';
import { csvRecords, type CsvRecord } from './csv-records.js';

/** One physical line of a record, re-read alone: its cells, or `null` when its quote does not close. */
export interface PhysicalRow {
  /** The cells, or `null` for a line with an unbalanced quote. */
  cells: string[] | null;
  /** 1-based line. */
  line: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Splits a multi-line record back into its physical lines when one of its continuation lines is a
 * full row by itself.
 *
 * @param text - the whole text the record was read from.
 * @param record - the record.
 * @param delimiter - the cell delimiter.
 * @param isFullRow - whether cells read from one line make a complete row.
 * @returns the physical rows, or `null` when the record stays as it is (one line, or a legal
 * multi-line cell).
 * @remarks Time O(length of the record).
 */
export function splitStrayQuote(
  text: string,
  record: CsvRecord,
  delimiter: string,
  isFullRow: (cells: string[]) => boolean,
): PhysicalRow[] | null {
  const body = text.slice(record.start, record.end).replace(/(?:\r\n|\r|\n)$/, '');
  if (!LINE_BREAK.test(body)) return null;
  const lines = body.split(LINE_BREAK);
  const rows: PhysicalRow[] = lines.map((one, k) => ({ cells: readLine(one, delimiter), line: record.line + k }));
  const full = (r: PhysicalRow): boolean => r.cells !== null && isFullRow(r.cells);
  const middle = rows.slice(1, -1).some(full);
  const ends = full(rows[rows.length - 1]!) && isFullRow(withStrayQuote(lines[0]!, delimiter));
  return middle || ends ? rows : null;
}

// The cells of a first line whose last quoted cell never closes, reading that cell's opening quote
// as a typo (a literal character): cells before it as CSV, the rest split at every delimiter.
// Dropping every quote instead split quoted cells at their commas, so `",,A,,",",` (a legal name
// with commas, then a name with a line break) read as seven cells.
function withStrayQuote(line: string, delimiter: string): string[] {
  let start = 0; // where the current cell starts
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (c === delimiter) start = i + 1;
    else if (c === '"' && i === start) quoted = true;
  }
  const before = start === 0 ? [] : (readLine(line.slice(0, start - 1), delimiter) ?? []);
  return [...before, ...line.slice(start).split(delimiter)];
}

function readLine(one: string, delimiter: string): string[] | null {
  try {
    const first = csvRecords(one, delimiter, { where: 'splitStrayQuote' }).next();
    return first.done ? [''] : first.value.cells;
  } catch (error) {
    if (error instanceof ParseError) return null;
    throw error;
  }
}
