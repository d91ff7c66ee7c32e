// The CSV tables people open in spreadsheets: one row per person, one per edge, one per person's
// reach by degree. All go through `toCsv`, so the formula-injection guard is on by default; lists and
// objects are written as JSON text in their cell (a `file` path inside them as its base name).

import type { Attributes } from 'graphology-types';
import type { GraphLike } from '../csr/graph-like.js';
import { InvalidArgumentError } from '../errors.js';
import type { ReachByDegreeResult } from '../reach/reach-by-degree.js';
import { graphOf } from './csr-to-graph.js';
import { EDGES_CSV_COLUMNS, edgeKeyCell } from './edge-key-cell.js';
import { CHUNK_CHARS, csvCell, toCsv, type CsvValue, type CsvWriteOptions } from './to-csv.js';

/** Options of the table writers. */
export interface CsvTableOptions extends CsvWriteOptions {
  /** Attribute columns, in order (default: every attribute, in order of first appearance). */
  columns?: readonly string[];
}

// A `file` inside a list or object (an edge's provenance) is written as its base name: a shared
// spreadsheet should not carry the local paths of whoever made it.
const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

function value(v: unknown): CsvValue {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    return v;
  return JSON.stringify(v, (k, x: unknown) => (k === 'file' && typeof x === 'string' ? baseName(x) : x));
}

function attributeColumns(each: (cb: (a: Attributes) => void) => void, reserved: readonly string[]): string[] {
  const seen = new Set<string>();
  each((a) => {
    for (const k of Object.keys(a)) if (!reserved.includes(k)) seen.add(k);
  });
  return [...seen];
}

/**
 * Writes one row per person: `key`, then attribute columns.
 *
 * @param graphLike - any graphology graph, or a `Csr` (keys only).
 * @param options - `columns`, `formulaGuard` (default `true`), `delimiter`, `newline`.
 * @returns the CSV text.
 * @remarks Time O(n · c) for n nodes and c columns.
 * @example
 * toPeopleCsv(team, { columns: ['name', 'company'] }); // "key,name,company\n..."
 */
export function toPeopleCsv(graphLike: GraphLike, options: CsvTableOptions = {}): string {
  const graph = graphOf('toPeopleCsv', graphLike);
  const columns = options.columns ?? attributeColumns((cb) => graph.forEachNode((_k, a) => cb(a)), ['key']);
  const rows: CsvValue[][] = [];
  graph.forEachNode((key, a) => rows.push([key, ...columns.map((c) => value(a[c]))]));
  return toCsv(['key', ...columns], rows, options);
}

/**
 * Writes one row per edge: `source`, `target`, `undirected`, then attribute columns. The edge-list
 * reader (`parseEdgeList`, `readGraph`) reads every key back as written: keys it would split, trim
 * or skip are quoted, and a key starting with `'` (or guarded as a formula) gets a `'` the reader
 * drops again under this header. Nodes without edges are not rows (`writeGraph` refuses them).
 *
 * @param graphLike - any graphology graph, or a `Csr`.
 * @param options - `columns`, `formulaGuard` (default `true`), `delimiter`, `newline`.
 * @returns the CSV text.
 * @throws InvalidArgumentError for a key no edge-list line can hold (a line feed, a NUL, a lone surrogate).
 * @remarks Time O(m · c) for m edges and c columns.
 * @example
 * toEdgesCsv(team, { columns: ['connectedOn'] }); // "source,target,undirected,connectedOn\n..."
 */
export function toEdgesCsv(graphLike: GraphLike, options: CsvTableOptions = {}): string {
  return [...edgesCsvChunks(graphLike, options)].join('');
}

/**
 * Writes `toEdgesCsv`'s text chunk by chunk (about 64 K characters each), reading the edges
 * lazily: for graphs whose table would not fit one string.
 *
 * @param graphLike - any graphology graph, or a `Csr`.
 * @param options - as `toEdgesCsv`.
 * @returns a generator of text chunks.
 * @throws InvalidArgumentError as `toEdgesCsv`, when the generator reaches such a key.
 * @remarks Time O(m · c); memory O(c + one chunk) besides the graph.
 * @example
 * for (const chunk of edgesCsvChunks(team)) stream.write(chunk);
 */
export function* edgesCsvChunks(graphLike: GraphLike, options: CsvTableOptions = {}): Generator<string> {
  const graph = graphOf('toEdgesCsv', graphLike);
  const columns =
    options.columns ?? attributeColumns((cb) => graph.forEachEdge((_k, a) => cb(a)), [...EDGES_CSV_COLUMNS]);
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\n';
  const guard = options.formulaGuard ?? true;
  let chunk = [...EDGES_CSV_COLUMNS, ...columns].map((c) => csvCell(c, options)).join(delimiter) + newline;
  for (const { attributes: a, source, target, undirected } of graph.edgeEntries()) {
    const ends = `${edgeKeyCell(source, guard, delimiter)}${delimiter}${edgeKeyCell(target, guard, delimiter)}`;
    const rest = [undirected, ...columns.map((c) => value(a[c]))].map((v) => csvCell(v, options));
    chunk += `${ends}${delimiter}${rest.join(delimiter)}${newline}`;
    if (chunk.length >= CHUNK_CHARS) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * Writes reach tables: one row per person, with direct, indirect and total reach and one column per
 * degree (`degree1`, `degree2`… up to the largest degree any row reaches).
 *
 * @param results - `reachByDegree` results (one per person).
 * @param options - `formulaGuard` (default `true`), `delimiter`, `newline`.
 * @returns the CSV text.
 * @remarks Time O(r · d) for r rows and d degrees.
 * @example
 * toReachCsv([reachByDegree(team, me)]); // "source,direct,indirect,reached,unreachable,degree1,..."
 */
export function toReachCsv(results: readonly ReachByDegreeResult[], options: CsvWriteOptions = {}): string {
  if (!Array.isArray(results))
    throw new InvalidArgumentError('toReachCsv', 'results', 'an array of reachByDegree results', results);
  const maxDegree = Math.max(0, ...results.map((r) => r.byDegree.length - 1));
  const degrees = Array.from({ length: maxDegree }, (_, i) => `degree${i + 1}`);
  const rows = results.map((r) => [
    r.source,
    r.direct,
    r.indirect,
    r.reached,
    r.unreachable,
    ...degrees.map((_, i) => r.byDegree[i + 1] ?? 0),
  ]);
  return toCsv(['source', 'direct', 'indirect', 'reached', 'unreachable', ...degrees], rows, options);
}
