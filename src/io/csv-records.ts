// RFC 4180 record reader over a string, tracking physical line numbers (LF, CRLF or lone CR).
// Quoted fields may hold delimiters, doubled quotes and line breaks; a quote inside an unquoted
// field is kept as text (lenient, as spreadsheets write); an unterminated quoted field at the end
// of the input is a ParseError naming the line where it opened.

import { ParseError } from '../errors.js';

/** One CSV record and where it sits in the text. */
export interface CsvRecord {
  /** The cells, unquoted. A blank line is `['']`. */
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
  /** Offset in the text where the record starts. */
  start: number;
  /** Offset in the text just past the record (for progress). */
  end: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads the records of a CSV text one by one.
 *
 * @param text - the decoded text.
 * @param delimiter - one character: `,`, `;` or tab.
 * @param at - `where` (calling function) and `source` (file name) for errors.
 * @returns a generator of records with their line numbers.
 * @throws ParseError naming the source and line of an unterminated quoted field.
 * @remarks Time O(length of the text); one string per cell.
 */
export function* csvRecords(
  text: string,
  delimiter: string,
  at: { where: string; source?: string },
): Generator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  const end = text.length;
  let i = 0;
  let line = 1;
  while (i < end) {
    const start = line;
    const from0 = i;
    const cells: string[] = [];
    for (;;) {
      // one cell
      if (text.charCodeAt(i) === QUOTE) {
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            throw new ParseError(at.where, 'unterminated quoted field (a `"` opens a cell and never closes)', {
              ...(at.source === undefined ? {} : { source: at.source }),
              line: start,
            });
          }
          value += text.slice(from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            from = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        for (let k = value.indexOf('\n'); k >= 0; k = value.indexOf('\n', k + 1)) line++;
        for (let k = value.indexOf('\r'); k >= 0; k = value.indexOf('\r', k + 1))
          if (value.charCodeAt(k + 1) !== LF) line++;
        // text after the closing quote (`"a"b`): kept, as spreadsheets do
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        cells.push(j > i ? value + text.slice(i, j) : value);
        i = j;
      } else {
        let j = i;
        while (j < end) {
          const c = text.charCodeAt(j);
          if (c === delim || c === LF || c === CR) break;
          j++;
        }
        cells.push(text.slice(i, j));
        i = j;
      }
      if (i < end && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      break;
    }
    // end of record: a line break or the end of the text
    if (i < end) {
      if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
      else i++;
      line++;
    }
    yield { cells, line: start, start: from0, end: i };
  }
}

/** Whether a record holds no text at all (a blank line, or only delimiters and spaces). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
