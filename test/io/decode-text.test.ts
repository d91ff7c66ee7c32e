// decodeText on what spreadsheets save: Excel's "CSV" on Windows is Windows-1252, read as such
// (names were U+FFFD before); a UTF-8 file with a damaged byte stays UTF-8 with the damage counted.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/io/decode-text.js';

const cp1252 = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length);
  const special = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const codes = [
    0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
    0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
  ];
  for (let i = 0; i < text.length; i++) {
    const k = special.indexOf(text[i]!);
    bytes[i] = k >= 0 ? codes[k]! : text.charCodeAt(i);
  }
  return bytes;
};

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('decodeText and Windows-1252', () => {
  it('reads an Excel CSV saved on Windows (French accents, €, curly quotes) as Windows-1252', () => {
    const text = 'Prénom;Nom\r\nThéo;Brûn\r\nZoë;Œuvre “€”\r\n';
    const r = decodeText(cp1252(text));
    expect(r).toEqual({ text, encoding: 'windows-1252', bom: false, invalid: 0, firstInvalidLine: null });
  });

  it('keeps a UTF-8 file with one damaged byte as UTF-8, counting the byte', () => {
    const bytes = new TextEncoder().encode('Théo\nZoë X\n');
    bytes[bytes.length - 3] = 0xe9; // the space before X: a lone Latin-1 é
    const r = decodeText(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.invalid).toBe(1);
    expect(r.firstInvalidLine).toBe(2);
    expect(r.text.startsWith('Théo\nZoë')).toBe(true);
  });

  it('keeps UTF-8 when a byte Windows-1252 leaves undefined is there', () => {
    const r = decodeText(new Uint8Array([0x41, 0xe9, 0x81, 0x0a]));
    expect(r.encoding).toBe('utf-8');
    expect(r.invalid).toBeGreaterThan(0);
  });

  it('ASCII and valid UTF-8 are untouched', () => {
    expect(decodeText(new TextEncoder().encode('a b\n')).encoding).toBe('utf-8');
    expect(decodeText(new TextEncoder().encode('Théo\n')).text).toBe('Théo\n');
  });

  // each accented character followed by ASCII, as in words: its byte is never valid UTF-8 there
  const ascii = fc.constantFrom(...'abcXYZ ,;\n0123'.split(''));
  const accented = fc.constantFrom(...'éèêëàâçôûüïÉÈÀÇŒœ€’“”–ß«»°'.split(''));
  test.prop([fc.array(fc.tuple(fc.option(accented, { nil: '' }), ascii), { minLength: 1, maxLength: 60 }), accented])(
    'any Windows-1252 text (accents between ASCII) reads back exactly',
    (pairs, one) => {
      const text = `x${one}y${pairs.map(([a, b]) => a + b).join('')}`;
      const bytes = cp1252(text);
      expect(isUtf8(bytes)).toBe(false);
      const r = decodeText(bytes);
      expect(r.encoding).toBe('windows-1252');
      expect(r.text).toBe(text);
      expect(r.invalid).toBe(0);
    },
  );
});
