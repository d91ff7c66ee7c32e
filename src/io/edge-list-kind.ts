// What a "line per edge" file really is, judged on its first lines before any is read: an edge
// list, a networkx multiline adjacency list (`node degree`, then that many lines `neighbour {data}`),
// or a plain adjacency list (`node neighbour neighbour …`), whose extra tokens an edge list would
// ignore (a silent wrong graph). Only proof counts: see the two rules below.

import { ParseError } from '../errors.js';

/** What the first lines of a file show it to be. */
export type EdgeListLayout = 'edges' | 'multiline-adjacency' | 'adjacency';

/** The verdict, with the evidence for an adjacency list (1-based lines). */
export interface EdgeListKind {
  /** The layout. */
  layout: EdgeListLayout;
  /** For `adjacency`: why, in words, naming lines. */
  evidence?: string;
  /** For `adjacency`: the line the refusal names. */
  line?: number;
}

/** Lines (comments included) and bytes of the head judged; past either, the rest is read as the head says. */
export const HEAD_LINES = 1000;
export const HEAD_BYTES = 1 << 16;

const COUNT = /^(0|[1-9][0-9]{0,9})$/;
// networkx writes each neighbour's edge data as a Python dict: `{}`, `{'weight': 2}`, `{0: {}}`.
const DATA = /^\{(?:\}|['"0-9].*\})$/;
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+|\d+(?:\.\d*)?[eE][+-]?\d+)$/;

/**
 * Judges the head of a file: a multiline adjacency list when its lines follow that structure and
 * its neighbour lines hold networkx's `{…}` edge data (or stand alone), at least one with data
 * before any line breaks the structure (that line is then refused as such; bare neighbours alone
 * may be a broken edge list, refused by line as before); a plain adjacency list
 * when no node starts two lines and two lines carry different numbers of tokens, both three or
 * more, none a decimal weight (an edge list repeats sources, or has a fixed number of columns).
 *
 * @param text - the head of the file, whole lines.
 * @returns the layout, with the evidence for an adjacency list.
 * @remarks Time O(length of `text`).
 * @example
 * edgeListKind('0 2\n1 {}\n2 {}\n1 0\n2 0\n').layout; // 'multiline-adjacency'
 * edgeListKind('a b c d\nb c d\nc d\nd\n').layout; // 'adjacency'
 */
export function edgeListKind(text: string): EdgeListKind {
  const lines: { no: number; text: string; tokens: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith('#') || line.startsWith('%')) return;
    lines.push({ no: i + 1, text: line, tokens: line.split(/[ \t]+/) });
  });
  if (isMultilineAdjacency(lines)) return { layout: 'multiline-adjacency' };
  if (lines.some((l) => l.text.includes('"'))) return { layout: 'edges' };
  const split = lines.map((l) => ({ ...l, tokens: l.text.split(/[ \t,;]+/) }));
  if (new Set(split.map((l) => l.tokens[0])).size < split.length) return { layout: 'edges' };
  const a = split.find((l) => l.tokens.length >= 3);
  const b = split.find((l) => l.tokens.length >= 3 && l.tokens.length !== a?.tokens.length);
  if (a === undefined || b === undefined || split.some((l) => l.tokens.slice(2).some((t) => DECIMAL.test(t))))
    return { layout: 'edges' };
  return {
    layout: 'adjacency',
    line: a.no,
    evidence: `line ${a.no} has ${a.tokens.length} tokens, line ${b.no} has ${b.tokens.length}, and no node starts two lines`,
  };
}

function isMultilineAdjacency(lines: { text: string; tokens: string[] }[]): boolean {
  let remaining = 0;
  let data = 0;
  for (const { text, tokens } of lines) {
    if (remaining > 0) {
      if (tokens.length > 1) {
        if (!DATA.test(text.slice(tokens[0]!.length).trim())) return data > 0; // a broken one, said so by line
        data++;
      }
      remaining--;
    } else {
      if (tokens.length !== 2 || !COUNT.test(tokens[1]!)) return data > 0;
      remaining = Number(tokens[1]);
    }
  }
  return data > 0;
}

