// Edge-list parser over bytes, fed chunk by chunk (browser-safe; handshakes/node feeds files).
// One edge per line: two node tokens separated by spaces, tabs, commas or semicolons; extra
// columns ignored (counted); `#`/`%` comment lines, blank lines and CRLF accepted; a header line
// detected. Integer tokens take a fast path that stores no strings: ids 0..n-1 become the compact
// integer key mode, other integers a sorted-integer mapping; any other token switches to a string
// table (first-seen order). Malformed lines throw a ParseError naming the source and line.

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { fromEdges } from '../csr/from-edges.js';
import { integerKeys, keyTable, type NodeKeys } from '../csr/node-keys.js';
import { sortedIntegerKeys } from '../csr/sorted-integer-keys.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import type { LongWorkOptions } from '../types.js';

/** Options of the edge-list readers. */
export interface EdgeListOptions extends LongWorkOptions {
  /** Edges are directed (default `false`). */
  directed?: boolean;
  /** Drop self-loops and repeated edges (default `true`; counted in the report). */
  simplify?: boolean;
  /** `'auto'` (default) detects a header line; `true` skips the first data line; `false` never. */
  header?: boolean | 'auto';
  /** `'error'` (default) throws on a line with fewer than two tokens; `'skip'` counts and lists it. */
  invalidLines?: 'error' | 'skip';
  /** Name of the source (file path) used in errors and the report. */
  source?: string;
  /** Allocate the index on a `SharedArrayBuffer` (default `false`). */
  shared?: boolean;
  /** Total bytes expected, for progress (set by file readers). */
  totalBytes?: number;
}

/** What reading an edge list saw. Lines = edges + comments + blank + header + skipped. */
export interface EdgeListReport {
  /** The source name, when given. */
  source: string | undefined;
  /** Lines read. */
  lines: number;
  /** Edge lines read (before simplification). */
  edges: number;
  /** Comment lines (`#`, `%`). */
  comments: number;
  /** Blank lines. */
  blank: number;
  /** The header line, when one was detected and skipped. */
  header: string | null;
  /** Edge lines that had more than two columns (the extra columns are ignored). */
  extraColumns: number;
  /** Self-loops dropped (they never change a distance). */
  selfLoops: number;
  /** Repeated edges merged. */
  duplicates: number;
  /** Lines skipped as invalid (only with `invalidLines: 'skip'`), with their reason. */
  skipped: { line: number; reason: string }[];
  /** How node keys are stored: `integer` (0..n−1, no strings), `sorted-integer`, or `string`. */
  keyMode: 'integer' | 'sorted-integer' | 'string';
}

/** An edge list read into the index, with its report. */
export interface EdgeListResult {
  /** The index. */
  csr: Csr;
  /** What was read, skipped and merged. */
  report: EdgeListReport;
}

const WHERE = 'readEdgeList';
const NL = 10;
const CR = 13;
const HEADER_WORDS = new Set(['source', 'target', 'from', 'to', 'src', 'dst', 'u', 'v', 'node1', 'node2', 'id1', 'id2', 'fromnodeid', 'tonodeid', 'head', 'tail']);
const INT32_MAX = 2147483647;

function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 59; // space, tab, comma, semicolon
}

