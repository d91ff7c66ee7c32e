// The incremental edge-list parser behind createEdgeListParser (rules in edge-list.ts). The head
// (first lines) decides the layout (edge-list-kind.ts); once the first data line is settled,
// integer lines go through one byte loop that allocates nothing (edge-list-int-stretch.ts); every
// other line (comments, headers, string keys, odd spacing) takes the general path (edge-list-line.ts,
// keys decoded by edge-list-key-text.ts). Both write endpoints straight into edge-list-endpoints.ts.

import { throwIfAborted } from '../abort.js';
import { keyTable } from '../csr/node-keys.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import { isEdgesCsvHeader } from './edge-key-cell.js';
import { Endpoints } from './edge-list-endpoints.js';
import { IntStretches } from './edge-list-int-stretch.js';
import { integerIds } from './edge-list-keys.js';
import { LineChunks } from './edge-list-chunks.js';
import { at, EdgeListHead, headText, judgeHead } from './edge-list-kind.js';
import { KeyText } from './edge-list-key-text.js';
import { lineTokens, splitLine } from './edge-list-line.js';
import { MultilineAdjacency } from './edge-list-multiline.js';
import { StringKeys } from './edge-list-string-keys.js';
import { CR, NL, intToken, isIntString, looksLikeHeader, looksNumeric } from './edge-list-tokens.js';
import type { EdgeListOptions, EdgeListParser, EdgeListReport, EdgeListResult } from './edge-list.js';

export { heapMaxEdges } from './edge-list-endpoints.js';

const WHERE = 'readEdgeList';
const unguarded = (key: string): string => (key.startsWith("'") ? key.slice(1) : key);
const columns = (text: string): number => text.split(/[ \t,;]+/).filter(Boolean).length;

/** The parser state; see `createEdgeListParser`. */
export class Parser extends LineChunks implements EdgeListParser {
  readonly report: EdgeListReport;
  private readonly decoder = new TextDecoder('utf-8');
  // Node keys: a byte that is not UTF-8 (or Windows-1252) would become U+FFFD and could merge two people.
  private readonly keyText = new KeyText();
  // Under toEdgesCsv's header a key starting with `'` carries one `'` more (edge-key-cell.ts).
  private unguard = false;
  private readonly headerOption: boolean | 'auto';
  private readonly invalid: 'error' | 'skip';
  private readonly ends: Endpoints;
  private table: StringKeys | null = null; // string mode when set
  private dataLines = 0;
  private pendingFirst: { text: string; a: string; b: string } | null = null;
  // A first line taken as a header because the lines after it were integers; it becomes the
  // first edge again if a later line shows the file is string-keyed (#13: when in doubt, an edge).
  private tentativeHeader: { text: string; a: string; b: string } | null = null;
  private readonly tokens = lineTokens(); // the first two tokens of the line in hand
  private readonly ints: IntStretches;
  private head: EdgeListHead | null = new EdgeListHead(); // the first lines, until judged (edge-list-kind.ts)
  private madj: MultilineAdjacency | null = null; // a networkx multiline adjacency list

  constructor(private readonly options: EdgeListOptions) {
    super();
    this.headerOption = options.header ?? 'auto';
    const invalid = options.invalidLines ?? 'error';
    if (invalid !== 'error' && invalid !== 'skip')
      throw new InvalidArgumentError(WHERE, 'invalidLines', "'error' or 'skip'", invalid);
    this.invalid = invalid;
    this.ends = new Endpoints(options);
    this.ints = new IntStretches(this.ends, options.kernel ?? 'auto');
    this.report = {
      source: options.source,
      ...{ lines: 0, edges: 0, comments: 0, blank: 0, header: null, extraColumns: 0, selfLoops: 0, duplicates: 0 },
      ...{ skipped: [], keyMode: 'integer', layout: 'edges', nodeLines: 0, encoding: 'utf-8' },
    };
  }

  override push(chunk: Uint8Array): void {
    throwIfAborted(WHERE, this.options.signal);
    super.push(chunk);
  }

  protected progress(): void {
    this.options.onProgress?.({ done: this.bytesSeen, total: this.options.totalBytes ?? 0, phase: 'reading edges' });
  }

