// A pull tokenizer over XML text for the GraphML reader: start tags (name, attributes), end tags,
// character data (entities and character references decoded, CDATA kept, line ends normalised as
// XML 1.0 says); comments, processing instructions and the DOCTYPE skipped (its entities are never
// expanded). Errors carry the offset's line and column, counted only when one is thrown.

import { ParseError } from '../errors.js';
import { decodeXml, normaliseLineEnds } from './xml-references.js';

/** Token kinds returned by `XmlTokens.next`. */
export const XML_DONE = 0;
export const XML_START = 1;
export const XML_END = 2;
export const XML_TEXT = 3;

const WHITE_ONLY = /^[ \t\r\n]*$/;

/** Where errors point: the public function and the file. */
export interface XmlAt {
  where: string;
  source?: string;
}

/** The XML tokens of one text, read one at a time (no tree is built). */
export class XmlTokens {
  /** The qualified name of the last start or end tag. */
  name = '';
  /** The attributes of the last start tag, as `[name, value, name, value…]`. */
  attributes: string[] = [];
  /** The decoded text of the last text token. */
  value = '';
  /** The offset of the last token's first character. */
  start = 0;
  /** When false, character data is checked but not returned (skipped parts of the document). */
  wantText = false;
  private pos = 0;
  private depth = 0;
  private readonly open: string[] = [];
  private readonly opened: number[] = [];
  private pendingEnd = false;
  private rootDone = false;

