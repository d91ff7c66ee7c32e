// A linear pre-scan of XML text that refuses documents nested deeper than a limit before any DOM is
// built (10⁶ nested elements cost the DOM parser seconds and gigabytes). It follows tags, comments,
// CDATA, processing instructions and quoted attribute values; anything malformed is left to the
// parser, which names it.

import { ParseError } from '../errors.js';

/** Default largest element nesting the XML readers accept (GEXF and GraphML need about 6). */
export const MAX_XML_DEPTH = 256;

/**
 * Throws when the elements of an XML text nest deeper than `maxDepth`.
 *
 * @param text - the XML text.
 * @param maxDepth - the largest depth allowed.
 * @param at - `where` and `source` for the error.
 * @throws ParseError naming the line of the first element past the limit.
 * @remarks Time O(length of the text), no allocation per element.
 */
export function assertXmlDepth(text: string, maxDepth: number, at: { where: string; source?: string }): void {
  let depth = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    const next = text.charCodeAt(i + 1);
    let end: number;
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', i)) end = close(text, '-->', i + 4);
      else if (text.startsWith('<![CDATA[', i)) end = close(text, ']]>', i + 9);
      else end = tagEnd(text, i + 2);
    } else if (next === 0x3f /* ? */) end = close(text, '?>', i + 2);
    else if (next === 0x2f /* / */) {
      depth--;
      end = tagEnd(text, i + 2);
    } else {
      end = tagEnd(text, i + 1);
      if (end < 0 || text.charCodeAt(end - 2) !== 0x2f) {
        if (++depth > maxDepth) {
          let line = 1;
          for (let k = text.indexOf('\n'); k >= 0 && k < i; k = text.indexOf('\n', k + 1)) line++;
          throw new ParseError(at.where, `elements nest deeper than ${maxDepth} levels (the \`maxDepth\` limit)`, {
            ...(at.source === undefined ? {} : { source: at.source }),
            line,
          });
        }
      }
    }
    if (end < 0) return; // unterminated: the parser reports it
    i = text.indexOf('<', end);
  }
}

// Index just past `marker` (searched from `from`), or -1.
function close(text: string, marker: string, from: number): number {
  const k = text.indexOf(marker, from);
  return k < 0 ? -1 : k + marker.length;
}

// Index just past the `>` ending a tag, skipping quoted attribute values, or -1.
function tagEnd(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3e) return k + 1;
    if (c === 0x22 || c === 0x27) {
      k = text.indexOf(c === 0x22 ? '"' : "'", k + 1);
      if (k < 0) return -1;
    }
  }
  return -1;
}