  finish(): EdgeListResult {
    this.closeLastLine();
    if (this.head) this.judge();
    const short = this.madj?.finish();
    if (short) this.fail(short.line, `in a multiline adjacency list, ${short.reason}`);
    this.report.nodeLines = this.madj?.nodeLines ?? 0;
    this.report.encoding = this.keyText.verdict(this.options.source); // MacRoman names refused whole
    if (this.pendingFirst) this.settleFirst(false);
    throwIfAborted(WHERE, this.options.signal);
    const total = this.options.totalBytes ?? this.bytesSeen;
    this.options.onProgress?.({ done: this.bytesSeen, total, phase: 'building index' });
    const keys = this.table ? keyTable(this.table.keys) : integerIds(this.ends.src.view(), this.ends.dst.view());
    this.report.keyMode = this.table ? 'string' : keys.integer ? 'integer' : 'sorted-integer';
    this.ints.release();
    const { directed = false, simplify = true, shared = false } = this.options;
    const csr = this.ends.build(keys, { directed, simplify, shared });
    Object.assign(this.report, { selfLoops: csr.dropped.selfLoops, duplicates: csr.dropped.duplicates });
    return { csr, report: this.report };
  }

  // Every line of bytes[0 … limit) ends with NL: stretches of integer lines go to the fast loop,
  // anything else, line by line, to `line`.
  protected consume(bytes: Uint8Array, limit: number): void {
    let p = 0;
    if (this.head) {
      p = this.head.take(bytes, 0, limit);
      if (!this.head.full) return;
      this.judge(limit);
    }
    while (p < limit) {
      if (this.table === null && this.pendingFirst === null && (this.dataLines > 0 || this.headerOption === false)) {
        p = this.integerLines(bytes, p, limit);
        if (p >= limit) break;
      }
      const nl = bytes.indexOf(NL, p);
      this.line(bytes, p, nl);
      p = nl + 1;
    }
  }

  // The head decides how every line is read (edge-list-kind.ts); `chunk`: the bytes it came from.
  private judge(chunk = 0): void {
    const head = this.head!.joined();
    this.head = null;
    this.ints.hint = chunk;
    this.keyText.head(head);
    if (judgeHead(headText(head), this.options.source) === 'multiline-adjacency') {
      this.madj = new MultilineAdjacency();
      this.table = new StringKeys(); // every node line is a node, isolated or not
      this.report.layout = 'multiline-adjacency';
    }
    this.consume(head, head.length);
  }

  // The integer lines from p on; returns where the stretch stopped (limit, or a line for `line`).
  private integerLines(bytes: Uint8Array, p: number, limit: number): number {
    const r = this.ints.run(bytes, p, limit);
    this.report.lines += r.lines;
    this.report.edges += r.lines;
    this.report.extraColumns += r.extras;
    this.dataLines += r.lines;
    return r.p;
  }

  /**
   * A buffer of `bytes` for the caller to fill and `push` (file readers): in the parser's heap
   * where it has one (then parsed in place, not copied), else an ordinary array. Internal.
   */
  window(bytes: number): Uint8Array {
    return this.ints.window(bytes);
  }

