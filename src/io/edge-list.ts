// Edge-list parser over bytes, fed chunk by chunk (browser-safe; handshakes/node feeds files).
// One edge per line: two node tokens separated by spaces, tabs, commas or semicolons; extra
// columns ignored (counted); `#`/`%` comment lines, blank lines and CRLF accepted; a header line
// detected. Integer tokens take a fast path that stores no strings: ids 0..n-1 become the compact
// integer key mode, other integers a sorted-integer mapping; any other token switches to a string
// table (first-seen order). Malformed lines throw a ParseError naming the source and line.
// Speed: once the first data line is settled, integer lines are parsed by one byte loop that
// allocates nothing; every other line (comments, headers, string keys, odd spacing) takes the
// general path. Both write endpoints straight into two growable Int32Arrays.

import { throwIfAborted } from '../abort.js';
import type { Csr } from '../csr/csr.js';
import { buildCsr } from '../csr/from-edges.js';
import { keyTable, type NodeKeys } from '../csr/node-keys.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import type { LongWorkOptions } from '../types.js';
import { IntBuffer, integerIds } from './edge-list-keys.js';

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

/** The value of a canonical non-negative int32 token (no sign, no leading zero), else -1. */
function intToken(bytes: Uint8Array, start: number, end: number): number {
  const len = end - start;
  if (len === 0 || len > 10 || (len > 1 && bytes[start] === 48)) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]! - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value <= INT32_MAX ? value : -1;
}

const isIntString = (t: string): boolean => /^(0|[1-9][0-9]{0,9})$/.test(t) && Number(t) <= INT32_MAX;
const looksLikeHeader = (a: string, b: string): boolean => [a, b].every((t) => HEADER_WORDS.has(t.toLowerCase().replace(/[^a-z0-9]/g, '')));

/** An incremental edge-list parser: `push` byte chunks, then `finish`. */
export interface EdgeListParser {
  /** Feeds the next chunk of bytes. */
  push(chunk: Uint8Array): void;
  /** Ends the input and builds the index. */
  finish(): EdgeListResult;
}

class Parser implements EdgeListParser {
  readonly report: EdgeListReport;
  private readonly decoder = new TextDecoder('utf-8');
  private readonly headerOption: boolean | 'auto';
  private readonly invalid: 'error' | 'skip';
  private readonly src = new IntBuffer();
  private readonly dst = new IntBuffer();
  private table: Map<string, number> | null = null; // string mode when set
  private tableKeys: string[] = [];
  private carry: Uint8Array | null = null;
  private bytesSeen = 0;
  private dataLines = 0;
  private pendingFirst: { text: string; a: string; b: string } | null = null;
  // Bounds of the first two tokens of the line in hand, and how many tokens it has.
  private s0 = 0;
  private e0 = 0;
  private s1 = 0;
  private e1 = 0;
  private tokens = 0;

  constructor(private readonly options: EdgeListOptions) {
    this.headerOption = options.header ?? 'auto';
    const invalid = options.invalidLines ?? 'error';
    if (invalid !== 'error' && invalid !== 'skip') throw new InvalidArgumentError(WHERE, 'invalidLines', "'error' or 'skip'", invalid);
    this.invalid = invalid;
    this.report = { source: options.source, lines: 0, edges: 0, comments: 0, blank: 0, header: null, extraColumns: 0, selfLoops: 0, duplicates: 0, skipped: [], keyMode: 'integer' };
  }

