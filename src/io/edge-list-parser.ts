// The incremental edge-list parser behind createEdgeListParser (rules in edge-list.ts). Once the
// first data line is settled, integer lines go through one byte loop that allocates nothing and
// keeps its state in locals; every other line (comments, headers, string keys, odd spacing) takes
// the general path. Both write endpoints straight into two growable Int32Arrays. For large inputs
// those arrays live in the WebAssembly heap the index is then built in (csr/index-memory.ts): the
// parse kernel writes there, the scatter reads there in place, and no endpoint is copied.

import { throwIfAborted } from '../abort.js';
import { buildCsr } from '../csr/from-edges.js';
import { HEAP_MIN_ENTRIES, indexStorage } from '../csr/index-memory.js';
import { heapScatterAllocator } from '../csr/wasm/heap-scatter.js';
import { keyTable, type NodeKeys } from '../csr/node-keys.js';
import { InvalidArgumentError, ParseError } from '../errors.js';
import { isEdgesCsvHeader } from './edge-key-cell.js';
import { IntBuffer, integerIds } from './edge-list-keys.js';
import {
  CR,
  INT32_MAX,
  NL,
  intToken,
  isIntString,
  isSeparator,
  QUOTE,
  looksLikeHeader,
  looksNumeric,
} from './edge-list-tokens.js';
import type { EdgeListOptions, EdgeListParser, EdgeListReport, EdgeListResult } from './edge-list.js';
import { createIntLineParser, type IntLineParser } from './wasm/wasm-int-lines.js';
import { wasmMemoryLimit } from '../wasm/memory-limit.js';
import { createWasmHeap, type WasmHeap } from '../wasm/wasm-heap.js';

const WHERE = 'readEdgeList';
const unguarded = (key: string): string => (key.startsWith("'") ? key.slice(1) : key);

/** Input bytes from which `memory: 'auto'` parses into a WebAssembly heap from the start. */
const HEAP_MIN_BYTES = 1 << 20;

/** Edges up to which endpoints stay in the heap: 2²⁵ (the heap build's limit), less when tests lower the memory limit. */
export function heapMaxEdges(): number {
  return Math.min(1 << 25, Math.floor(wasmMemoryLimit() / 32));
}

/** The parser state; see `createEdgeListParser`. */
export class Parser implements EdgeListParser {
  readonly report: EdgeListReport;
  private readonly decoder = new TextDecoder('utf-8');
  // Node keys: a byte that is not UTF-8 would become U+FFFD and could merge two people.
  // A BOM is part of a key (only the file's own, before line 1, is skipped).
  private readonly keyDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // Under toEdgesCsv's header a key starting with `'` carries one `'` more (edge-key-cell.ts).
  private unguard = false;
  private readonly headerOption: boolean | 'auto';
  private readonly invalid: 'error' | 'skip';
  private readonly src = new IntBuffer();
  private readonly dst = new IntBuffer();
  private table: Map<string, number> | null = null; // string mode when set
  private tableKeys: string[] = [];
  // The unfinished last line, kept as the pieces it arrived in and joined once its end arrives:
  // joining at every chunk made one long line cost quadratic time (48 MB: 8.8 s).
  private carry: Uint8Array[] | null = null;
  private carryLength = 0;
  private bytesSeen = 0;
  private dataLines = 0;
  private pendingFirst: { text: string; a: string; b: string } | null = null;
  // A first line taken as a header because the lines after it were integers; it becomes the
  // first edge again if a later line shows the file is string-keyed (#13: when in doubt, an edge).
  private tentativeHeader: { text: string; a: string; b: string } | null = null;
  // Bounds of the first two tokens of the line in hand, and how many tokens it has.
  private s0 = 0;
  private e0 = 0;
  private s1 = 0;
  private e1 = 0;
  // The keys of the first two tokens when written in double quotes (`"Ada Moreau"`, `""` for a
  // quote inside), else null: read from the bytes between the quotes.
  private q0: string | null = null;
  private q1: string | null = null;
  private tokens = 0;
  private wasmLines: IntLineParser | null | undefined; // undefined until the first integer stretch
  // The heap the endpoints (and then the index) live in; undefined until decided, null for none.
  private heap: WasmHeap | null | undefined;
  private sized = false; // the endpoint arrays were sized from the expected bytes
  private readonly windows: number[] = []; // input windows handed out by `window`

