// edgeKeyCell: a node key as a cell of toEdgesCsv, written so the edge-list reader (edge-list.ts)
// reads that very key back: quoted (quotes doubled) wherever the reader would otherwise split it,
// trim it, skip its line as a comment or find no key. The formula guard is made reversible: a key
// starting with `'` always gets one more, and under this writer's header the reader drops one.

import { InvalidArgumentError } from '../errors.js';

// empty; a separator, quote or CR anywhere; `#`/`%` would start a comment line
const NEEDS_QUOTES = /^$|^[#%]|[ \t,;"\r]/;
// leading white space does not disarm a formula in every spreadsheet: look past it
const FORMULA_START = /^(?:[\t\r\0]|\s*[=+\-@])/;
// what no edge-list line can hold: a line break, a NUL (refused as a damaged file), a lone surrogate
const UNWRITABLE = /[\n\0]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The header `toEdgesCsv` writes starts with these columns; under it the reader undoes the key guard. */
export const EDGES_CSV_COLUMNS = ['source', 'target', 'undirected'] as const;

/** `true` for a line starting with `toEdgesCsv`'s header (with any delimiter the edge-list reader splits on). */
export const isEdgesCsvHeader = (line: string): boolean =>
  /^source[ \t,;]target[ \t,;]undirected(?:[ \t,;\r\n]|$)/.test(line);

/**
 * Formats a node key as an edges-CSV cell the edge-list reader reads back as the same key.
 *
 * @param key - the node key.
 * @param guard - prefix formula-like keys with `'` (keys starting with `'` get one in any case).
 * @param delimiter - the cell delimiter (quoted too when a key holds it).
 * @returns the cell text.
 * @throws InvalidArgumentError for a key with a line feed, a NUL or a lone surrogate, which no
 * edge-list line can carry.
 * @remarks Time O(length of the key).
 * @example
 * edgeKeyCell('Ada Moreau', true, ','); // '"Ada Moreau"'
 * edgeKeyCell('=1+1', true, ','); // "'=1+1"
 */
export function edgeKeyCell(key: string, guard: boolean, delimiter: string): string {
  if (UNWRITABLE.test(key))
    throw new InvalidArgumentError(
      'toEdgesCsv',
      'graph',
      'node keys an edge list can hold (no line feed, NUL or lone surrogate; write .json, .graphml or .hsg for those)',
      key,
    );
  const text = key.startsWith("'") || (guard && FORMULA_START.test(key)) ? `'${key}` : key;
  return NEEDS_QUOTES.test(text) || text.includes(delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}
