// Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 LE or BE with a
// BOM, or without one (detected from where the zero bytes fall, as in ASCII-range text), and
// Windows-1252 (Excel's "CSV" on Windows) when no byte sequence reads as UTF-8 beyond ASCII but some
// fail to. Browser-safe: TextDecoder only. Other invalid bytes become U+FFFD rather than an
// exception, counted in `invalid` with the line of the first one, so the parsers report them (#13:
// nothing changed silently).

import { decodeLegacy } from './legacy-text.js';

/** The encodings `decodeText` recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A decoded text and what it was. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  /** The detected encoding. */
  encoding: TextEncodingName;
  /** Whether the input started with a byte-order mark. */
  bom: boolean;
  /** Byte sequences that are not valid in the encoding, each decoded as U+FFFD. */
  invalid: number;
  /** 1-based line of the first invalid sequence, `null` when there is none. */
  firstInvalidLine: number | null;
}

const SAMPLE = 4096;

function sniff(bytes: Uint8Array): { encoding: TextEncodingName; bom: boolean } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', bom: true };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', bom: true };
  // no BOM: mostly-ASCII UTF-16 has a zero byte in every other position
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (pairs >= 2 && oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return { encoding: 'utf-16le', bom: false };
  if (pairs >= 2 && evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return { encoding: 'utf-16be', bom: false };
  return { encoding: 'utf-8', bom: false };
}

/**
 * Decodes a text file's bytes, detecting UTF-8 (with or without BOM) and UTF-16 LE/BE (with or
 * without BOM). A string is returned as it is, minus a leading BOM.
 *
 * @param input - the bytes, or an already decoded string.
 * @returns the text, the encoding and whether a BOM was present.
 * @remarks Time O(b) for b bytes.
 * @example
 * decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])).text; // 'A'
 */
export function decodeText(input: string | Uint8Array): DecodedText {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom, invalid: 0, firstInvalidLine: null };
  }
  const { encoding, bom } = sniff(input);
  // TextDecoder strips the BOM itself (ignoreBOM: false)
  const decoded = new TextDecoder(encoding).decode(input);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  const replaced = count(text, '\uFFFD');
  if (replaced === 0) return { text, encoding, bom, invalid: 0, firstInvalidLine: null };
  // U+FFFD written in the file is text; only the rest are replaced bytes.
  const written =
    encoding === 'utf-8'
      ? countBytes(input, [0xef, 0xbf, 0xbd])
      : countBytes(input, encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd], 2);
  const invalid = replaced - written;
  if (invalid <= 0) return { text, encoding, bom, invalid: 0, firstInvalidLine: null };
  if (encoding === 'utf-8' && !bom && written === 0 && isWindows1252(input, text))
    return {
      text: decodeLegacy(input, 'windows-1252'),
      encoding: 'windows-1252',
      bom,
      invalid: 0,
      firstInvalidLine: null,
    };
  return {
    text,
    encoding,
    bom,
    invalid,
    firstInvalidLine:
      written === 0
        ? lineAt(text, text.indexOf('\uFFFD'))
        : encoding === 'utf-8'
          ? lineAt(text, firstBadUtf8(input, text))
          : null,
  };
}

// Excel on Windows saves "CSV" in the ANSI code page: "Théo" is 54 68 E9 6F, invalid UTF-8. The
// file is read as Windows-1252 when nothing in it is valid UTF-8 beyond ASCII (a real UTF-8 file
// with one damaged byte keeps its other accents, and the damage is reported) and it holds none of
// the five bytes Windows-1252 leaves undefined.
function isWindows1252(bytes: Uint8Array, utf8: string): boolean {
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8.charCodeAt(i);
    if (c > 0x7f && c !== 0xfffd) return false;
  }
  for (const b of bytes) if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return false;
  return true;
}

function count(text: string, c: string): number {
  let n = 0;
  for (let k = text.indexOf(c); k >= 0; k = text.indexOf(c, k + 1)) n++;
  return n;
}

function countBytes(bytes: Uint8Array, seq: readonly number[], step = 1): number {
  let n = 0;
  for (let i = 0; i + seq.length <= bytes.length; i += step) if (seq.every((b, k) => bytes[i + k] === b)) n++;
  return n;
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k >= 0 && k < index; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

// The index in `text` of the first U+FFFD that stands for invalid bytes: decodes the valid prefix.
function firstBadUtf8(bytes: Uint8Array, text: string): number {
  let lo = 0;
  let hi = bytes.length; // the prefix of length lo decodes, of length hi does not
  while (hi - lo > 4) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, lo), { stream: true });
  const at = text.indexOf('\uFFFD', Math.max(0, prefix.length - 1));
  return at < 0 ? text.length : at;
}