  constructor(private readonly options: EdgeListOptions) {
    this.headerOption = options.header ?? 'auto';
    const invalid = options.invalidLines ?? 'error';
    if (invalid !== 'error' && invalid !== 'skip')
      throw new InvalidArgumentError(WHERE, 'invalidLines', "'error' or 'skip'", invalid);
    this.invalid = invalid;
    this.report = {
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
  }

  push(chunk: Uint8Array): void {
    throwIfAborted(WHERE, this.options.signal);
    this.bytesSeen += chunk.length;
    let bytes = chunk;
    if (this.carry) {
      // Finish the carried line with the chunk's first line, then parse the rest of the chunk in
      // place instead of copying it behind the carry.
      const first = chunk.indexOf(NL);
      if (first < 0) {
        this.carry.push(chunk.slice());
        this.carryLength += chunk.length;
        this.options.onProgress?.({
          done: this.bytesSeen,
          total: this.options.totalBytes ?? 0,
          phase: 'reading edges',
        });
        return;
      }
      const head = this.takeCarry(chunk.subarray(0, first + 1));
      this.consume(head, head.length);
      bytes = chunk.subarray(first + 1);
    }
    const last = bytes.lastIndexOf(NL);
    if (last >= 0) this.consume(bytes, last + 1);
    if (last + 1 < bytes.length) {
      this.carry = [bytes.slice(last + 1)];
      this.carryLength = bytes.length - last - 1;
    }
    this.options.onProgress?.({ done: this.bytesSeen, total: this.options.totalBytes ?? 0, phase: 'reading edges' });
  }

  finish(): EdgeListResult {
    if (this.carry) {
      const rest = this.takeCarry(new Uint8Array([NL])); // close the last line
      this.consume(rest, rest.length);
    }
    if (this.pendingFirst) this.settleFirst(false);
    throwIfAborted(WHERE, this.options.signal);
    this.options.onProgress?.({
      done: this.bytesSeen,
      total: this.options.totalBytes ?? this.bytesSeen,
      phase: 'building index',
    });
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
    const directed = this.options.directed ?? false;
    const memory = this.options.memory ?? 'auto';
    const shared = this.options.shared ?? false;
    // The index goes into the heap the endpoints are in, so the build reads them in place.
    const heap = this.heap ?? null;
    const storage =
      heap !== null && (memory === 'wasm' || 2 * sources.length >= HEAP_MIN_ENTRIES)
        ? heapScatterAllocator(heap)
        : indexStorage(memory, keys.size, 2 * sources.length, directed ? 2 : 1, shared);
    this.wasmLines?.release();
    this.wasmLines = null;
    if (heap !== null) for (const at of this.windows.splice(0)) heap.free(at);
    this.src.trim();
    this.dst.trim();
    const csr = buildCsr({ sources, targets }, keys, { directed, simplify: this.options.simplify ?? true }, storage);
    this.src.release();
    this.dst.release();
    this.report.selfLoops = csr.dropped.selfLoops;
    this.report.duplicates = csr.dropped.duplicates;
    return { csr, report: this.report };
  }

  // The carried pieces joined with `end`, in one copy; the carry is emptied.
  private takeCarry(end: Uint8Array): Uint8Array {
    const joined = new Uint8Array(this.carryLength + end.length);
    let at = 0;
    for (const piece of this.carry!) {
      joined.set(piece, at);
      at += piece.length;
    }
    joined.set(end, at);
    this.carry = null;
    this.carryLength = 0;
    return joined;
  }

  // Every line of bytes[0 … limit) ends with NL. The loop parses "int sep+ int [sep* …] [CR] NL"
  // lines in place and hands anything else, whole, to `line`.
  private consume(bytes: Uint8Array, limit: number): void {
    let p = 0;
    while (p < limit) {
      // The fast loop runs over a stretch of integer lines.
      if (this.table === null && this.pendingFirst === null && (this.dataLines > 0 || this.headerOption === false)) {
        p = this.integerLines(bytes, p, limit);
        if (p >= limit) break;
      }
      const nl = bytes.indexOf(NL, p);
      this.line(bytes, p, nl);
      p = nl + 1;
    }
  }

  // The integer lines from p on: WebAssembly where it can (set up on the first call), else the
  // JavaScript loop below. Returns where the stretch stopped (limit, or a line for `line`).
  private integerLines(bytes: Uint8Array, p: number, limit: number): number {
    if (this.wasmLines === undefined || (this.heap === undefined && this.src.length >= HEAP_MIN_ENTRIES >>> 1)) {
      // A heap when the input looks large (or has grown so): the endpoints move in once, small.
      const large = limit - p >= HEAP_MIN_BYTES || this.src.length >= HEAP_MIN_ENTRIES >>> 1;
      const heap = this.options.kernel === 'js' ? null : this.useHeap(large);
      if (this.wasmLines === undefined || heap !== null) {
        this.wasmLines?.release();
        this.wasmLines = this.options.kernel === 'js' ? null : createIntLineParser(limit - p, heap);
      }
    }
    if (this.wasmLines === null) return this.jsIntegerLines(bytes, p, limit);
    const r = this.wasmLines(bytes, p, limit, this.src, this.dst);
    this.report.lines += r.lines;
    this.report.edges += r.lines;
    this.report.extraColumns += r.extras;
    this.dataLines += r.lines;
    if (!this.sized && this.heap && r.lines > 0) this.sizeFrom(r.lines, r.p - p);
    if (this.src.heap !== null && this.src.length > heapMaxEdges()) this.leaveHeap(this.src.length * 2);
    return r.p;
  }

  // Decides the heap once: with `memory: 'wasm'`, or `'auto'` when the input is large.
  private useHeap(large: boolean): WasmHeap | null {
    if (this.heap !== undefined) return this.heap;
    const memory = this.options.memory ?? 'auto';
    if (memory === 'js' || (memory === 'auto' && !large && (this.options.totalBytes ?? 0) < HEAP_MIN_BYTES))
      return null;
    this.heap = createWasmHeap(0);
    if (this.heap !== null) {
      this.src.moveTo(this.heap, this.src.data.length);
      this.dst.moveTo(this.heap, this.dst.data.length);
    }
    return this.heap;
  }

  // Once the first lines show how long a line is, room for the whole expected input (plus a
  // tenth): growing by doubling copied 120 MB at 10⁷ edges and left the old blocks behind.
  private sizeFrom(lines: number, bytes: number): void {
    this.sized = true;
    const total = this.options.totalBytes;
    if (total === undefined || bytes <= 0) return;
    const expected = Math.ceil((total * lines * 1.1) / bytes) + 1024;
    if (expected > heapMaxEdges()) {
      this.leaveHeap(expected);
      return;
    }
    // Only where the heap has the room: a wrong size (a damaged gzip trailer) must not cost memory.
    if (this.src.presize(expected)) this.dst.presize(expected);
  }

  // Past what the build in the heap takes, the endpoints go to ordinary arrays (freed after the
  // build, where a heap keeps every page it touched: 8 bytes per edge more after loading 10⁸
  // edges) and the index is built as from any arrays; input windows stay in the heap.
  private leaveHeap(capacity: number): void {
    this.src.moveOut(capacity);
    this.dst.moveOut(capacity);
  }

  /**
   * A buffer of `bytes` for the caller to fill and `push` (file readers): in the parser's heap
   * where it has one (then parsed in place, not copied), else an ordinary array. Internal.
   */
  window(bytes: number): Uint8Array {
    const heap = this.options.kernel === 'js' ? null : this.useHeap(bytes >= HEAP_MIN_BYTES);
    const at = heap?.alloc(bytes) ?? null;
    if (heap === null || at === null) return new Uint8Array(bytes);
    this.windows.push(at);
    return heap.uint8(at, bytes);
  }

  private jsIntegerLines(bytes: Uint8Array, p: number, limit: number): number {
    const report = this.report;
    const { src, dst } = this;
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
    return p;
  }

  // The general path: any line, any tokens.
  private line(bytes: Uint8Array, start: number, end: number): void {
    const report = this.report;
    report.lines++;
    const lineNo = report.lines;
    if (end > start && bytes[end - 1] === CR) end--;
    if (lineNo === 1 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf) start += 3;
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
    this.q0 = null;
    this.q1 = null;
    while (i < end) {
      while (i < end && isSeparator(bytes[i]!)) i++;
      if (i === end) break;
      const s = i;
      let quoted: string | null = null;
      if (bytes[i] === QUOTE) {
        // a CSV-quoted key (spreadsheets quote names with spaces, commas or quotes): up to the
        // closing quote, `""` standing for one quote; it must end the token
        let j = i + 1;
        while (j < end && !(bytes[j] === QUOTE && (j + 1 >= end || bytes[j + 1] !== QUOTE)))
          j += bytes[j] === QUOTE ? 2 : 1;
        if (j >= end || (j + 1 < end && !isSeparator(bytes[j + 1]!))) {
          this.fail(lineNo, j >= end ? 'a quoted key has no closing quote' : 'text after the closing quote of a key');
          return;
        }
        if (this.tokens < 2) {
          const key = this.key(bytes, i + 1, j);
          if (key === null) return;
          quoted = key.replaceAll('""', '"');
        }
        i = j + 1;
      } else while (i < end && !isSeparator(bytes[i]!)) i++;
      if (this.tokens === 0) {
        this.s0 = s;
        this.e0 = i;
        this.q0 = quoted;
      } else if (this.tokens === 1) {
        this.s1 = s;
        this.e1 = i;
        this.q1 = quoted;
      }
      this.tokens++;
    }
    if (this.tokens < 2) {
      const shown =
        this.tokens === 0
          ? 'none'
          : `one (${JSON.stringify(this.decoder.decode(bytes.subarray(start, end)).slice(0, 60))})`;
      this.fail(lineNo, `expected two node keys, found ${shown}`);
      return;
    }
    this.dataLines++;
    if (this.headerOption !== false && this.dataLines === 1) {
      const a = this.q0 ?? this.key(bytes, this.s0, this.e0);
      const b = a === null ? null : (this.q1 ?? this.key(bytes, this.s1, this.e1));
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
        if (this.tokens > 2) report.extraColumns++;
        return;
      }
    }
    if (this.pendingFirst)
      this.settleFirst(intToken(bytes, this.s0, this.e0) >= 0 && intToken(bytes, this.s1, this.e1) >= 0);
    if (this.tokens > 2) report.extraColumns++;
    this.addEdge(bytes);
  }

