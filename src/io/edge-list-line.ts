// The edge-list parser's general path splits a line into tokens: separators are spaces, tabs,
// commas and semicolons; a token opening with a double quote runs to its closing quote (`""`
// standing for one quote inside) and must end there. Only the first two tokens' bounds are kept.

import { QUOTE, isSeparator } from './edge-list-tokens.js';

/** The first two tokens of a line (bounds, and whether quoted: then the bounds exclude the quotes). */
export interface LineTokens {
  /** Tokens on the line. */
  count: number;
  s0: number;
  e0: number;
  quoted0: boolean;
  s1: number;
  e1: number;
  quoted1: boolean;
}

/** An empty `LineTokens`, to be filled by `splitLine` line after line. */
export const lineTokens = (): LineTokens => ({ count: 0, s0: 0, e0: 0, quoted0: false, s1: 0, e1: 0, quoted1: false });

/**
 * Splits `bytes[i … end)` (a line without its end, past leading blanks) into tokens.
 *
 * @param bytes - the input.
 * @param i - where the first token may start.
 * @param end - the end of the line.
 * @param out - receives the token count and the first two tokens.
 * @returns null, or why the line is malformed (a quote without its closing quote, text after it).
 * @remarks Time O(end − i).
 * @example
 * const t = lineTokens();
 * splitLine(new TextEncoder().encode('"a b",c'), 0, 7, t); // null; t.count === 2, t.quoted0
 */
export function splitLine(bytes: Uint8Array, i: number, end: number, out: LineTokens): string | null {
  out.count = 0;
  out.quoted0 = out.quoted1 = false;
  while (i < end) {
    while (i < end && isSeparator(bytes[i]!)) i++;
    if (i === end) break;
    let s = i;
    let e: number;
    const quoted = bytes[i] === QUOTE;
    if (quoted) {
      // a CSV-quoted key (spreadsheets quote names with spaces, commas or quotes): up to the
      // closing quote, `""` standing for one quote; it must end the token
      let j = i + 1;
      while (j < end && !(bytes[j] === QUOTE && (j + 1 >= end || bytes[j + 1] !== QUOTE)))
        j += bytes[j] === QUOTE ? 2 : 1;
      if (j >= end) return 'a quoted key has no closing quote';
      if (j + 1 < end && !isSeparator(bytes[j + 1]!)) return 'text after the closing quote of a key';
      s = i + 1;
      e = j;
      i = j + 1;
    } else {
      while (i < end && !isSeparator(bytes[i]!)) i++;
      e = i;
    }
    if (out.count === 0) {
      out.s0 = s;
      out.e0 = e;
      out.quoted0 = quoted;
    } else if (out.count === 1) {
      out.s1 = s;
      out.e1 = e;
      out.quoted1 = quoted;
    }
    out.count++;
  }
  return null;
}
