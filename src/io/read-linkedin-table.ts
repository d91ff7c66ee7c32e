// The frame every LinkedIn table parser shares (Connections.csv, Invitations.csv, messages.csv,
// Profile.csv, Positions.csv): decode the bytes, find the header by content past any preamble, map
// column names to indexes, then hand over the data rows one by one — blank lines counted, rows that
// do not fit the header skipped with a reason, stray quotes undone where the table asks for it.
// Invariant, kept by the callers: report.rowsRead === report.imported + report.skipped.

import { throwIfAborted } from '../abort.js';
import type { LongWorkOptions } from '../types.js';
import { isBlankRecord } from './csv-records.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { findCsvHeader } from './find-csv-header.js';
import { splitStrayQuote } from './split-stray-quote.js';

/** A row that was not imported, and why. */
export interface SkippedRow {
  /** 1-based line where the row starts. */
  line: number;
  /** Why it was skipped. */
  reason: string;
}

/** What reading any LinkedIn table saw, before its own counts. rowsRead = imported + skipped. */
export interface LinkedInTableReport {
  /** File name, when given. */
  source: string | undefined;
  /** Text encoding detected. */
  encoding: TextEncodingName;
  /** Cell delimiter. */
  delimiter: ',' | ';' | '\t';
  /** 1-based header line. */
  headerLine: number;
  /** The header cells, case-folded (the layout varies with the export's year). */
  columns: string[];
  /** Blank records after the header. */
  blankLines: number;
  /** Data rows read. */
  rowsRead: number;
  /** Rows imported (people, invitations, messages counted). */
  imported: number;
  /** Rows skipped, each listed in `skipped` with its line and reason. */
  skipped: number;
}

/** How to read one kind of table. */
export interface LinkedInTableSpec<K extends string> {
  /** The parser's name, for errors. */
  where: string;
  /** The file name, for errors and the report. */
  source: string | undefined;
  /** What the header must hold, in words, for the error when none is found. */
  expected: string;
  /** Whether case-folded header cells are this table's header. */
  isHeader: (columns: readonly string[]) => boolean;
  /** Each column's accepted names (case-folded); the first header cell with one of them is the column. */
  columns: Readonly<Record<K, readonly string[]>>;
  /**
   * Which rows fit the header: `'at least'` (default) as many cells as the header, more ignored;
   * `'exact'` also no non-blank cell past the header's width; `'any'` every row (absent cells read `''`).
   */
  width?: 'at least' | 'exact' | 'any';
  /** Say which unquoted delimiter may have split a row of the wrong width. */
  widthHint?: boolean;
  /**
   * Re-read a multi-line record line by line when its lines read as full rows (a stray quote, see
   * split-stray-quote.ts): whether cells of the right width make a full row.
   */
  isFullRow?: (cells: readonly string[], column: Readonly<Record<K, number>>) => boolean;
  /** Checks `signal` and calls `onProgress` (characters read, with `phase`) every 16,384 lines. */
  work?: LongWorkOptions & { phase: string };
}

/** What the header and the decoding saw, for the table's own report. */
export interface LinkedInTableHeader<K extends string> {
  /** Each column's index in the header, `-1` when absent. */
  column: Readonly<Record<K, number>>;
  /** Records before the header (the preamble, blank ones included). */
  preamble: number;
  /** Byte sequences that were not valid text (each read as U+FFFD), and the line of the first. */
  invalid: { count: number; firstLine: number | null };
}

/** One data row: its line, its cells, and a column's trimmed cell (`''` when the column is absent). */
export interface LinkedInTableRow<K extends string> {
  line: number;
  cells: readonly string[];
  get: (column: K) => string;
}

const PROGRESS_MASK = (1 << 14) - 1;
const UNCLOSED =
  'a `"` opens a quoted cell that does not close on this line, and the lines after it are full rows (a stray quote?)';

