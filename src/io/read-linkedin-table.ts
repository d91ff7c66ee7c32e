// The part every LinkedIn table parser shares (Invitations.csv, messages.csv): decode the bytes,
// find the header by content past any preamble, map column names to indexes, then hand over the
// data rows one by one — blank lines counted, rows shorter than the header skipped with a reason.
// Invariant, kept by the callers: report.rowsRead === report.imported + report.skipped.

import { isBlankRecord } from './csv-records.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { findCsvHeader } from './find-csv-header.js';
import type { SkippedRow } from './parse-linkedin-connections.js';

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
  /** Each column's accepted names (case-folded). */
  columns: Readonly<Record<K, readonly string[]>>;
  /** Non-blank cells past the header's width make a row malformed too (default: ignored). */
  strictWidth?: boolean;
}

/** One data row: its line, its cells, and a column's trimmed cell (`''` when the column is absent). */
export interface LinkedInTableRow<K extends string> {
  line: number;
  cells: readonly string[];
  get: (column: K) => string;
}

/**
 * Reads a LinkedIn table's header and prepares its report; iterating `rows` yields the data rows,
 * counting blank lines, rows read, and malformed rows (skipped, with the reason).
 *
 * @param input - the file's text or bytes (UTF-8 with or without BOM, UTF-16).
 * @param spec - the table's header test and columns.
 * @param counts - the report's own counts, beside the shared ones.
 * @returns `{ report, skipped, has, rows }`; `has(column)` tells whether the header holds it.
 * @throws ParseError naming the source and line when no header is found or a quote never closes.
 * @remarks Time O(b) for b bytes, rows parsed lazily.
 */
export function readLinkedInTable<K extends string, C extends object>(
  input: string | Uint8Array,
  spec: LinkedInTableSpec<K>,
  counts: C,
): {
  report: LinkedInTableReport & C;
  skipped: SkippedRow[];
  has: (column: K) => boolean;
  rows: Iterable<LinkedInTableRow<K>>;
} {
  const { text, encoding } = decodeText(input);
  const at = {
    where: spec.where,
    expected: spec.expected,
    ...(spec.source === undefined ? {} : { source: spec.source }),
  };
  const header = findCsvHeader(text, spec.isHeader, at);
  const index = {} as Record<K, number>;
  for (const key of Object.keys(spec.columns) as K[])
    index[key] = header.columns.findIndex((c) => spec.columns[key].includes(c));
  const width = header.columns.length;
  const report = {
    source: spec.source,
    encoding,
    delimiter: header.delimiter,
    headerLine: header.line,
    columns: header.columns,
    blankLines: 0,
    rowsRead: 0,
    imported: 0,
    skipped: 0,
    ...counts,
  };
  const skipped: SkippedRow[] = [];
  function* rows(): Generator<LinkedInTableRow<K>> {
    for (const { cells, line } of header.records) {
      if (isBlankRecord(cells)) {
        report.blankLines++;
        continue;
      }
      report.rowsRead++;
      if (cells.length < width || (spec.strictWidth && cells.length > width && !isBlankRecord(cells.slice(width)))) {
        skipped.push({
          line,
          reason: `row has ${cells.length} cell${cells.length === 1 ? '' : 's'} where the header has ${width}`,
        });
        report.skipped++;
        continue;
      }
      yield { line, cells, get: (column) => (index[column] < 0 ? '' : cells[index[column]]!.trim()) };
    }
  }
  return { report, skipped, has: (column) => index[column] >= 0, rows: rows() };
}
