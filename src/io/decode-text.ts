// Turns the bytes of a text file into a string: UTF-8 with or without BOM, UTF-16 LE or BE with a
// BOM, or without one (detected from where the zero bytes fall, as in ASCII-range text). Browser-safe:
// TextDecoder only. Invalid UTF-8 becomes U+FFFD rather than an exception (the parsers then report it).

/** The encodings `decodeText` recognises. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** A decoded text and what it was. */
export interface DecodedText {
  /** The text, without its byte-order mark. */
  text: string;
  /** The detected encoding. */
  encoding: TextEncodingName;
  /** Whether the input started with a byte-order mark. */
  bom: boolean;
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
    return { text: bom ? input.slice(1) : input, encoding: 'utf-8', bom };
  }
  const { encoding, bom } = sniff(input);
  // TextDecoder strips the BOM itself (ignoreBOM: false)
  const text = new TextDecoder(encoding).decode(input);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom };
}