/**
 * Reads a LinkedIn table's header and prepares its report; iterating `rows` yields the data rows,
 * counting blank lines, rows read, and rows that do not fit the header (skipped, with the reason).
 *
 * @param input - the file's text or bytes (UTF-8 with or without BOM, UTF-16).
 * @param spec - the table's header test, columns, and how strict to be.
 * @param makeReport - the table's report from the shared one (keep `base`'s fields: they are counted here).
 * @returns `{ report, skipped, column, rows }`; `column[k]` is column k's index, `-1` when absent.
 * @throws ParseError naming the source and line when no header is found or a quote never closes;
 * AbortError when `spec.work.signal` aborts.
 * @remarks Time O(b) for b bytes, rows parsed lazily.
 * @example
 * const { rows } = readLinkedInTable(text, spec, (base) => ({ ...base, drafts: 0 }));
 * for (const { line, get } of rows) get('from');
 */
export function readLinkedInTable<K extends string, R extends LinkedInTableReport>(
  input: string | Uint8Array,
  spec: LinkedInTableSpec<K>,
  makeReport: (base: LinkedInTableReport, header: LinkedInTableHeader<K>) => R,
): {
  report: R;
  skipped: SkippedRow[];
  column: Readonly<Record<K, number>>;
  rows: Iterable<LinkedInTableRow<K>>;
} {
  const { text, encoding, invalid, firstInvalidLine } = decodeText(input);
  const at = {
    where: spec.where,
    expected: spec.expected,
    ...(spec.source === undefined ? {} : { source: spec.source }),
  };
  const header = findCsvHeader(text, spec.isHeader, at);
  const column = {} as Record<K, number>;
  for (const key of Object.keys(spec.columns) as K[])
    column[key] = header.columns.findIndex((c) => spec.columns[key].includes(c));
  const width = header.columns.length;
  const report = makeReport(
    {
      source: spec.source,
      encoding,
      delimiter: header.delimiter,
      headerLine: header.line,
      columns: header.columns,
      blankLines: 0,
      rowsRead: 0,
      imported: 0,
      skipped: 0,
    },
    { column, preamble: header.preamble, invalid: { count: invalid, firstLine: firstInvalidLine } },
  );
  const skipped: SkippedRow[] = [];
  const mode = spec.width ?? 'at least';
  const hint = !spec.widthHint
    ? ''
    : ` (an unquoted ${header.delimiter === '\t' ? 'tab' : `\`${header.delimiter}\``}?)`;
  const fits = (cells: readonly string[]): boolean =>
    mode === 'any' ||
    (cells.length >= width && (mode === 'at least' || cells.length === width || isBlankRecord(cells.slice(width))));
  const skip = (line: number, reason: string): void => {
    skipped.push({ line, reason });
    report.skipped++;
  };
  const { isFullRow, work } = spec;
  const full = isFullRow && ((cells: string[]): boolean => fits(cells) && isFullRow(cells, column));
  // one record (or one physical line of it): counted, skipped with its reason, or a row to hand over
  const toRow = (cells: string[], line: number): LinkedInTableRow<K> | null => {
    if (isBlankRecord(cells)) {
      report.blankLines++;
      return null;
    }
    report.rowsRead++;
    if (!fits(cells)) {
      skip(line, `row has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${width}${hint}`);
      return null;
    }
    return { line, cells, get: (key) => (column[key] < 0 ? '' : (cells[column[key]]?.trim() ?? '')) };
  };
  function* rows(): Generator<LinkedInTableRow<K>> {
    for (const record of header.records) {
      if (work && (record.line & PROGRESS_MASK) === 0) {
        throwIfAborted(spec.where, work.signal);
        work.onProgress?.({ done: record.end, total: text.length, phase: work.phase });
      }
      const lines = full ? splitStrayQuote(text, record, header.delimiter, full) : null;
      if (lines === null) {
        const row = toRow(record.cells, record.line);
        if (row) yield row;
        continue;
      }
      for (const one of lines) {
        if (one.cells === null) {
          report.rowsRead++;
          skip(one.line, UNCLOSED);
          continue;
        }
        const row = toRow(one.cells, one.line);
        if (row) yield row;
      }
    }
    work?.onProgress?.({ done: text.length, total: text.length, phase: work.phase });
  }
  return { report, skipped, column, rows: rows() };
}
