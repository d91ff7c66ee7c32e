// An input without a single connection is almost always the wrong file (an empty file, a header
// alone, comments only, an export of a brand-new account): every command would answer "0 people"
// or "not in the graph" and exit 0. The library readers return the empty graph (their reports
// say 0 edges); the CLI refuses it in one line naming the files and what they held.

import { HandshakesError, message } from '../errors.js';
import type { ReadGraphResult } from '../node/read-graph.js';
import { count } from './import-summary.js';

/** Which inputs a command refuses: `no-edges` (analyses need a connection), `no-people` (convert: an empty file out). */
export type EmptyRule = 'no-edges' | 'no-people';

// what the files held, in the words of the import summary
function held(loaded: ReadGraphResult): string {
  const { report } = loaded;
  if (loaded.format === 'edge-list' && report && 'lines' in report) {
    if (report.lines === 0) return 'an empty file';
    const parts: string[] = [];
    if (report.comments > 0) parts.push(count(report.comments, 'comment'));
    if (report.blank > 0) parts.push(count(report.blank, 'blank line'));
    if (report.header !== null) parts.push(`the header "${report.header}"`);
    if (report.selfLoops > 0) parts.push(`${count(report.selfLoops, 'self-loop')}, dropped`);
    if (report.skipped.length > 0) parts.push(`${count(report.skipped.length, 'invalid line')}, skipped`);
    return `${count(report.lines, 'line')}: ${parts.join(', ') || 'no edge line'}`;
  }
  if (loaded.format === 'linkedin' && report && 'merge' in report) {
    const rows = report.files.reduce((sum, f) => sum + f.rowsRead, 0);
    return `${count(rows, 'connection row')} in ${count(report.files.length, 'export')}, ${count(loaded.graph.order, 'person', 'people')}`;
  }
  return `${count(loaded.graph.order, 'person', 'people')}, 0 connections`;
}

/**
 * Refuses an input that holds nothing to work on.
 *
 * @param loaded - what `readGraph` returned.
 * @param files - the files as the user gave them.
 * @param rule - `no-edges` for analyses, `no-people` for convert (people without connections still convert).
 * @throws HandshakesError (`PARSE_ERROR`, exit 1) naming the files and what they held.
 * @remarks Time O(files).
 */
export function refuseEmptyInput(loaded: ReadGraphResult, files: readonly string[], rule: EmptyRule): void {
  const { order, size } = loaded.graph;
  if (rule === 'no-edges' ? size > 0 : order > 0) return;
  const names = files.join(', ');
  const what = rule === 'no-edges' ? 'no edges' : 'no people';
  throw new HandshakesError(
    'PARSE_ERROR',
    message(
      'cli',
      `${names}: ${what} (${held(loaded)}); nothing to ${rule === 'no-edges' ? 'measure' : 'convert'}: give a file with at least one connection.`,
    ),
  );
}
