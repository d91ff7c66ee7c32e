// Content sniffing for format detection: the root element of an XML document past any prolog
// (declaration, comments, processing instructions, DOCTYPE — however long), and the kinds of
// files that are certainly not graphs handshakes reads (archives, documents, images, binary data,
// graph formats of other tools: DOT, GML, Pajek, GDF, UCINET DL), named so the refusal can say what
// the file looks like.

/**
 * The name of an XML document's root element, skipping the prolog.
 *
 * @param text - the start of the document (or all of it).
 * @returns the root name (`gexf`, `graphml`…), `undefined` when the prolog runs past the end of
 * `text` (read more), or `null` when the text is not XML.
 * @remarks Time O(length of the prolog).
 * @example
 * xmlRootName('<?xml version="1.0"?><!-- long comment --><gexf version="1.2">'); // 'gexf'
 */
export function xmlRootName(text: string): string | null | undefined {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) return undefined;
    if (text[i] !== '<') return null;
    const skip = text.startsWith('<!--', i)
      ? '-->'
      : text.startsWith('<?', i)
        ? '?>'
        : text.startsWith('<!', i)
          ? '>'
          : null;
    if (skip === null) {
      const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
      return m ? m[1]!.replace(/^.*:/, '').toLowerCase() : null;
    }
    // a DOCTYPE may hold an internal subset in brackets: it ends at `]>`, two characters
    const subset = skip === '>' && text.indexOf('[', i) >= 0 && text.indexOf('[', i) < text.indexOf('>', i);
    const close = subset ? ']>' : skip;
    const end = text.indexOf(close, i + 2);
    if (end < 0) return undefined;
    i = end + close.length;
  }
}

const MAGIC: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.xls/.doc)'],
  [[0x42, 0x5a, 0x68], 'a bzip2 file'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'an xz file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

// Other tools' graph formats, by their first lines (after their own comments): each would be read
// as an edge list of junk (`digraph G { a -> b }` gave one edge, digraph–G), or fail on a line
// without naming the format. A DOT graph needs its `{`, a GML one its `graph [`.
const OTHER_FORMATS: [RegExp, string][] = [
  [
    /^(?:(?:\/\/[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\/)\s*)*(?:strict\s+)?(?:di)?graph\s*(?:"(?:[^"\\]|\\.)*"|[\w.]+)?\s*\{/i,
    'a Graphviz DOT file (networkx or igraph can read it and write GraphML)',
  ],
  [
    /^(?:(?:#[^\n]*|[A-Za-z]\w*[ \t]+(?:"[^"\n]*"|\S+))\s*\n\s*){0,8}graph\s*\[\s/,
    'a GML file (networkx.read_gml or igraph can convert it to GraphML)',
  ],
  [
    /^(?:%[^\n]*\n\s*)*\*(?:vertices|network|arcs|edges|arcslist|edgeslist|matrix)\b/i,
    'a Pajek .net file (networkx.read_pajek or igraph can convert it to GraphML)',
  ],
  [/^nodedef>/i, 'a GDF file (Gephi can open it and export GEXF)'],
  [/^dl\s+n\s*=/i, 'a UCINET DL file (networkx or igraph can convert it to GraphML)'],
];

/**
 * Names what a file is when it is certainly not a graph in any format handshakes reads.
 *
 * @param head - the first bytes of the file (after gzip inflation).
 * @param text - the same bytes decoded.
 * @returns `'a zip archive'`, `'a PDF document'`, `'an HTML page'`, `'a Graphviz DOT file (…)'`,
 * `'binary data'`…, or `null`.
 * @remarks Time O(length of `head`).
 */
export function notAGraph(head: Uint8Array, text: string): string | null {
  for (const [magic, what] of MAGIC) if (magic.every((b, i) => head[i] === b)) return what;
  if (/^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return 'an HTML page';
  const start = text.trimStart().slice(0, 4096);
  for (const [pattern, what] of OTHER_FORMATS) if (pattern.test(start)) return what;
  // Control characters mark binary data; U+FFFD alone is more likely text in another encoding
  // (Latin-1 names: one in four characters of "Hélène Gérard"), which the parsers name by line.
  let control = 0;
  let replaced = 0;
  const n = Math.min(text.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) control++;
    else if (c === 0xfffd) replaced++;
  }
  return n > 0 && (control > n / 20 || replaced > n / 3) ? 'binary data' : null;
}
