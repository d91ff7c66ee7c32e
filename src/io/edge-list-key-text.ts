// The text of an edge list's node keys: UTF-8, or Windows-1252 when the file proves it as
// decodeText does for CSVs (a key that is not UTF-8 before any key that is UTF-8 beyond ASCII, no
// byte Windows-1252 leaves undefined); ASCII keys read the same either way, so the keys read
// before the switch stand. MacRoman reads every byte too: at the end the names decide (legacy-text.ts).

import { ParseError } from '../errors.js';
import { decodeLegacy, isUndefined1252, legacyVerdict, oddCharacters } from './legacy-text.js';

/** Where the keys of a Windows-1252 edge list read badly, and the first example. */
interface Evidence {
  odd1252: number;
  oddMac: number;
  line: number;
  bytes: Uint8Array | null;
}

/** Decodes node keys and follows the evidence for their encoding. */
export class KeyText {
  /** The encoding the keys are read in. */
  encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  // A BOM is part of a key (only the file's own, before line 1, is skipped).
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private utf8Line = 0; // the first line with a key beyond ASCII in UTF-8
  private legacyLine = 0; // the first line read as Windows-1252
  private readonly evidence: Evidence = { odd1252: 0, oddMac: 0, line: 0, bytes: null };

  /**
   * Takes the evidence of the file's head: a BOM, or a character beyond ASCII in valid UTF-8, makes
   * the file UTF-8 (a key that is not is then refused by line, as a damaged one).
   *
   * @param head - the first lines of the file.
   * @remarks Time O(length of `head`).
   */
  head(head: Uint8Array): void {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(head);
    const at = text.search(/[^\u0000-\u007f\ufffd]/u);
    if (at >= 0 && this.utf8Line === 0) this.utf8Line = text.slice(0, at).split('\n').length;
  }

  /**
   * Decodes a key: bytes in neither encoding, or a NUL (a zeroed block of a damaged file), are
   * refused rather than read as some other person.
   *
   * @param bytes - the input.
   * @param start - the key's first byte (past an opening quote).
   * @param end - past its last byte (before a closing quote).
   * @param quoted - written in quotes: `""` stands for one quote.
   * @param line - the key's line.
   * @returns the key, or why the line fails in `{ reason }`.
   * @remarks Time O(end − start).
   * @example
   * new KeyText().read(new TextEncoder().encode('"a""b"'), 1, 5, true, 1); // 'a"b'
   */
  read(bytes: Uint8Array, start: number, end: number, quoted: boolean, line: number): string | { reason: string } {
    const raw = bytes.subarray(start, end);
    let key: string | null = null;
    try {
      key = this.utf8.decode(raw);
    } catch {}
    let high = false;
    for (let k = 0; k < raw.length && !high; k++) high = raw[k]! >= 0x80;
    if (this.encoding === 'utf-8') {
      if (key !== null) {
        if (high && this.utf8Line === 0) this.utf8Line = line;
      } else if (this.utf8Line === 0 && !raw.some(isUndefined1252)) {
        this.encoding = 'windows-1252';
        this.legacyLine = line;
      } else {
        const why = this.utf8Line > 0 ? `, though line ${this.utf8Line} is` : ' nor Windows-1252 (MacRoman?)';
        return { reason: `a node key holds bytes that are not UTF-8${why}: save the file as UTF-8` };
      }
    }
    if (this.encoding === 'windows-1252' && high) {
      if (key !== null)
        return {
          reason: `a node key reads as UTF-8, but line ${this.legacyLine} was Windows-1252: the file mixes encodings; save it as UTF-8`,
        };
      if (raw.some(isUndefined1252))
        return {
          reason: `a node key holds bytes that are not Windows-1252, as line ${this.legacyLine} was: save the file as UTF-8`,
        };
      key = decodeLegacy(raw, 'windows-1252');
      this.weigh(raw, key, line);
    }
    if (key!.includes('\0')) return { reason: 'a node key holds a NUL byte (a damaged file?)' };
    return quoted ? key!.replaceAll('""', '"') : key!;
  }

  // Counts the key's odd characters in both readings; keeps the first key that reads differently.
  private weigh(raw: Uint8Array, text1252: string, line: number): void {
    const e = this.evidence;
    e.odd1252 += oddCharacters(raw, text1252);
    e.oddMac += oddCharacters(raw, decodeLegacy(raw, 'macintosh'));
    if (e.bytes === null) {
      e.bytes = Uint8Array.prototype.slice.call(raw); // a copy, also when raw is a Buffer's view
      e.line = line;
    }
  }

  /**
   * At the end of the input: the encoding when the keys are UTF-8 or plainly Windows-1252; else
   * the file is refused, whole (it reads as MacRoman, or could be either): every name would be wrong.
   *
   * @param source - the file, for the error.
   * @returns the encoding of the keys.
   * @throws ParseError naming the first line with a name beyond ASCII and both readings.
   * @remarks Time O(1).
   */
  verdict(source: string | undefined): 'utf-8' | 'windows-1252' {
    const e = this.evidence;
    if (this.encoding === 'utf-8' || e.bytes === null) return this.encoding;
    const verdict = legacyVerdict(e.odd1252, e.oddMac);
    if (verdict === 'windows-1252') return verdict;
    const as1252 = JSON.stringify(decodeLegacy(e.bytes, 'windows-1252'));
    const asMac = JSON.stringify(decodeLegacy(e.bytes, 'macintosh'));
    throw new ParseError(
      'readEdgeList',
      verdict === 'macintosh'
        ? `the names read as MacRoman (${asMac}), not Windows-1252 (${as1252}): convert the file to UTF-8 (iconv -f MACINTOSH -t UTF-8)`
        : `the names read as well in Windows-1252 (${as1252}) as in MacRoman (${asMac}): save the file as UTF-8 (iconv -f WINDOWS-1252 or -f MACINTOSH -t UTF-8)`,
      source === undefined ? { line: e.line } : { source, line: e.line },
    );
  }
}
