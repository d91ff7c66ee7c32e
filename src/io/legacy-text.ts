// The two single-byte encodings spreadsheets still save "CSV" and text in: Windows-1252 (Excel on
// Windows) and MacRoman (Excel and TextEdit on older Macs). Both map every byte to one UTF-16 unit,
// so character k is byte k. Which one a file is in shows in its names: each reading's non-ASCII
// characters are judged by the letters around them ("René" in Windows-1252 is "RenÈ" in MacRoman).

// 0x80–0x9F of Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined; kept as C1 controls); the
// rest is Latin-1. Decoded by hand: Node 20's TextDecoder('windows-1252') reads Latin-1.
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
// 0x80–0xFF of MacRoman (0xF0 is Apple's logo, in the private use area).
const HIGH_MAC =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Bytes Windows-1252 leaves undefined: a file holding one is not Windows-1252. */
export const isUndefined1252 = (b: number): boolean =>
  b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d;

/**
 * Decodes Windows-1252 or MacRoman bytes.
 *
 * @param bytes - the bytes.
 * @param encoding - `'windows-1252'` or `'macintosh'`.
 * @returns the text, one character per byte.
 * @remarks Time O(b) for b bytes.
 * @example
 * decodeLegacy(new Uint8Array([0x52, 0x65, 0x6e, 0xe9]), 'windows-1252'); // 'René'
 */
export function decodeLegacy(bytes: Uint8Array, encoding: 'windows-1252' | 'macintosh'): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, 1 << 15));
  for (let at = 0; at < bytes.length; at += codes.length) {
    const n = Math.min(codes.length, bytes.length - at);
    for (let i = 0; i < n; i++) {
      const b = bytes[at + i]!;
      codes[i] =
        b < 0x80
          ? b
          : encoding === 'macintosh'
            ? HIGH_MAC.charCodeAt(b - 0x80)
            : b < 0xa0
              ? HIGH_1252.charCodeAt(b - 0x80)
              : b;
    }
    parts.push(String.fromCharCode(...codes.subarray(0, n)));
  }
  return parts.join('');
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
// Marks found inside names in either encoding: apostrophes (O’Brien), dashes; a middle dot by an l (l·l).
const NAME_MARKS = new Set(['’', '‘', '´', '`', '–', '—', '\u00a0']);

/**
 * Counts the characters from bytes 0x80–0xFF that read badly where they stand: an uppercase
 * letter after a lowercase one ("RenÈ") or between an uppercase and a lowercase one ("JŸrgen"), a
 * lowercase one before an uppercase one ("OíBrien") or after two uppercase ones ("RENƒ"), a
 * symbol between two letters ("J¸rgen").
 *
 * @param bytes - the bytes of one name (or line).
 * @param text - their reading in one encoding (character k from byte k).
 * @returns the number of odd characters.
 * @remarks Time O(b).
 * @example
 * oddCharacters(bytes, 'RenÈ'); // 1 (the È, from byte 0xE9)
 */
export function oddCharacters(bytes: Uint8Array, text: string): number {
  let odd = 0;
  for (let k = 0; k < bytes.length; k++) {
    if (bytes[k]! < 0x80) continue;
    const c = text[k]!;
    const prev = text[k - 1] ?? '';
    const next = text[k + 1] ?? '';
    if (LETTER.test(c)) {
      const upper = UPPER.test(c);
      // an uppercase letter inside a lowercase word ("RenÈ", "JŸrgen"); a lowercase one before an
      // uppercase letter ("OíBrien") or inside an uppercase word ("RENƒ")
      if (
        upper
          ? LOWER.test(prev) || (UPPER.test(prev) && LOWER.test(next))
          : UPPER.test(next) || (UPPER.test(prev) && UPPER.test(text[k - 2] ?? ''))
      )
        odd++;
    } else if (LETTER.test(prev) && LETTER.test(next) && !(NAME_MARKS.has(c) || (c === '·' && /l/i.test(prev + next))))
      odd++;
  }
  return odd;
}

/** Which single-byte encoding the names of a file show, from their odd characters in each. */
export type LegacyVerdict = 'windows-1252' | 'macintosh' | 'ambiguous';

/**
 * Weighs the odd characters of the two readings: one encoding wins when the other reads at least
 * four times as many characters badly (and at least one); else nothing in the file tells.
 *
 * @param odd1252 - odd characters read as Windows-1252.
 * @param oddMac - odd characters read as MacRoman.
 * @returns the verdict.
 * @remarks Time O(1).
 * @example
 * legacyVerdict(0, 3); // 'windows-1252'
 */
export function legacyVerdict(odd1252: number, oddMac: number): LegacyVerdict {
  if (odd1252 * 4 < oddMac) return 'windows-1252';
  if (oddMac * 4 < odd1252) return 'macintosh';
  return 'ambiguous';
}