  constructor(
    private readonly text: string,
    private readonly at: XmlAt,
    private readonly maxDepth: number,
  ) {
    if (text.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Throws a ParseError for the text at `offset` (`column: false` names the line only). */
  fail(reason: string, offset: number, column = true): never {
    let line = 1;
    let lineStart = 0;
    for (let k = this.text.indexOf('\n'); k >= 0 && k < offset; k = this.text.indexOf('\n', k + 1)) {
      line++;
      lineStart = k + 1;
    }
    throw new ParseError(this.at.where, reason, {
      ...(this.at.source === undefined ? {} : { source: this.at.source }),
      line,
      ...(column ? { column: offset - lineStart + 1 } : {}),
    });
  }

  /** Reads the next token: `XML_START`, `XML_END`, `XML_TEXT`, or `XML_DONE` at the end of the text. */
  next(): number {
    const text = this.text;
    if (this.pendingEnd) {
      this.pendingEnd = false;
      this.close();
      return XML_END;
    }
    for (;;) {
      const pos = this.pos;
      this.start = pos;
      if (pos >= text.length) {
        if (this.depth > 0) this.fail(`malformed XML: <${this.open.at(-1)}> is never closed`, this.opened.at(-1)!);
        if (!this.rootDone) this.fail('malformed XML: no root element', pos);
        return XML_DONE;
      }
      if (text.charCodeAt(pos) !== 0x3c /* < */) {
        const lt = text.indexOf('<', pos);
        const end = lt < 0 ? text.length : lt;
        this.pos = end;
        if (this.depth === 0) {
          if (!WHITE_ONLY.test(text.slice(pos, end))) this.fail('malformed XML: text outside the root element', pos);
          continue;
        }
        if (this.wantText) {
          this.value = this.decode(text.slice(pos, end), pos, false);
          return XML_TEXT;
        }
        // checked, not kept (an indexOf for '&' would run to the end of the text: quadratic)
        for (let k = pos; k < end; k++)
          if (text.charCodeAt(k) === 0x26 /* & */) {
            this.decode(text.slice(pos, end), pos, false);
            break;
          }
        continue;
      }
      const c1 = text.charCodeAt(pos + 1);
      if (c1 === 0x2f /* / */) return this.endTag(pos);
      if (c1 === 0x3f /* ? */) {
        this.pos = this.after('?>', pos + 2, 'a processing instruction is never closed', pos);
        continue;
      }
      if (c1 === 0x21 /* ! */) {
        if (text.startsWith('<!--', pos)) {
          this.pos = this.after('-->', pos + 4, 'a comment is never closed', pos);
          continue;
        }
        if (text.startsWith('<![CDATA[', pos)) {
          if (this.depth === 0) this.fail('malformed XML: CDATA outside the root element', pos);
          this.pos = this.after(']]>', pos + 9, 'a CDATA section is never closed', pos);
          if (!this.wantText) continue;
          this.value = normaliseLineEnds(text.slice(pos + 9, this.pos - 3));
          return XML_TEXT;
        }
        if (text.startsWith('<!DOCTYPE', pos) && this.depth === 0 && !this.rootDone) {
          this.pos = this.doctypeEnd(pos);
          continue;
        }
        this.fail('malformed XML: unexpected "<!"', pos);
      }
      return this.startTag(pos);
    }
  }

  private close(): void {
    this.depth--;
    this.open.pop();
    this.opened.pop();
    if (this.depth === 0) this.rootDone = true;
  }

  private after(marker: string, from: number, reason: string, start: number): number {
    const k = this.text.indexOf(marker, from);
    if (k < 0) this.fail(`malformed XML: ${reason}`, start);
    return k + marker.length;
  }

  // `<!DOCTYPE root [ …internal subset… ]>`: quoted strings and comments may hold `]` and `>`.
  private doctypeEnd(from: number): number {
    const text = this.text;
    let bracket = false;
    for (let k = from + 9; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x22 || c === 0x27) {
        k = text.indexOf(c === 0x22 ? '"' : "'", k + 1);
        if (k < 0) break;
      } else if (c === 0x3c && text.startsWith('<!--', k)) {
        k = text.indexOf('-->', k + 4);
        if (k < 0) break;
        k += 2;
      } else if (c === 0x5b) bracket = true;
      else if (c === 0x5d) bracket = false;
      else if (c === 0x3e && !bracket) return k + 1;
    }
    return this.fail('malformed XML: the DOCTYPE is never closed', from);
  }

  private endTag(pos: number): number {
    const text = this.text;
    const gt = text.indexOf('>', pos + 2);
    if (gt < 0) this.fail('malformed XML: an end tag is never closed', pos);
    const name = text.slice(pos + 2, gt).trimEnd();
    if (this.depth === 0) this.fail(`malformed XML: </${name}> closes no element`, pos);
    const expected = this.open.at(-1)!;
    if (name !== expected) this.fail(`malformed XML: </${name}> closes <${expected}>`, pos);
    this.name = name;
    this.pos = gt + 1;
    this.close();
    return XML_END;
  }

  private startTag(pos: number): number {
    const text = this.text;
    if (this.rootDone) this.fail('malformed XML: a second root element', pos);
    let k = pos + 1;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c <= 0x20 || c === 0x3e || c === 0x2f) break;
    }
    const name = text.slice(pos + 1, k);
    if (name === '' || /[<="'&]/.test(name)) this.fail('malformed XML: a tag without a name', pos);
    const attributes: string[] = [];
    for (;;) {
      while (k < text.length && text.charCodeAt(k) <= 0x20) k++;
      if (k >= text.length) this.fail(`malformed XML: <${name}> is never closed`, pos);
      const c = text.charCodeAt(k);
      if (c === 0x3e) {
        k++;
        break;
      }
      if (c === 0x2f) {
        if (text.charCodeAt(k + 1) !== 0x3e) this.fail(`malformed XML: "/" inside <${name}>`, k);
        this.pendingEnd = true;
        k += 2;
        break;
      }
      const nameStart = k;
      while (k < text.length) {
        const d = text.charCodeAt(k);
        if (d <= 0x20 || d === 0x3d || d === 0x3e || d === 0x2f || d === 0x22 || d === 0x27) break;
        k++;
      }
      const attribute = text.slice(nameStart, k);
      while (k < text.length && text.charCodeAt(k) <= 0x20) k++;
      if (attribute === '' || text.charCodeAt(k) !== 0x3d)
        this.fail(`malformed XML: an attribute of <${name}> without "=value"`, nameStart);
      k++;
      while (k < text.length && text.charCodeAt(k) <= 0x20) k++;
      const quote = text.charCodeAt(k);
      if (quote !== 0x22 && quote !== 0x27)
        this.fail(`malformed XML: the value of ${attribute} is not quoted`, nameStart);
      const close = text.indexOf(quote === 0x22 ? '"' : "'", k + 1);
      if (close < 0) this.fail(`malformed XML: the value of ${attribute} is never closed`, nameStart);
      for (let a = 0; a < attributes.length; a += 2)
        if (attributes[a] === attribute) this.fail(`malformed XML: attribute ${attribute} repeated`, nameStart);
      attributes.push(attribute, this.decode(text.slice(k + 1, close), k + 1, true));
      k = close + 1;
    }
    this.pos = k;
    this.name = name;
    this.attributes = attributes;
    this.depth++;
    this.open.push(name);
    this.opened.push(pos);
    if (this.depth > this.maxDepth)
      this.fail(`elements nest deeper than ${this.maxDepth} levels (the \`maxDepth\` limit)`, pos, false);
    return XML_START;
  }

  private decode(raw: string, offset: number, attribute: boolean): string {
    return decodeXml(raw, offset, attribute, this.failAt);
  }

  private readonly failAt = (reason: string, offset: number): never => this.fail(reason, offset);
}
