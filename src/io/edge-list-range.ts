// Parses one range of an integer-keyed edge list on its own, for the worker-parallel reader
// (src/node/parallel-edge-list.ts): once the first data lines are settled (header or not, integer
// keys), the single-thread parser (edge-list-parser.ts) treats every line without context, so a
// range cut at line ends parses alone. It stops at the first line that needs context: a
// non-integer key (the file is string-keyed) or, with `invalidLines: 'error'`, a malformed line.
// Line numbers are relative to the range; the caller offsets them by the lines of earlier ranges.

import { IntBuffer } from './edge-list-keys.js';
import { CR, intToken, isSeparator, NL } from './edge-list-tokens.js';
import type { WasmHeap } from '../wasm/wasm-heap.js';
import { createIntLineParser, type IntLineParser } from './wasm/wasm-int-lines.js';

/** Why a range stopped early: a malformed line (`invalid`) or a non-integer key (`string-key`). */
export interface RangeStop {
  /** `invalid`: fewer than two keys (with `invalidLines: 'error'`); `string-key`: a key not a canonical int32. */
  kind: 'invalid' | 'string-key';
  /** The line, 1-based within the range. */
  line: number;
  /** The reason, as the single-thread parser words it. */
  reason: string;
}

/** What parsing a range saw: the counts of `EdgeListReport`, line numbers within the range. */
export interface EdgeListRange {
  /** Source key of each edge (the integer value, not yet a dense id). */
  sources: Int32Array;
  /** Target key of each edge. */
  targets: Int32Array;
  /** Lines read (up to and including a stop line). */
  lines: number;
  /** Edge lines read. */
  edges: number;
  /** Comment lines. */
  comments: number;
  /** Blank lines. */
  blank: number;
  /** Edge lines with more than two columns. */
  extraColumns: number;
  /** Lines skipped as invalid (`invalidLines: 'skip'`), numbered within the range. */
  skipped: { line: number; reason: string }[];
  /** Where and why the range stopped early; `null` when it was parsed to its end. */
  stop: RangeStop | null;
}

/** Options of `createRangeParser`. */
export interface RangeParserOptions {
  /** `'error'` stops at a line with fewer than two keys; `'skip'` counts and lists it. */
  invalidLines: 'error' | 'skip';
  /** `'js'` parses every line in JavaScript (no WebAssembly); same result. */
  kernel?: 'auto' | 'js';
  /** A heap for the integer-line kernel's windows: bytes that live in its memory are parsed in place. */
  heap?: WasmHeap | undefined;
  /** Where the endpoints go (e.g. blocks of a heap the index is built in); new buffers by default. */
  endpoints?: { sources: IntBuffer; targets: IntBuffer } | undefined;
}

/** An incremental range parser: `consume` whole lines, then `result`. */
export interface RangeParser {
  /** Parses `bytes[0, limit)`, whose every line ends with NL; `false` once the range has stopped. */
  consume(bytes: Uint8Array, limit: number): boolean;
  /** What was parsed so far. */
  result(): EdgeListRange;
}

/**
 * Creates a parser for one range of an integer-keyed edge list, past its first data lines.
 *
 * @param options - the invalid-line policy and the kernel.
 * @returns a parser: `consume` chunks of whole lines, then `result`.
 * @remarks Time O(b) for b bytes; memory 8–16 bytes per edge (two growable endpoint arrays).
 * @example
 * const range = createRangeParser({ invalidLines: 'error' });
 * range.consume(new TextEncoder().encode('# c\n1 2\n'), 8);
 * range.result().edges; // 1
 */
export function createRangeParser(options: RangeParserOptions): RangeParser {
  const src = options.endpoints?.sources ?? new IntBuffer();
  const dst = options.endpoints?.targets ?? new IntBuffer();
  const out: EdgeListRange = {
    sources: src.view(),
    targets: dst.view(),
    lines: 0,
    edges: 0,
    comments: 0,
    blank: 0,
    extraColumns: 0,
    skipped: [],
    stop: null,
  };
  const decoder = new TextDecoder('utf-8');
  let fast: IntLineParser | null | undefined = options.kernel === 'js' ? null : undefined;

  // One line of bytes[start, end) (NL excluded), as the single-thread parser's general path.
  const line = (bytes: Uint8Array, start: number, end: number): void => {
    const lineNo = ++out.lines;
    if (end > start && bytes[end - 1] === CR) end--;
    let i = start;
    while (i < end && (bytes[i] === 32 || bytes[i] === 9)) i++;
    if (i === end) {
      out.blank++;
      return;
    }
    if (bytes[i] === 35 || bytes[i] === 37) {
      out.comments++;
      return;
    }
    let tokens = 0;
    let s0 = 0;
    let e0 = 0;
    let s1 = 0;
    let e1 = 0;
    while (i < end) {
      while (i < end && isSeparator(bytes[i]!)) i++;
      if (i === end) break;
      const s = i;
      while (i < end && !isSeparator(bytes[i]!)) i++;
      if (tokens === 0) [s0, e0] = [s, i];
      else if (tokens === 1) [s1, e1] = [s, i];
      tokens++;
    }
    if (tokens < 2) {
      const shown =
        tokens === 0 ? 'none' : `one (${JSON.stringify(decoder.decode(bytes.subarray(start, end)).slice(0, 60))})`;
      const reason = `expected two node keys, found ${shown}`;
      if (options.invalidLines === 'skip') out.skipped.push({ line: lineNo, reason });
      else out.stop = { kind: 'invalid', line: lineNo, reason };
      return;
    }
    const a = intToken(bytes, s0, e0);
    const b = intToken(bytes, s1, e1);
    if (a < 0 || b < 0) {
      out.stop = { kind: 'string-key', line: lineNo, reason: 'a node key that is not an integer' };
      return;
    }
    if (tokens > 2) out.extraColumns++;
    src.reserve(1);
    dst.reserve(1);
    src.data[src.length++] = a;
    dst.data[dst.length++] = b;
    out.edges++;
  };

  return {
    consume(bytes, limit) {
      if (out.stop !== null) return false;
      let p = 0;
      while (p < limit) {
        if (fast === undefined) fast = createIntLineParser(limit, options.heap ?? null);
        if (fast !== null) {
          const r = fast(bytes, p, limit, src, dst);
          out.lines += r.lines;
          out.edges += r.lines;
          out.extraColumns += r.extras;
          p = r.p;
          if (p >= limit) break;
        }
        const nl = bytes.indexOf(NL, p);
        line(bytes, p, nl);
        if (out.stop !== null) return false;
        p = nl + 1;
      }
      return true;
    },
    result() {
      out.sources = src.view();
      out.targets = dst.view();
      return out;
    },
  };
}
