// What an import did, in one line per file for stderr: rows read, imported, skipped by reason,
// the header taken, hidden members (LinkedIn); lines, edges, header, dropped and invalid lines,
// the layout and encoding when not plain UTF-8 edges (edge lists). A line is a "problem" when rows were skipped or lines rejected, so `--quiet`
// still shows it.

import type { EdgeListReport } from '../io/edge-list.js';
import type { LinkedInImportReport } from '../io/parse-linkedin-connections.js';
import type { ReadGraphResult } from '../node/read-graph.js';
import { pe } from '../viz/bilingual.js';
import { cell } from './output.js';

/** One line of the import summary. */
export interface ImportLine {
  /** The text, without a line end. */
  text: string;
  /** Something was skipped or rejected: shown even with `--quiet`. */
  problem: boolean;
}

/** `n word(s)` with the count grouped: `1 row`, `1,234 rows`, `1.5 hops` (viz's `pe`, so every phrase agrees). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return pe(n, singular, plural);
}

function reasons(parts: [number, string][]): string {
  const shown = parts.filter(([n]) => n > 0).map(([n, what]) => `${cell(n)} ${what}`);
  return shown.length > 0 ? ` (${shown.join(', ')})` : '';
}

function linkedInLines(r: LinkedInImportReport, path: string): ImportLine[] {
  const skipped =
    r.skipped > 0
      ? `, ${cell(r.skipped)} skipped${reasons([
          [r.duplicates, 'repeating a profile URL'],
          [r.malformed, 'malformed'],
          [r.ownerRows, "naming the export's owner"],
        ])}`
      : '';
  const hidden = r.hiddenMembers > 0 ? `, ${count(r.hiddenMembers, 'hidden member')}` : '';
  const dates = r.unreadableDates > 0 ? `, ${count(r.unreadableDates, 'unreadable date')}` : '';
  const bad = r.invalidUtf8;
  const encoding =
    bad.count > 0
      ? `; ${count(bad.count, 'byte sequence')} not ${r.encoding === 'utf-8' ? 'UTF-8' : r.encoding.toUpperCase()} read as \u{fffd} (first on line ${bad.firstLine ?? '?'}): names may show it; save the file as UTF-8`
      : r.encoding === 'windows-1252'
        ? '; read as Windows-1252 (not UTF-8, as Excel saves "CSV" on Windows)'
        : '';
  const lines: ImportLine[] = [
    {
      text: `${r.source ?? path}: LinkedIn export, ${count(r.rowsRead, 'row')} read, ${cell(r.imported)} imported${skipped}${hidden}${dates}; header on line ${r.headerLine} (${r.format} columns)${encoding}.`,
      problem: r.skipped > 0 || r.unreadableDates > 0 || bad.count > 0,
    },
  ];
  // the order of slashed dates: a fact when a date decided it, shown even with --quiet when assumed or refused
  const order = r.slashedDates;
  if (order) lines.push({ text: `${order.note}.`, problem: order.basis !== 'evidence' });
  return lines;
}

function edgeListLine(r: EdgeListReport, path: string): ImportLine {
  const header = r.header === null ? '' : `, header "${r.header}" skipped`;
  const invalid =
    r.skipped.length > 0
      ? `, ${count(r.skipped.length, 'invalid line')} skipped (first: line ${r.skipped[0]!.line}, ${r.skipped[0]!.reason})`
      : '';
  const extra = r.extraColumns > 0 ? `, ${count(r.extraColumns, 'line')} with extra columns ignored` : '';
  const dropped = [count(r.selfLoops, 'self-loop'), count(r.duplicates, 'repeated edge')].filter(
    (t) => !t.startsWith('0 '),
  );
  // a multiline adjacency list (networkx) has node lines, then one line per neighbour: an edge each
  const kind =
    r.layout === 'multiline-adjacency'
      ? `multiline adjacency list (networkx), ${count(r.lines, 'line')}, ${count(r.nodeLines, 'node line')}, ${count(r.edges, 'neighbour line')}`
      : `edge list, ${count(r.lines, 'line')}, ${count(r.edges, 'edge line')}`;
  const encoding = r.encoding === 'windows-1252' ? '; names read as Windows-1252 (not UTF-8)' : '';
  return {
    text: `${r.source ?? path}: ${kind}${header}${invalid}${extra}${dropped.length > 0 ? `; dropped ${dropped.join(' and ')}` : ''}${encoding}.`,
    problem: r.skipped.length > 0 || r.extraColumns > 0,
  };
}

/**
 * The import summary of a loaded input: one line per file, plus one for a team's merge.
 *
 * @param loaded - what `readGraph` returned.
 * @param paths - the files given.
 * @returns the lines, in file order.
 * @remarks Time O(files).
 */
export function importSummary(loaded: ReadGraphResult, paths: readonly string[]): ImportLine[] {
  const { report } = loaded;
  if (loaded.format === 'linkedin' && report && 'merge' in report) {
    const m = report.merge;
    const lines = report.files.flatMap((r, i) => linkedInLines(r, paths[i] ?? ''));
    if (m.exports > 1)
      lines.push({
        text: `merged ${count(m.exports, 'export')}: ${count(m.people, 'person', 'people')}, ${count(m.edges, 'connection')}, ${count(m.sharedContacts, 'shared contact')}, ${count(m.membersJoined, 'member')} found in another's export${m.nameConflicts > 0 ? `, ${count(m.nameConflicts, 'name conflict')} (first name kept)` : ''}.`,
        problem: false,
      });
    return lines;
  }
  if (loaded.format === 'edge-list' && report && 'lines' in report) return [edgeListLine(report, paths[0] ?? '')];
  return [
    {
      text: `${paths[0] ?? ''}: ${loaded.format}, ${count(loaded.graph.order, 'person', 'people')}, ${count(loaded.graph.size, 'connection')}.`,
      problem: false,
    },
  ];
}
