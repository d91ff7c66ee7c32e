// The edge-list parser's JavaScript integer loop: "int sep+ int [sep* …] [CR] NL" lines parsed in
// place into the endpoint buffers, allocating nothing and keeping its state in locals; it stops at
// the first line it cannot take whole (a key like "12x", a leading zero, a lone CR), which the
// general path then reads. The WebAssembly loop (wasm/wasm-int-lines.ts) does the same.

import type { IntBuffer } from './edge-list-keys.js';
import { CR, INT32_MAX, NL, isSeparator } from './edge-list-tokens.js';

/** Where an integer stretch stopped, and what it read. */
export interface IntStretch {
  /** The first byte not parsed: `limit`, or the start of a line for the general path. */
  p: number;
  /** Edge lines read. */
  lines: number;
  /** Of those, lines with more than two columns. */
  extras: number;
}

/**
 * Parses the integer lines of `bytes[p … limit)` (every line ends with NL) into `src` and `dst`.
 *
 * @param bytes - the input.
 * @param p - where the stretch starts (the start of a line).
 * @param limit - the end of the last whole line.
 * @param src - source endpoints, appended to.
 * @param dst - target endpoints, appended to.
 * @returns where it stopped, the lines and the extra-column lines read.
 * @remarks Time O(bytes parsed); no allocation but the buffers' growth.
 * @example
 * const r = jsIntLines(new TextEncoder().encode('0 1\n1 2\n'), 0, 8, new IntBuffer(), new IntBuffer());
 * r.lines; // 2
 */
export function jsIntLines(bytes: Uint8Array, p: number, limit: number, src: IntBuffer, dst: IntBuffer): IntStretch {
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
  return { p, lines, extras };
}