  push(chunk: Uint8Array): void {
    throwIfAborted(WHERE, this.options.signal);
    this.bytesSeen += chunk.length;
    let bytes = chunk;
    if (this.carry) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = null;
    }
    const last = bytes.lastIndexOf(NL);
    if (last >= 0) this.consume(bytes, last + 1);
    if (last + 1 < bytes.length) this.carry = bytes.slice(last + 1);
    this.options.onProgress?.({ done: this.bytesSeen, total: this.options.totalBytes ?? 0, phase: 'reading edges' });
  }

  finish(): EdgeListResult {
    if (this.carry) {
      const rest = new Uint8Array(this.carry.length + 1); // close the last line
      rest.set(this.carry);
      rest[this.carry.length] = NL;
      this.carry = null;
      this.consume(rest, rest.length);
    }
    if (this.pendingFirst) this.settleFirst(false);
    throwIfAborted(WHERE, this.options.signal);
    this.options.onProgress?.({ done: this.bytesSeen, total: this.options.totalBytes ?? this.bytesSeen, phase: 'building index' });
    const sources = this.src.view();
    const targets = this.dst.view();
    let keys: NodeKeys;
    if (this.table) {
      keys = keyTable(this.tableKeys);
      this.report.keyMode = 'string';
    } else {
      keys = integerIds(sources, targets);
      this.report.keyMode = keys.integer ? 'integer' : 'sorted-integer';
    }
    const csr = buildCsr({ sources, targets }, keys, { directed: this.options.directed ?? false, simplify: this.options.simplify ?? true, shared: this.options.shared ?? false });
    this.report.selfLoops = csr.dropped.selfLoops;
    this.report.duplicates = csr.dropped.duplicates;
    return { csr, report: this.report };
  }

  // Every line of bytes[0 … limit) ends with NL. The loop parses "int sep+ int [sep* …] [CR] NL"
  // lines in place and hands anything else, whole, to `line`.
  private consume(bytes: Uint8Array, limit: number): void {
    const report = this.report;
    const { src, dst } = this;
    let p = 0;
    while (p < limit) {
      // The fast loop runs over a stretch of integer lines with everything it needs in locals.
      if (this.table === null && this.pendingFirst === null && (this.dataLines > 0 || this.headerOption === false)) {
        let length = src.length;
        let sources = src.data;
        let targets = dst.data;
        let lines = 0;
        let extras = 0;
        while (p < limit) {
          const lineStart = p;
          let d = bytes[p]! - 48;
          if (d >>> 0 > 9) break;
          let a = 0;
          do {
            a = a * 10 + d;
            d = bytes[++p]! - 48;
          } while (d >>> 0 <= 9);
          let c = d + 48;
          if (p - lineStart > 10 || a > INT32_MAX || (p - lineStart > 1 && bytes[lineStart] === 48) || !isSeparator(c)) {
            p = lineStart;
            break;
          }
          do c = bytes[++p]!;
          while (isSeparator(c));
          const s = p;
          let b = 0;
          d = c - 48;
          while (d >>> 0 <= 9) {
            b = b * 10 + d;
            d = bytes[++p]! - 48;
          }
          c = d + 48;
          if (p === s || p - s > 10 || b > INT32_MAX || (p - s > 1 && bytes[s] === 48)) {
            p = lineStart;
            break;
          }
          const ended = p;
          while (isSeparator(c)) c = bytes[++p]!;
          if (c === CR && bytes[p + 1] === NL) c = bytes[++p]!;
          if (c !== NL) {
            // A third column, or something the general path must judge (a key like "12x").
            if (p === ended || c === CR) {
              p = lineStart;
              break;
            }
            p = bytes.indexOf(NL, p);
            extras++;
          }
          if (length === sources.length) {
            src.length = dst.length = length;
            src.reserve(1);
            dst.reserve(1);
            sources = src.data;
            targets = dst.data;
          }
          sources[length] = a;
          targets[length++] = b;
          lines++;
          p++;
        }
        src.length = dst.length = length;
        report.lines += lines;
        report.edges += lines;
        report.extraColumns += extras;
        this.dataLines += lines;
        if (p >= limit) break;
      }
      const nl = bytes.indexOf(NL, p);
      this.line(bytes, p, nl);
      p = nl + 1;
    }
  }

  // The general path: any line, any tokens.
  private line(bytes: Uint8Array, start: number, end: number): void {
    const report = this.report;
    report.lines++;
    const lineNo = report.lines;
    if (end > start && bytes[end - 1] === CR) end--;
    let i = start;
    while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
    if (i === end) {
      report.blank++;
      return;
    }
    if (bytes[i] === 35 || bytes[i] === 37) {
      report.comments++;
      return;
    }
    this.tokens = 0;
    while (i < end) {
      while (i < end && isSeparator(bytes[i]!)) i++;
      if (i === end) break;
      const s = i;
      while (i < end && !isSeparator(bytes[i]!)) i++;
      if (this.tokens === 0) {
        this.s0 = s;
        this.e0 = i;
      } else if (this.tokens === 1) {
        this.s1 = s;
        this.e1 = i;
      }
      this.tokens++;
    }
    if (this.tokens < 2) {
      const shown = this.tokens === 0 ? 'none' : `one (${JSON.stringify(this.decoder.decode(bytes.subarray(start, end)).slice(0, 60))})`;
      this.fail(lineNo, `expected two node keys, found ${shown}`);
      return;
    }
    this.dataLines++;
    if (this.headerOption !== false && this.dataLines === 1) {
      const a = this.decoder.decode(bytes.subarray(this.s0, this.e0));
      const b = this.decoder.decode(bytes.subarray(this.s1, this.e1));
      const text = this.decoder.decode(bytes.subarray(start, end));
      if (this.headerOption === true || looksLikeHeader(a, b)) {
        report.header = text;
        return;
      }
      if (!(isIntString(a) && isIntString(b))) {
        this.pendingFirst = { text, a, b }; // a header only if the next line is numeric
        if (this.tokens > 2) report.extraColumns++;
        return;
      }
    }
    if (this.pendingFirst) this.settleFirst(intToken(bytes, this.s0, this.e0) >= 0 && intToken(bytes, this.s1, this.e1) >= 0);
    if (this.tokens > 2) report.extraColumns++;
    this.addEdge(bytes);
  }

  private addEdge(bytes: Uint8Array): void {
    if (this.table === null) {
      const a = intToken(bytes, this.s0, this.e0);
      const b = intToken(bytes, this.s1, this.e1);
      if (a >= 0 && b >= 0) return this.store(a, b);
      this.toStringMode();
    }
    const a = this.intern(this.decoder.decode(bytes.subarray(this.s0, this.e0)));
    this.store(a, this.intern(this.decoder.decode(bytes.subarray(this.s1, this.e1))));
  }

  private store(a: number, b: number): void {
    this.src.reserve(1);
    this.dst.reserve(1);
    this.src.data[this.src.length++] = a;
    this.dst.data[this.dst.length++] = b;
    this.report.edges++;
  }

  // The first data line had a non-integer token: it was a header if the next line is numeric.
  private settleFirst(numericNext: boolean): void {
    const p = this.pendingFirst!;
    this.pendingFirst = null;
    if (this.headerOption === 'auto' && numericNext) {
      this.report.header = p.text;
      if (p.text.split(/[ \t,;]+/).filter(Boolean).length > 2) this.report.extraColumns--;
      return;
    }
    if (this.table === null) this.toStringMode();
    const a = this.intern(p.a);
    this.store(a, this.intern(p.b));
  }

  // Endpoints read so far become strings, interned in first-seen order (edge by edge).
  private toStringMode(): void {
    this.table = new Map();
    this.tableKeys = [];
    const { src, dst } = this;
    for (let i = 0; i < src.length; i++) {
      src.data[i] = this.intern(String(src.data[i]!));
      dst.data[i] = this.intern(String(dst.data[i]!));
    }
  }

  private intern(key: string): number {
    let id = this.table!.get(key);
    if (id === undefined) {
      id = this.tableKeys.length;
      this.table!.set(key, id);
      this.tableKeys.push(key);
    }
    return id;
  }

  private fail(line: number, reason: string): void {
    if (this.invalid === 'skip') this.report.skipped.push({ line, reason });
    else throw new ParseError(WHERE, reason, this.options.source === undefined ? { line } : { source: this.options.source, line });
  }
}

/**
 * Creates an incremental edge-list parser.
 *
 * @param options - direction, header, invalid-line policy, source name, progress, signal.
 * @returns a parser; feed it with `push`, end with `finish`.
 * @throws InvalidArgumentError on a bad `invalidLines`.
 * @remarks Time O(b + n + m) for b bytes; memory about 8 bytes per edge while reading plus the
 * index, and no string per node when every key is an integer.
 * @example
 * const parser = createEdgeListParser();
 * parser.push(new TextEncoder().encode('0 1\n1 2\n'));
 * parser.finish().csr.order; // 3
 */
export function createEdgeListParser(options: EdgeListOptions = {}): EdgeListParser {
  return new Parser(options);
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
