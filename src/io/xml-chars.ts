// XML 1.0 allows tab, line feed, carriage return and U+0020 on (minus lone surrogates, U+FFFE and
// U+FFFF); no escape can carry the rest (`&#0;` is refused too). Replacing them would merge
// distinct names (`a\0` and `a␀`) into one and give a different graph back without a word, so the
// XML writers refuse such a key, name or value, naming it and the formats that carry it.

import { InvalidArgumentError } from '../errors.js';

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const LONE = /[\uD800-\uDFFF]/;

// The formats that carry the text: .json any string; .hsg any key but a lone surrogate; an edge
// list any key but a NUL, a line feed or a lone surrogate (edge-key-cell.ts).
function carriers(what: string, char: string): string {
  if (!what.endsWith(' key') || LONE.test(char)) return '.json';
  return char === '\0' ? '.json or .hsg' : '.json, .hsg or an edge list (.csv)';
}

/**
 * Refuses a text an XML 1.0 document cannot hold (a C0 control other than tab, line feed and
 * carriage return; a lone surrogate; U+FFFE; U+FFFF).
 *
 * @param where - the public function, for the error.
 * @param what - what the text is: `node key`, `edge key`, `node attribute name`…
 * @param text - the text.
 * @returns the same text.
 * @throws InvalidArgumentError naming the text (escaped), the character and the formats that can
 * carry it.
 * @remarks Time O(length of the text).
 * @example
 * xmlText('toGraphml', 'node key', 'Ada'); // 'Ada'
 * xmlText('toGraphml', 'node key', 'a\u0000'); // throws: … U+0000 …
 */
export function xmlText(where: string, what: string, text: string): string {
  const found = ILLEGAL.exec(text);
  if (found === null) return text;
  const code = found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  throw new InvalidArgumentError(
    where,
    'graph',
    `a graph XML can hold: the ${what} ${JSON.stringify(text)} holds U+${code}, which XML 1.0 cannot carry: write ${carriers(what, found[0])} instead`,
    text,
  );
}
