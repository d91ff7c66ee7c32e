// Byte chunks → whole lines, for the edge-list parser: each chunk is handed on up to its last line
// end, in place; the unfinished last line is kept as the pieces it arrived in and joined once its
// end arrives (joining at every chunk made one long line cost quadratic time: 48 MB, 8.8 s).
// What it keeps is copied: a chunk's buffer may be read into again (a pipe's reused buffer; a
// Buffer's slice() is a view, hence `new Uint8Array`).

import { NL } from './edge-list-tokens.js';

/** Feeds `consume` with whole lines from chunks cut anywhere. */
export abstract class LineChunks {
  /** Bytes pushed so far. */
  protected bytesSeen = 0;
  private carry: Uint8Array[] | null = null;
  private carryLength = 0;

  /** Parses `bytes[0 … limit)`, where every line ends with NL. */
  protected abstract consume(bytes: Uint8Array, limit: number): void;

  /** Called after each chunk. */
  protected abstract progress(): void;

  /**
   * Feeds the next chunk of bytes.
   *
   * @param chunk - any bytes (a line or a UTF-8 character may be cut at either end).
   * @example
   * parser.push(new TextEncoder().encode('0 1\n1 '));
   */
  push(chunk: Uint8Array): void {
    this.bytesSeen += chunk.length;
    let bytes = chunk;
    if (this.carry) {
      // Finish the carried line with the chunk's first line, then parse the rest of the chunk in
      // place instead of copying it behind the carry.
      const first = chunk.indexOf(NL);
      if (first < 0) {
        this.carry.push(new Uint8Array(chunk));
        this.carryLength += chunk.length;
        this.progress();
        return;
      }
      const head = this.takeCarry(chunk.subarray(0, first + 1));
      this.consume(head, head.length);
      bytes = chunk.subarray(first + 1);
    }
    const last = bytes.lastIndexOf(NL);
    if (last >= 0) this.consume(bytes, last + 1);
    if (last + 1 < bytes.length) {
      this.carry = [new Uint8Array(bytes.subarray(last + 1))];
      this.carryLength = bytes.length - last - 1;
    }
    this.progress();
  }

  /** Parses the last line when the input did not end with a line end. */
  protected closeLastLine(): void {
    if (!this.carry) return;
    const rest = this.takeCarry(new Uint8Array([NL]));
    this.consume(rest, rest.length);
  }

  // The carried pieces joined with `end`, in one copy; the carry is emptied.
  private takeCarry(end: Uint8Array): Uint8Array {
    const joined = new Uint8Array(this.carryLength + end.length);
    let at = 0;
    for (const piece of this.carry!) {
      joined.set(piece, at);
      at += piece.length;
    }
    joined.set(end, at);
    this.carry = null;
    this.carryLength = 0;
    return joined;
  }
}
