// XML elements over the pull tokenizer (xml-tokens.ts), for readers that walk a document element by
// element: namespace declarations kept in scope, an element's local name when it is in the
// document's namespace (the root's, whatever its prefix), its attributes by name, its text, and
// skipping what a reader does not read.

import { XML_END, XML_START, XML_TEXT, type XmlAt, XmlTokens } from './xml-tokens.js';

/** The elements of one XML text, read in document order. */
export class XmlElements {
  /** The tokens underneath (name, attributes, offset of the last one). */
  readonly tokens: XmlTokens;
  /** The namespace of the document's elements (the root's); `''` for none. */
  namespace = '';
  private readonly scopes: { depth: number; prefix: string; uri: string }[] = [];
  private depth = 0;

  constructor(
    text: string,
    readonly at: XmlAt,
    maxDepth: number,
  ) {
    this.tokens = new XmlTokens(text, at, maxDepth);
  }

  /** Takes the namespace of the root element just read as the document's. */
  rootNamespace(): void {
    const name = this.tokens.name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    for (const scope of this.scopes) if (scope.prefix === prefix) this.namespace = scope.uri;
  }

  /** Throws a ParseError at an offset of the text. */
  readonly fail: (reason: string, offset: number) => never = (reason, offset) => this.tokens.fail(reason, offset);

  /** The value of an attribute of the last start tag. */
  attribute(name: string): string | undefined {
    const a = this.tokens.attributes;
    for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
    return undefined;
  }

  /** The next token, with namespace scopes kept: XML_START, XML_END or XML_TEXT. */
  next(): number {
    const kind = this.tokens.next();
    if (kind === XML_START) {
      this.depth++;
      const a = this.tokens.attributes;
      for (let i = 0; i < a.length; i += 2) {
        const name = a[i]!;
        if (name === 'xmlns' || name.startsWith('xmlns:'))
          this.scopes.push({ depth: this.depth, prefix: name.slice(6), uri: a[i + 1]! });
      }
    } else if (kind === XML_END) {
      while (this.scopes.length > 0 && this.scopes.at(-1)!.depth === this.depth) this.scopes.pop();
      this.depth--;
    }
    return kind;
  }

  /** The local name of the last start tag when it is in the document's namespace, else null. */
  local(): string | null {
    const name = this.tokens.name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    let uri = '';
    for (let i = this.scopes.length - 1; i >= 0; i--)
      if (this.scopes[i]!.prefix === prefix) {
        uri = this.scopes[i]!.uri;
        break;
      }
    if (colon >= 0 && uri === '') return null;
    return uri === this.namespace ? name.slice(colon + 1) : null;
  }

  /** Consumes the rest of the element whose start tag was just read. */
  skip(): void {
    for (let open = 1; open > 0; ) {
      const kind = this.next();
      if (kind === XML_START) open++;
      else if (kind === XML_END) open--;
    }
  }

  /**
   * The text inside the element just opened (its descendants' included); with `label`, also the
   * text of its first descendant named `NodeLabel` in any namespace (yEd's node label).
   */
  content(label = false): { text: string; label: string | undefined } {
    const wanted = this.tokens.wantText;
    this.tokens.wantText = true;
    let text = '';
    let labelText: string | undefined;
    let labelDepth = 0;
    for (let open = 1; open > 0; ) {
      const kind = this.next();
      if (kind === XML_TEXT) {
        text += this.tokens.value;
        if (labelDepth > 0) labelText += this.tokens.value;
      } else if (kind === XML_START) {
        open++;
        if (labelDepth > 0) labelDepth++;
        else if (label && labelText === undefined && this.tokens.name.split(':').at(-1) === 'NodeLabel') {
          labelDepth = 1;
          labelText = '';
        }
      } else if (kind === XML_END) {
        open--;
        if (labelDepth > 0) labelDepth--;
      }
    }
    this.tokens.wantText = wanted;
    return { text, label: labelText };
  }
}
