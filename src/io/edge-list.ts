// Edge-list parser over bytes, fed chunk by chunk (browser-safe; handshakes/node feeds files).
// One edge per line: two node tokens separated by spaces, tabs, commas or semicolons; extra
// columns ignored (counted); `#`/`%` comment lines, blank lines and CRLF accepted; a header line
// detected. Integer tokens take a fast path that stores no strings: ids 0..n-1 become the compact
// integer key mode, other integers a sorted-integer mapping; any other token switches to a string
// table (first-seen order). Malformed lines throw a ParseError naming the source and line.
// The byte-level implementation is in edge-list-parser.ts.

import type { Csr } from '../csr/csr.js';
import type { IndexMemory } from '../csr/index-memory.js';
import type { LongWorkOptions } from '../types.js';
import { Parser } from './edge-list-parser.js';

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
  /** `'auto'` (default): integer lines are parsed by a WebAssembly loop where available; `'js'` forces the JavaScript one. Same result. */
  kernel?: 'auto' | 'js';
  /**
   * Where the endpoints and the index live: `'auto'` (default) parses inputs of 1 MiB or more (or
   * 32,768 edges) straight into a shared WebAssembly memory and builds the index there in place;
   * `'wasm'` always does where the runtime can; `'js'` uses ordinary arrays. Same result.
   */
  memory?: IndexMemory;
}

/** What reading an edge list saw. Lines = edges + comments + blank + header + skipped + nodeLines. */
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
  skipped: {
    /** The line number (1-based). */
    line: number;
    /** Why it was skipped. */
    reason: string;
  }[];
  /** How node keys are stored: `integer` (0..n−1, no strings), `sorted-integer`, or `string`. */
  keyMode: 'integer' | 'sorted-integer' | 'string';
  /**
   * `'edges'`, or `'multiline-adjacency'` when the file proved to be networkx's multiline adjacency
   * list (`node degree`, then one line per neighbour): then every neighbour line is an edge.
   */
  layout: 'edges' | 'multiline-adjacency';
  /** Node lines of a multiline adjacency list (0 for an edge list); they count in `lines`. */
  nodeLines: number;
  /**
   * The encoding of the node keys: `'utf-8'`, or `'windows-1252'` when a key was not UTF-8 and no
   * key before it was UTF-8 beyond ASCII (Excel's "text" on Windows). A file whose names read better
   * in MacRoman, or as well in either, is refused rather than guessed.
   */
  encoding: 'utf-8' | 'windows-1252';
}

/** An edge list read into the index, with its report. */
export interface EdgeListResult {
  /** The index. */
  csr: Csr;
  /** What was read, skipped and merged. */
  report: EdgeListReport;
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
 * @throws InvalidArgumentError on a bad `invalidLines`.
 * @remarks Time O(b + n + m) for b bytes; memory 8–16 bytes per edge while reading, about 12
 * more per undirected edge while `finish` builds the index, then the index; no string per node
 * when every key is an integer.
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