/**
 * The layout the parser judges from the start of a file, for readers that split the file (the
 * worker-parallel reader reads only an edge list so).
 *
 * @param bytes - the file's first bytes (twice `HEAD_BYTES` is enough), cut anywhere.
 * @param whole - `bytes` is the whole file.
 * @returns the layout.
 * @remarks Time O(length of the head).
 * @example
 * headLayout(new TextEncoder().encode('0 1\n0 2\n'), true); // 'edges'
 */
export function headLayout(bytes: Uint8Array, whole: boolean): EdgeListLayout {
  const head = new EdgeListHead();
  let lines = bytes;
  if (whole && bytes.at(-1) !== 10) {
    lines = new Uint8Array(bytes.length + 1);
    lines.set(bytes);
    lines[bytes.length] = 10;
  }
  head.take(lines, 0, whole ? lines.length : lines.lastIndexOf(10) + 1);
  return edgeListKind(headText(head.joined())).layout;
}

/**
 * The text judged of a head: its lines that end within `HEAD_BYTES` (a line cut there would show
 * a wrong number of tokens), or the start of one longer line.
 *
 * @param bytes - the head.
 * @returns the text.
 * @remarks Time O(min(b, HEAD_BYTES)).
 * @example
 * headText(new TextEncoder().encode('0 1\n')); // '0 1\n'
 */
export function headText(bytes: Uint8Array): string {
  const cut = bytes.length <= HEAD_BYTES ? bytes.length : bytes.lastIndexOf(10, HEAD_BYTES - 1) + 1;
  return new TextDecoder().decode(bytes.subarray(0, cut > 0 ? cut : HEAD_BYTES));
}

/** The head of the input, whole lines copied as they arrive, until it can be judged. */
export class EdgeListHead {
  private readonly parts: Uint8Array[] = [];
  private bytes = 0;
  private lines = 0;

  /** The head is complete: judge it. */
  get full(): boolean {
    return this.lines >= HEAD_LINES || this.bytes >= HEAD_BYTES;
  }

  /**
   * Takes whole lines of `bytes[p … limit)` (each ends with NL) until the head is full.
   *
   * @returns where it stopped.
   */
  take(bytes: Uint8Array, p: number, limit: number): number {
    let q = p;
    while (q < limit && this.lines < HEAD_LINES && this.bytes + (q - p) < HEAD_BYTES) {
      q = bytes.indexOf(10, q) + 1;
      this.lines++;
    }
    // a copy: a Buffer's slice() is a view, and a pipe's chunks share one reused buffer
    if (q > p) this.parts.push(Uint8Array.prototype.slice.call(bytes, p, q));
    this.bytes += q - p;
    return q;
  }

  /** The head's bytes, joined. */
  joined(): Uint8Array {
    const all = new Uint8Array(this.bytes);
    let at = 0;
    for (const part of this.parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  }
}

/**
 * Judges the head and refuses an adjacency list in one line naming the evidence.
 *
 * @param head - the head's text, whole lines.
 * @param source - the file, for the error.
 * @returns how to read every line: `'edges'` or `'multiline-adjacency'`.
 * @throws ParseError when the head shows a plain adjacency list.
 * @remarks Time O(length of `head`).
 */
export function judgeHead(head: string, source: string | undefined): 'edges' | 'multiline-adjacency' {
  const kind = edgeListKind(head);
  if (kind.layout !== 'adjacency') return kind.layout;
  throw new ParseError(
    'readEdgeList',
    `this is an adjacency list (a node, then its neighbours), not an edge list: ${kind.evidence}; convert it with networkx: nx.write_edgelist(nx.read_adjlist(path), 'edges.txt', data=False)`,
    at(source, kind.line!),
  );
}

/** Where a parse error is: the line, and the source when known. */
export const at = (source: string | undefined, line: number): { source?: string; line: number } =>
  source === undefined ? { line } : { source, line };
