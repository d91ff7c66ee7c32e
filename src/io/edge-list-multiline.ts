// networkx's multiline adjacency list (`nx.write_multiline_adjlist`), read line by line once the
// head has proven the layout (edge-list-kind.ts): `node degree`, then `degree` lines, each a
// neighbour, alone or followed by its edge data as a Python dict (ignored). Tokens are separated by
// blanks only, as networkx splits them; a node line with degree 0 is an isolated node, kept.

import { intToken } from './edge-list-tokens.js';

const blank = (c: number | undefined): boolean => c === 32 || c === 9;

/** A line of the layout: the bounds of its node key, and whether it is a neighbour. */
export interface MultilineItem {
  /** The key's first byte. */
  start: number;
  /** Past its last byte. */
  end: number;
  /** A neighbour of the last node line (else a node line). */
  neighbour: boolean;
}

/** The state of a multiline adjacency list being read: neighbours still due, of which node line. */
export class MultilineAdjacency {
  /** The dense id of the node whose neighbours are being read. */
  source = -1;
  /** Node lines read. */
  nodeLines = 0;
  private due = 0;
  private announced = 0;
  private nodeLine = 0;
  private nodeText = '';

  /**
   * Reads one line, `bytes[i … end)` past its leading blanks, without its line end.
   *
   * @param bytes - the input.
   * @param i - the first byte of the key.
   * @param end - the end of the line.
   * @param lineNo - its number, for the end-of-file check.
   * @returns the key's bounds, or why the line does not fit the layout.
   * @remarks Time O(end − i).
   * @example
   * new MultilineAdjacency().read(new TextEncoder().encode('ada 2'), 0, 5, 1); // { start: 0, end: 3, neighbour: false }
   */
  read(bytes: Uint8Array, i: number, end: number, lineNo: number): MultilineItem | string {
    let e = i;
    while (e < end && !blank(bytes[e])) e++;
    let r = e;
    while (r < end && blank(bytes[r])) r++;
    let stop = end;
    while (stop > r && blank(bytes[stop - 1])) stop--;
    if (this.due > 0) {
      if (r < stop && !(bytes[r] === 123 && bytes[stop - 1] === 125))
        return `expected a neighbour of line ${this.nodeLine}'s node (alone, or with its {…} edge data), found more (${this.shown(bytes, i, stop)})`;
      this.due--;
      return { start: i, end: e, neighbour: true };
    }
    const degree = r < stop ? intToken(bytes, r, stop) : -1;
    if (degree < 0)
      return `expected a node and its number of neighbours (line ${this.nodeLine}'s ${this.announced} are all read), found ${this.shown(bytes, i, stop)}`;
    this.due = this.announced = degree;
    this.nodeLines++;
    this.nodeLine = lineNo;
    this.nodeText = new TextDecoder().decode(bytes.subarray(i, e));
    return { start: i, end: e, neighbour: false };
  }

  /** At the end of the input: null, or why it ends too soon. */
  finish(): { line: number; reason: string } | null {
    if (this.due === 0) return null;
    return {
      line: this.nodeLine,
      reason: `the file ends ${this.due} of the ${this.announced} neighbours of ${JSON.stringify(this.nodeText)} short (a truncated multiline adjacency list?)`,
    };
  }

  private shown(bytes: Uint8Array, i: number, end: number): string {
    return JSON.stringify(new TextDecoder().decode(bytes.subarray(i, Math.min(end, i + 60))));
  }
}