  private addEdge(bytes: Uint8Array): void {
    if (this.table === null) {
      const a = intToken(bytes, this.s0, this.e0);
      const b = intToken(bytes, this.s1, this.e1);
      if (a >= 0 && b >= 0) {
        this.store(a, b);
        return;
      }
      this.toStringMode();
    }
    const a = this.q0 ?? this.key(bytes, this.s0, this.e0);
    const b = a === null ? null : (this.q1 ?? this.key(bytes, this.s1, this.e1));
    if (a === null || b === null) return; // the line failed: no endpoint of it is kept
    const id = this.intern(this.unguard ? unguarded(a) : a);
    this.store(id, this.intern(this.unguard ? unguarded(b) : b));
  }

  // The key in bytes[start, end), or null when the line fails: bytes that are not UTF-8, or a NUL
  // (a zeroed block of a damaged file), are refused rather than read as some other person.
  private key(bytes: Uint8Array, start: number, end: number): string | null {
    let key: string;
    try {
      key = this.keyDecoder.decode(bytes.subarray(start, end));
    } catch {
      this.fail(this.report.lines, 'a node key holds bytes that are not UTF-8 (save the file as UTF-8)');
      return null;
    }
    if (key.includes('\0')) {
      this.fail(this.report.lines, 'a node key holds a NUL byte (a damaged file?)');
      return null;
    }
    return key;
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
      this.tentativeHeader = p;
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
    const first = this.tentativeHeader;
    if (first) {
      // The "header" was the first edge of a string-keyed file: put it back in front.
      this.tentativeHeader = null;
      this.report.header = null;
      if (first.text.split(/[ \t,;]+/).filter(Boolean).length > 2) this.report.extraColumns++;
      src.reserve(1);
      dst.reserve(1);
      src.data.copyWithin(1, 0, src.length);
      dst.data.copyWithin(1, 0, dst.length);
      src.data[0] = this.intern(first.a);
      dst.data[0] = this.intern(first.b);
      src.length++;
      dst.length++;
      this.report.edges++;
      for (let i = 1; i < src.length; i++) {
        src.data[i] = this.intern(String(src.data[i]!));
        dst.data[i] = this.intern(String(dst.data[i]!));
      }
      return;
    }
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
    else
      throw new ParseError(
        WHERE,
        reason,
        this.options.source === undefined ? { line } : { source: this.options.source, line },
      );
  }
}