class Growable {
  data = new Int32Array(1 << 16);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** An incremental edge-list parser: `push` byte chunks, then `finish`. */
export interface EdgeListParser {
  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void;
  /** Ends the input and builds the index. */
  finish(): EdgeListResult;
}

/**
 * Creates an incremental edge-list parser.
 *
 * @param options - direction, header, invalid-line policy, source name, progress, signal.
 * @returns a parser; feed it with `push`, end with `finish`.
 * @remarks Time O(b + n + m) for b bytes; memory about 8 bytes per edge while reading plus the
 * index, and no string per node when every key is an integer.
 */
export function createEdgeListParser(options: EdgeListOptions = {}): EdgeListParser {
  const decoder = new TextDecoder('utf-8');
  const headerOption = options.header ?? 'auto';
  const invalid = options.invalidLines ?? 'error';
  if (invalid !== 'error' && invalid !== 'skip') throw new InvalidArgumentError(WHERE, 'invalidLines', "'error' or 'skip'", invalid);
  const report: EdgeListReport = {
    source: options.source,
    lines: 0,
    edges: 0,
    comments: 0,
    blank: 0,
    header: null,
    extraColumns: 0,
    selfLoops: 0,
    duplicates: 0,
    skipped: [],
    keyMode: 'integer',
  };
  const ends = new Growable(); // endpoint ids: integer values, or string-table ids in string mode
  let stringMode = false;
  let table: Map<string, number> | null = null;
  let tableKeys: string[] = [];
  let carry: Uint8Array | null = null;
  let bytesSeen = 0;
  let pendingFirst: { line: number; text: string; tokens: [string, string] } | null = null;
  let dataLines = 0;

  const toStringMode = (): void => {
    stringMode = true;
    table = new Map();
    tableKeys = [];
    const d = ends.data;
    for (let i = 0; i < ends.length; i++) d[i] = intern(String(d[i]!));
  };
  const intern = (key: string): number => {
    let id = table!.get(key);
    if (id === undefined) {
      id = tableKeys.length;
      table!.set(key, id);
      tableKeys.push(key);
    }
    return id;
  };
  const addToken = (bytes: Uint8Array, start: number, end: number): void => {
    if (!stringMode) {
      let value = 0;
      const len = end - start;
      let ok = len > 0 && len <= 10 && !(len > 1 && bytes[start] === 48);
      for (let i = start; ok && i < end; i++) {
        const c = bytes[i]! - 48;
        if (c < 0 || c > 9) ok = false;
        else value = value * 10 + c;
      }
      if (ok && value <= INT32_MAX) {
        ends.push(value);
        return;
      }
      toStringMode();
    }
    ends.push(intern(decoder.decode(bytes.subarray(start, end))));
  };
  const fail = (line: number, reason: string): void => {
    if (invalid === 'skip') report.skipped.push({ line, reason });
    else throw new ParseError(WHERE, reason, options.source === undefined ? { line } : { source: options.source, line });
  };
  const looksLikeHeader = (tokens: string[]): boolean =>
    tokens.slice(0, 2).every((t) => HEADER_WORDS.has(t.toLowerCase().replace(/[^a-z0-9]/g, '')));
  const isIntToken = (t: string): boolean => /^(0|[1-9][0-9]{0,9})$/.test(t) && Number(t) <= INT32_MAX;

  const line = (bytes: Uint8Array, start: number, end: number): void => {
    report.lines++;
    const lineNo = report.lines;
    if (end > start && bytes[end - 1] === CR) end--;
    let i = start;
    while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
    if (i === end) {
      report.blank++;
      return;
    }
    const first = bytes[i]!;
    if (first === 35 || first === 37) {
      report.comments++;
      return;
    }
    // Split tokens (at most the first two are kept; more are counted as extra columns).
    const starts: number[] = [];
    const stops: number[] = [];
    while (i < end) {
      while (i < end && isSeparator(bytes[i]!)) i++;
      if (i === end) break;
      const s = i;
      while (i < end && !isSeparator(bytes[i]!)) i++;
      starts.push(s);
      stops.push(i);
    }
    if (starts.length < 2) {
      fail(lineNo, `expected two node keys, found ${starts.length === 0 ? 'none' : `one (${JSON.stringify(decoder.decode(bytes.subarray(start, end)).slice(0, 60))})`}`);
      return;
    }
    dataLines++;
    if (headerOption !== false && dataLines === 1) {
      const tokens = [decoder.decode(bytes.subarray(starts[0]!, stops[0]!)), decoder.decode(bytes.subarray(starts[1]!, stops[1]!))] as [string, string];
      const text = decoder.decode(bytes.subarray(start, end));
      if (headerOption === true || looksLikeHeader(tokens)) {
        report.header = text;
        return;
      }
      if (!(isIntToken(tokens[0]) && isIntToken(tokens[1]))) {
        pendingFirst = { line: lineNo, text, tokens }; // a header only if the next line is numeric
        if (starts.length > 2) report.extraColumns++;
        return;
      }
    }
    if (pendingFirst) settleFirst(bytes, starts, stops);
    if (starts.length > 2) report.extraColumns++;
    addToken(bytes, starts[0]!, stops[0]!);
    addToken(bytes, starts[1]!, stops[1]!);
    report.edges++;
  };
  const settleFirst = (bytes: Uint8Array | null, starts: number[], stops: number[]): void => {
    const p = pendingFirst!;
    pendingFirst = null;
    const numericNext =
      bytes !== null &&
      isIntToken(decoder.decode(bytes.subarray(starts[0]!, stops[0]!))) &&
      isIntToken(decoder.decode(bytes.subarray(starts[1]!, stops[1]!)));
    if (headerOption === 'auto' && numericNext) {
      report.header = p.text;
      report.extraColumns = Math.max(0, report.extraColumns - (p.text.split(/[ \t,;]+/).filter(Boolean).length > 2 ? 1 : 0));
      return;
    }
    const enc = new TextEncoder();
    for (const t of p.tokens) {
      const b = enc.encode(t);
      addToken(b, 0, b.length);
    }
    report.edges++;
  };

  const consume = (bytes: Uint8Array, final: boolean): void => {
    let start = 0;
    for (;;) {
      const nl = bytes.indexOf(NL, start);
      if (nl < 0) break;
      line(bytes, start, nl);
      start = nl + 1;
    }
    if (start < bytes.length) {
      if (final) line(bytes, start, bytes.length);
      else carry = bytes.slice(start);
    }
  };

  return {
    push(chunk: Uint8Array): void {
      throwIfAborted(WHERE, options.signal);
      bytesSeen += chunk.length;
      let bytes = chunk;
      if (carry) {
        bytes = new Uint8Array(carry.length + chunk.length);
        bytes.set(carry);
        bytes.set(chunk, carry.length);
        carry = null;
      }
      consume(bytes, false);
      options.onProgress?.({ done: bytesSeen, total: options.totalBytes ?? 0, phase: 'reading edges' });
    },
    finish(): EdgeListResult {
      if (carry) {
        const rest = carry;
        carry = null;
        consume(rest, true);
      }
      if (pendingFirst) settleFirst(null, [], []);
      options.onProgress?.({ done: bytesSeen, total: options.totalBytes ?? bytesSeen, phase: 'building index' });
      const endpoints = ends.view();
      let keys: NodeKeys;
      let ids: Int32Array;
      if (stringMode) {
        keys = keyTable(tableKeys);
        ids = endpoints;
        report.keyMode = 'string';
      } else {
        ({ keys, ids } = integerIds(endpoints));
        report.keyMode = keys.integer ? 'integer' : 'sorted-integer';
      }
      const m = ids.length >> 1;
      const sources = new Int32Array(m);
      const targets = new Int32Array(m);
      for (let e = 0; e < m; e++) {
        sources[e] = ids[2 * e]!;
        targets[e] = ids[2 * e + 1]!;
      }
      const csr = fromEdges({ sources, targets }, { nodes: keys, directed: options.directed ?? false, simplify: options.simplify ?? true, shared: options.shared ?? false });
      report.selfLoops = csr.dropped.selfLoops;
      report.duplicates = csr.dropped.duplicates;
      return { csr, report };
    },
  };
}

// Integer endpoints to dense ids: identity when the values are exactly 0..max, else ranks.
function integerIds(values: Int32Array): { keys: NodeKeys; ids: Int32Array } {
  let max = -1;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max > 4 * values.length + (1 << 20)) return sparseIntegerIds(values);
  const present = new Uint8Array(max + 1);
  let distinct = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (present[v] === 0) {
      present[v] = 1;
      distinct++;
    }
  }
  if (distinct === max + 1) return { keys: integerKeys(distinct), ids: values };
  const rank = new Int32Array(max + 1);
  const sorted = new Float64Array(distinct);
  let r = 0;
  for (let v = 0; v <= max; v++) {
    if (present[v] === 1) {
      rank[v] = r;
      sorted[r++] = v;
    }
  }
  for (let i = 0; i < values.length; i++) values[i] = rank[values[i]!]!;
  return { keys: sortedIntegerKeys(sorted), ids: values };
}

// Very sparse integer keys: rank by sorting a copy instead of a presence table of size max.
function sparseIntegerIds(values: Int32Array): { keys: NodeKeys; ids: Int32Array } {
  const sorted = Int32Array.from(values).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  const unique = Float64Array.from(sorted.subarray(0, distinct));
  const keys = sortedIntegerKeys(unique);
  for (let i = 0; i < values.length; i++) values[i] = keys.id(String(values[i]!));
  return { keys, ids: values };
}

/**
 * Parses an edge list held in memory (a string or bytes).
 *
 * @param input - the text.
 * @param options - see `EdgeListOptions`.
 * @returns the index and the report.
 * @throws ParseError naming the line when a line has fewer than two tokens (unless skipped).
 * @remarks Time O(b + n + m) for b bytes.
 * @example
 * const { csr, report } = parseEdgeList('# team\nada bob\nbob cy\n');
 * csr.order; // 3
 */
export function parseEdgeList(input: string | Uint8Array, options: EdgeListOptions = {}): EdgeListResult {
  const parser = createEdgeListParser(options);
  parser.push(typeof input === 'string' ? new TextEncoder().encode(input) : input);
  return parser.finish();
}
