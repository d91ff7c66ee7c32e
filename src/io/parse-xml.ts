// XML documents for the GEXF and GraphML readers: @xmldom/xmldom (the DOMParser graphology-gexf and
// graphology-graphml use under Node, so no browser DOM is needed), with its warnings and errors
// turned into ParseErrors naming the line and column instead of console output.

import { DOMParser } from '@xmldom/xmldom';
import { ParseError } from '../errors.js';
import { MAX_XML_DEPTH, assertXmlDepth } from './xml-depth.js';

const LOCATION = /@#\[line:(\d+),col:(\d+)\]/;

/**
 * Parses XML text strictly: a malformed document is a ParseError, not a warning.
 *
 * @param text - the XML text.
 * @param root - the expected root element (`gexf`, `graphml`).
 * @param at - `where` and `source` for errors; `maxDepth`, the deepest element nesting accepted
 * (default 256).
 * @returns the document.
 * @throws ParseError naming the source, line and column of the first problem, a wrong root, or
 * nesting past `maxDepth`.
 * @remarks Time O(length of the text).
 */
export function parseXml(
  text: string,
  root: string,
  at: { where: string; source?: string; maxDepth?: number | undefined },
): Document {
  const fail = (reason: string, line?: number, column?: number): never => {
    throw new ParseError(at.where, reason, {
      ...(at.source === undefined ? {} : { source: at.source }),
      ...(line === undefined ? {} : { line }),
      ...(column === undefined ? {} : { column }),
    });
  };
  // xmldom catches what `report` throws inside an element and reports it again, wrapped
  // ("element parse error: ParseError: …"): the first problem is the one thrown.
  let first: unknown;
  const report = (msg: unknown): never => {
    if (first !== undefined) throw first;
    const textMsg = String(msg);
    const m = LOCATION.exec(textMsg);
    const reason =
      textMsg
        .replace(LOCATION, '')
        .replace(/^\[xmldom [a-z]+\]\s*/i, '')
        .replace(
          /^entity not found:\s*(&[^;\s]*;?)/,
          '$1: entities declared in a DOCTYPE are not read (no expansion, no external file)',
        )
        .trim() || 'malformed XML';
    try {
      return fail(
        `malformed XML: ${reason}`,
        m ? Math.max(1, Number(m[1])) : undefined,
        m ? Number(m[2]) || undefined : undefined,
      );
    } catch (error) {
      first = error;
      throw error;
    }
  };
  if (typeof text !== 'string' || text.trim() === '') fail('empty document: expected XML');
  assertXmlDepth(text, at.maxDepth ?? MAX_XML_DEPTH, at);
  const parser = new DOMParser({ locator: {}, errorHandler: { warning: report, error: report, fatalError: report } });
  const document = parser.parseFromString(text, 'application/xml') as unknown as Document;
  const element = document.documentElement;
  const name = element?.localName ?? element?.tagName;
  if (!element || name?.toLowerCase() !== root)
    fail(`expected a <${root}> document, found ${name ? `<${name}>` : 'no element'}`, 1);
  if (document.getElementsByTagName('graph').length === 0) fail(`the <${root}> document has no <graph> element`);
  return document;
}