  // The general path: any line, any tokens.
  private line(bytes: Uint8Array, start: number, end: number): undefined {
    const report = this.report;
    const lineNo = ++report.lines;
    if (end > start && bytes[end - 1] === CR) end--;
    if (lineNo === 1 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
    let i = start;
    while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
    if (i === end || bytes[i] === 35 || bytes[i] === 37) {
      if (i === end) report.blank++;
      else report.comments++;
      return;
    }
    if (this.madj) return this.multiline(bytes, i, end, lineNo);
    const t = this.tokens;
    const malformed = splitLine(bytes, i, end, t);
    if (malformed !== null) return this.fail(lineNo, malformed);
    if (t.count < 2) {
      const shown =
        t.count === 0
          ? 'none'
          : `one (${JSON.stringify(this.decoder.decode(bytes.subarray(start, end)).slice(0, 60))})`;
      this.fail(lineNo, `expected two node keys, found ${shown}`);
      return;
    }
    // quoted keys are strings whatever they hold ("3" is the key 3 in string mode)
    const int0 = t.quoted0 ? -1 : intToken(bytes, t.s0, t.e0);
    const int1 = t.quoted1 ? -1 : intToken(bytes, t.s1, t.e1);
    this.dataLines++;
    if (this.headerOption !== false && this.dataLines === 1) {
      const a = this.key(bytes, t.s0, t.e0, t.quoted0);
      const b = a === null ? null : this.key(bytes, t.s1, t.e1, t.quoted1);
      if (a === null || b === null) return;
      const text = this.decoder.decode(bytes.subarray(start, end));
      if (this.headerOption === true || looksLikeHeader(a, b)) {
        report.header = text;
        this.unguard = isEdgesCsvHeader(text);
        return;
      }
      // A token written as a number (`-1`, `1.5`, `007`, `4294967296`) is data, never a column name.
      if (!(isIntString(a) && isIntString(b)) && !looksNumeric(a) && !looksNumeric(b)) {
        this.pendingFirst = { text, a, b }; // a header only if the next line is numeric
        if (t.count > 2) report.extraColumns++;
        return;
      }
    }
    if (this.pendingFirst) this.settleFirst(int0 >= 0 && int1 >= 0);
    if (t.count > 2) report.extraColumns++;
    if (this.table === null) {
      if (int0 >= 0 && int1 >= 0) {
        this.store(int0, int1);
        return;
      }
      this.toStringMode();
    }
    const a = this.key(bytes, t.s0, t.e0, t.quoted0);
    const b = a === null ? null : this.key(bytes, t.s1, t.e1, t.quoted1);
    if (a === null || b === null) return; // the line failed: no endpoint of it is kept
    const id = this.table!.intern(this.unguard ? unguarded(a) : a);
    this.store(id, this.table!.intern(this.unguard ? unguarded(b) : b));
  }

  // A line of a multiline adjacency list: a node line, or one of its neighbours (an edge).
  private multiline(bytes: Uint8Array, i: number, end: number, lineNo: number): undefined {
    const item = this.madj!.read(bytes, i, end, lineNo);
    if (typeof item === 'string') return this.fail(lineNo, `in a multiline adjacency list, ${item}`);
    const key = this.key(bytes, item.start, item.end, false);
    if (item.neighbour && key !== null && this.madj!.source < 0)
      return this.fail(lineNo, 'in a multiline adjacency list, the node line of this neighbour was skipped');
    const id = key === null ? -1 : this.table!.intern(key); // a skipped node line leaves its neighbours none
    if (!item.neighbour) this.madj!.source = id;
    else if (id >= 0) this.store(this.madj!.source, id);
  }

  // The key, or null when the line fails (then counted or thrown by `fail`).
  private key(bytes: Uint8Array, start: number, end: number, quoted: boolean): string | null {
    const key = this.keyText.read(bytes, start, end, quoted, this.report.lines);
    if (typeof key === 'string') return key;
    this.fail(this.report.lines, key.reason);
    return null;
  }

  private store(a: number, b: number): void {
    this.ends.store(a, b);
    this.report.edges++;
  }

  // The first data line had a non-integer token: it was a header if the next line is numeric.
  private settleFirst(numericNext: boolean): void {
    const p = this.pendingFirst!;
    this.pendingFirst = null;
    if (this.headerOption === 'auto' && numericNext) {
      this.tentativeHeader = p;
      this.report.header = p.text;
      if (columns(p.text) > 2) this.report.extraColumns--;
      return;
    }
    if (this.table === null) this.toStringMode();
    const a = this.table!.intern(p.a);
    this.store(a, this.table!.intern(p.b));
  }

  // Endpoints read so far become strings; a tentative header was the first edge of a
  // string-keyed file: it goes back in front.
  private toStringMode(): void {
    this.table = new StringKeys();
    const first = this.tentativeHeader;
    this.tentativeHeader = null;
    if (first) {
      this.report.header = null;
      if (columns(first.text) > 2) this.report.extraColumns++;
      this.report.edges++;
    }
    this.table.fromIntegers(this.ends.src, this.ends.dst, first && [first.a, first.b]);
  }

  private fail(line: number, reason: string): undefined {
    if (this.invalid === 'skip') this.report.skipped.push({ line, reason });
    else throw new ParseError(WHERE, reason, at(this.options.source, line));
  }
}
