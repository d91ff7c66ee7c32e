// Character data and attribute values of XML text as a parser hands them on: the five predefined
// entities and character references decoded, line ends normalised (XML 1.0 §2.11), an attribute
// value's tabs and line ends read as spaces (§3.3.3). Entities declared in a DOCTYPE are never
// expanded: a reference to one is refused, which is what defuses "billion laughs" and XXE.

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ATTRIBUTE_BREAKS = /\r\n?|[\n\t]/g;
const NEEDS_WORK = /[\t\n\r]/;

/** CR LF and a lone CR read as LF (XML 1.0 §2.11). */
export function normaliseLineEnds(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/**
 * Decodes the raw text of character data or of an attribute value.
 *
 * @param raw - the text as it stands in the document.
 * @param offset - where `raw` starts in the document, for errors.
 * @param attribute - whether `raw` is an attribute value (tabs and line ends become spaces).
 * @param fail - throws a ParseError at an offset of the document.
 * @returns the decoded text.
 * @throws through `fail`: a reference to an undeclared or DOCTYPE entity, a character reference
 * past U+10FFFF or malformed, an `&` starting no reference.
 * @remarks Time O(length of `raw`).
 */
export function decodeXml(
  raw: string,
  offset: number,
  attribute: boolean,
  fail: (reason: string, offset: number) => never,
): string {
  const s = attribute ? (NEEDS_WORK.test(raw) ? raw.replace(ATTRIBUTE_BREAKS, ' ') : raw) : normaliseLineEnds(raw);
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const parts: string[] = [];
  let from = 0;
  // positions in `s` shift from `raw` only where \r\n became one character: errors search `raw`
  while (amp >= 0) {
    parts.push(s.slice(from, amp));
    const semi = s.indexOf(';', amp + 1);
    const ref = semi < 0 ? '' : s.slice(amp + 1, semi);
    let char: string | undefined;
    if (ref.charCodeAt(0) === 0x23 /* # */) {
      const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref)
        ? Number.parseInt(ref.slice(2), 16)
        : /^#[0-9]{1,7}$/.test(ref)
          ? Number(ref.slice(1))
          : -1;
      if (code < 0 || code > 0x10ffff)
        fail(`malformed XML: &${ref}; is not a character reference`, offset + raw.indexOf(`&${ref}`));
      char = String.fromCodePoint(code);
    } else if (/^[A-Za-z_][\w.-]*$/.test(ref)) {
      char = NAMED[ref];
      if (char === undefined)
        fail(
          `malformed XML: &${ref};: entities declared in a DOCTYPE are not read (no expansion, no external file)`,
          offset + raw.indexOf(`&${ref};`),
        );
    } else
      fail('malformed XML: "&" starts no entity or character reference (write &amp;)', offset + rawAmp(raw, s, amp));
    parts.push(char);
    from = semi + 1;
    amp = s.indexOf('&', from);
  }
  parts.push(s.slice(from));
  return parts.join('');
}

// The offset in `raw` of the `n`th `&` of `s` (the same count: normalising never adds or drops one).
function rawAmp(raw: string, s: string, amp: number): number {
  let count = 0;
  for (let k = s.indexOf('&'); k >= 0 && k < amp; k = s.indexOf('&', k + 1)) count++;
  let k = raw.indexOf('&');
  while (count-- > 0) k = raw.indexOf('&', k + 1);
  return k;
}
