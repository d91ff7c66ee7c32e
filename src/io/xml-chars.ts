// XML 1.0 allows tab, line feed, carriage return and U+0020 on (minus lone surrogates, U+FFFE and
// U+FFFF); no escape can carry the rest, so standard parsers reject a file holding NUL, ESC or BEL.
// Writers map each C0 control to its visible Control Pictures sign (U+2400 + code: NUL → ␀,
// ESC → ␛), which keeps distinct names distinct, and the other illegal units to U+FFFD.

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces the characters XML 1.0 cannot hold: C0 controls by their Control Pictures sign, lone
 * surrogates, U+FFFE and U+FFFF by U+FFFD.
 *
 * @param text - any text (a whole document, or one name).
 * @returns text every XML parser accepts; the same string when nothing needed replacing.
 * @remarks Time O(length of the text).
 * @example
 * xmlLegal('a\u0000b'); // 'a␀b'
 */
export function xmlLegal(text: string): string {
  ILLEGAL.lastIndex = 0;
  if (!ILLEGAL.test(text)) return text;
  return text.replace(ILLEGAL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : '\uFFFD';
  });
}
