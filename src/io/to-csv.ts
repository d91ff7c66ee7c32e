// CSV output for people: RFC 4180 quoting (cells with the delimiter, quotes, CR or LF are quoted,
// quotes doubled) and the spreadsheet formula-injection guard (OWASP ASVS 1.2.10), on by default:
// a cell starting with `=`, `+`, `-`, `@` (after any white space), tab, CR or NUL gets a leading
// `'`. JSON never gets it.

/** Options of `toCsv`. */
export interface CsvWriteOptions {
  /** Prefix formula-like cells with `'` (default `true`); turn off only for machine readers. */
  formulaGuard?: boolean;
  /** Cell delimiter (default `,`). */
  delimiter?: string;
  /** Line ending (default `\n`). */
  newline?: string;
}

const DEFAULTS = { formulaGuard: true, delimiter: ',', newline: '\n' } as const;
// leading white space does not disarm a formula in every spreadsheet: look past it
const FORMULA_START = /^(?:[\t\r\0]|\s*[=+\-@])/;

/** A CSV cell value: `null` and `undefined` write an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Formats one cell: guards formula-like text, then quotes it when needed.
 *
 * Numbers and booleans are written as they are (a negative number stays a number, never guarded).
 *
 * @param value - the cell value.
 * @param options - `formulaGuard`, `delimiter`.
 * @returns the cell as CSV text.
 * @remarks Time O(length of the cell).
 * @example
 * csvCell('=1+1'); // "'=1+1"
 * csvCell('Stripe, Inc.'); // '"Stripe, Inc."'
 */
export function csvCell(value: CsvValue, options: CsvWriteOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const delimiter = options.delimiter ?? DEFAULTS.delimiter;
  let text = value;
  if ((options.formulaGuard ?? DEFAULTS.formulaGuard) && FORMULA_START.test(text)) text = `'${text}`;
  if (text.includes('"') || text.includes(delimiter) || text.includes('\n') || text.includes('\r')) {
    text = `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/**
 * Writes rows as CSV text: a header line of `columns`, then one line per row.
 *
 * @param columns - column names, also the keys read from each row object.
 * @param rows - the rows (objects keyed by column, or arrays in column order).
 * @param options - `formulaGuard` (default `true`), `delimiter`, `newline`.
 * @returns the CSV text, ending with a newline.
 * @remarks Time O(total text length).
 * @example
 * toCsv(['name', 'company'], [{ name: 'Ada', company: '@Home' }]);
 * // "name,company\nAda,'@Home\n"
 */
export function toCsv(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, CsvValue>> | readonly CsvValue[]>,
  options: CsvWriteOptions = {},
): string {
  return [...csvChunks(columns, rows, options)].join('');
}

/** Characters gathered before a writer yields a chunk. */
export const CHUNK_CHARS = 1 << 16;

/**
 * Writes rows as CSV text chunk by chunk, for outputs too large for one string: the chunks joined
 * are `toCsv`'s text.
 *
 * @param columns - column names, also the keys read from each row object.
 * @param rows - the rows, read lazily (a generator keeps memory flat).
 * @param options - `formulaGuard` (default `true`), `delimiter`, `newline`.
 * @returns a generator of text chunks of about 64 K characters.
 * @remarks Time O(total text length); memory O(one chunk).
 * @example
 * for (const chunk of csvChunks(['a'], [[1], [2]])) stream.write(chunk);
 */
export function* csvChunks(
  columns: readonly string[],
  rows: Iterable<Readonly<Record<string, CsvValue>> | readonly CsvValue[]>,
  options: CsvWriteOptions = {},
): Generator<string> {
  const delimiter = options.delimiter ?? DEFAULTS.delimiter;
  const newline = options.newline ?? DEFAULTS.newline;
  let chunk = columns.map((c) => csvCell(c, options)).join(delimiter) + newline;
  for (const row of rows) {
    const cells = Array.isArray(row)
      ? (row as readonly CsvValue[]).map((v) => csvCell(v, options))
      : columns.map((c) => csvCell((row as Record<string, CsvValue>)[c], options));
    chunk += cells.join(delimiter) + newline;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
