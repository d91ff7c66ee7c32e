// Byte-level token helpers of the edge-list parser: separators, canonical int32 tokens, header
// words. A token is canonical when it is a non-negative decimal without sign or leading zero and
// fits an int32; only those take the integer key modes (so '01' and '1' stay different keys).

export const NL = 10;
export const CR = 13;
export const QUOTE = 34;
export const INT32_MAX = 2147483647;
const HEADER_WORDS = new Set([
  'source',
  'target',
  'from',
  'to',
  'src',
  'dst',
  'u',
  'v',
  'node1',
  'node2',
  'id1',
  'id2',
  'fromnodeid',
  'tonodeid',
  'head',
  'tail',
]);

/** Space, tab, comma or semicolon. */
export function isSeparator(c: number): boolean {
  return c === 32 || c === 9 || c === 44 || c === 59;
}

/** The value of a canonical non-negative int32 token (no sign, no leading zero), else -1. */
export function intToken(bytes: Uint8Array, start: number, end: number): number {
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

/** `true` for a canonical int32 token given as a string. */
export const isIntString = (t: string): boolean => /^(0|[1-9][0-9]{0,9})$/.test(t) && Number(t) <= INT32_MAX;

/** `true` when both first tokens are usual column names (`source,target`, `from to`, …). */
export const looksLikeHeader = (a: string, b: string): boolean =>
  [a, b].every((t) => HEADER_WORDS.has(t.toLowerCase().replace(/[^a-z0-9]/g, '')));

/** `true` for a token written as a number of any kind (`-1`, `1.5`, `007`, `1e3`, `4294967296`). */
export const looksNumeric = (t: string): boolean => /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t);
