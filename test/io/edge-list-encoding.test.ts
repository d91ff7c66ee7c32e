// Edge lists saved in Windows-1252 (Excel's "text" on Windows) are read as such when the bytes
// prove it, as LinkedIn CSVs are, and the report says so; a MacRoman file, whose bytes Windows-1252
// would also read, is refused when its names read as MacRoman or as well either way. The bytes are
// written out here by hand (Windows-1252: é E9, è E8, ü FC, ’ 92, Š 8A; MacRoman: é 8E, ü 9F).
import { describe, expect, it } from 'vitest';
import { createEdgeListParser, type Csr, ParseError, parseEdgeList } from '../../src/index.js';
import { decodeLegacy, legacyVerdict, oddCharacters } from '../../src/io/legacy-text.js';

/** Bytes from text where `\xNN` stands for the byte NN (everything else ASCII). */
const bytes = (text: string): Uint8Array =>
  Uint8Array.from(
    text.replace(/\\x([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    (c) => c.charCodeAt(0),
  );
const keysOf = (csr: Csr): string[] => Array.from({ length: csr.order }, (_, i) => csr.keys.key(i));

function refusal(input: Uint8Array, options = {}): ParseError {
  try {
    parseEdgeList(input, { source: 'names.txt', ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    expect((error as Error).message).not.toContain('\n');
    return error as ParseError;
  }
  throw new Error('the file was read');
}

describe('Windows-1252 edge lists', () => {
  it('reads the names when no key is UTF-8 and some are not, and says which encoding', () => {
    const { csr, report } = parseEdgeList(bytes('ann bob\nRen\\xe9 H\\xe9l\\xe8ne\nO\\x92Brien J\\xfcrgen\n'));
    expect(keysOf(csr)).toEqual(['ann', 'bob', 'René', 'Hélène', 'O’Brien', 'Jürgen']);
    expect(report.encoding).toBe('windows-1252');
    expect(parseEdgeList('ann bob\nRené Zoë\n').report.encoding).toBe('utf-8');
  });

  it('decides after the head too, and in any chunks', () => {
    const text = `${'1 2\n'.repeat(1500)}Ren\\xe9 Zo\\xeb\n`;
    const input = bytes(text);
    for (const step of [1, 7, 4096, input.length]) {
      const parser = createEdgeListParser();
      for (let i = 0; i < input.length; i += step) parser.push(input.subarray(i, i + step));
      const { csr, report } = parser.finish();
      expect(report.encoding).toBe('windows-1252');
      expect(csr.keys.id('René')).toBeGreaterThanOrEqual(0);
      expect(csr.keys.id('Zoë')).toBeGreaterThanOrEqual(0);
    }
  });

  it('a UTF-8 file with a damaged key still refuses that line, even when the damage comes first', () => {
    // the head shows UTF-8 (line 3): line 2 is damage, not another encoding
    const input = bytes('ann bob\nRen\\xe9 cyd\nRen\\xc3\\xa8 dee\n');
    expect(refusal(input).line).toBe(2);
    expect(refusal(input).message).toMatch(/not UTF-8, though line 3 is/);
    const { csr, report } = parseEdgeList(input, { invalidLines: 'skip' });
    expect(report.skipped).toMatchObject([{ line: 2 }]);
    expect(keysOf(csr)).toEqual(['ann', 'bob', 'Renè', 'dee']);
  });

  it('a key in UTF-8 after keys read as Windows-1252 is refused by line: the file mixes encodings', () => {
    const input = bytes(`Ren\\xe9 ann\n${'1 2\n'.repeat(1500)}Ren\\xc3\\xa8 dee\n`);
    const error = refusal(input);
    expect(error.line).toBe(1502);
    expect(error.message).toMatch(/reads as UTF-8, but line 1 was Windows-1252/);
  });

  it('refuses bytes Windows-1252 leaves undefined (MacRoman è is 8F)', () => {
    expect(refusal(bytes('ann bob\nH\\x8el\\x8fne cyd\n')).message).toMatch(
      /names\.txt, line 2: a node key holds bytes that are not UTF-8 nor Windows-1252 \(MacRoman\?\)/,
    );
  });
});

describe('MacRoman', () => {
  it('names that read as MacRoman are refused, whole, with both readings and how to convert', () => {
    // René, Jürgen, Müller in MacRoman: RenŽ, JŸrgen, MŸller in Windows-1252
    const input = bytes('ann bob\nRen\\x8e J\\x9frgen\nM\\x9fller ann\n');
    const error = refusal(input, { invalidLines: 'skip' });
    expect(error.line).toBe(2);
    expect(error.message).toBe(
      'handshakes/readEdgeList: names.txt, line 2: the names read as MacRoman ("René"), not Windows-1252 ("RenŽ"): convert the file to UTF-8 (iconv -f MACINTOSH -t UTF-8)',
    );
  });

  it('names that read as well either way are refused: nothing tells', () => {
    // Šimon in Windows-1252 is äimon in MacRoman: both are names
    expect(refusal(bytes('ann \\x8aimon\n')).message).toMatch(
      /line 1: the names read as well in Windows-1252 \("Šimon"\) as in MacRoman \("äimon"\)/,
    );
  });

  it.each([
    ['René Hélène Zoë O’Brien (Windows-1252)', 'Ren\\xe9 H\\xe9l\\xe8ne Zo\\xeb O\\x92Brien', 'windows-1252'],
    ['Jürgen Müller Groß (Windows-1252)', 'J\\xfcrgen M\\xfcller Gro\\xdf', 'windows-1252'],
    ['Novák (Windows-1252: Nov·k in MacRoman)', 'Nov\\xe1k', 'windows-1252'],
    ['José Peña García (MacRoman)', 'Jos\\x8e Pe\\x96a Garc\\x92a', 'macintosh'],
    ['Jürgen Müller (MacRoman)', 'J\\x9frgen M\\x9fller', 'macintosh'],
  ])('%s: the odd letters decide', (_, text, verdict) => {
    const odd = { w: 0, m: 0 };
    for (const word of text.split(' ')) {
      const b = bytes(word);
      odd.w += oddCharacters(b, decodeLegacy(b, 'windows-1252'));
      odd.m += oddCharacters(b, decodeLegacy(b, 'macintosh'));
    }
    expect(legacyVerdict(odd.w, odd.m)).toBe(verdict);
  });
});
