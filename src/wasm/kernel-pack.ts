// The kernels' bytes as shipped: raw DEFLATE (RFC 1951; scripts/compile-wat.ts packs them with
// zlib at build time), then 13 bits to two printable characters (base 91, 8% shorter than base64),
// because base64 of the plain binaries was a tenth of the core's minified bundle. DEFLATE's Huffman codes take WebAssembly's skewed bytes to half their size, a
// third less than the LZ77 alone this replaced. The decoder reads one bit at a time (after RFC
// 1951's reference `puff`): small rather than fast, a millisecond for every kernel at once.

/**
 * A canonical Huffman code from its code lengths (0: symbol unused): how many codes of each
 * length, and the symbols in code order (by length, then symbol).
 */
function huffman(lengths: number[]): [number[], number[]] {
  const counts = new Array<number>(16).fill(0);
  for (const length of lengths) counts[length]!++;
  counts[0] = 0;
  // (sort is stable: symbols of one length stay in order)
  const symbols = lengths.map((_, symbol) => symbol).filter((symbol) => lengths[symbol]);
  return [counts, symbols.sort((a, b) => lengths[a]! - lengths[b]!)];
}

/** The order in which a dynamic block lists the code lengths of its code-length code. */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/**
 * The bytes of a kernel from its packed base64 (the constant of a generated `*-wasm.ts` module).
 *
 * @param packed - the raw DEFLATE stream in base 91 (scripts/compile-wat.ts `toBase91`).
 * @returns the WebAssembly binary.
 * @throws Error when the stream ends before its last block (a corrupt one fails here or in
 * WebAssembly's validation; the kernel test unpacks every kernel that ships).
 * @remarks Time O(packed bits + output bytes), once per kernel per process.
 * @example
 * unpackKernel('WDSU!   '); // Uint8Array [0x61, 0x62, 0x63] ("abc" as zlib's deflateRawSync packs it, in base 91)
 */
export function unpackKernel(packed: string): Uint8Array {
  // base 91: 13 bits in two characters, low digit first (digits: the printable characters from
  // the space on, less " ' \ and `)
  const bytes: number[] = [];
  const digit = (i: number): number => {
    const c = packed.charCodeAt(i);
    return c - 32 - +(c > 34) - +(c > 39) - +(c > 92) - +(c > 96);
  };
  for (let i = 0, group = 0, count = 0; i < packed.length; i += 2) {
    group |= (digit(i) + 91 * digit(i + 1)) << count;
    for (count += 13; count >= 8; count -= 8, group >>>= 8) bytes.push(group & 255);
  }
  const out: number[] = [];
  let at = 0; // in bits
  const ahead = (n: number): void => {
    if (at + n > bytes.length * 8) throw new Error('handshakes: a packed kernel ends early');
  };
  const bits = (n: number): number => {
    ahead(n);
    let value = 0;
    for (let i = 0; i < n; i++, at++) value |= ((bytes[at >>> 3]! >>> (at & 7)) & 1) << i;
    return value;
  };
  // Huffman codes are packed first bit first: extend the code a bit at a time (a valid code ends
  // by the end of the bytes; bits past it read as 0, and every symbol takes at least one bit).
  const decode = (table: [number[], number[]]): number => {
    ahead(1);
    const counts = table[0];
    const symbols = table[1];
    let code = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length < 16; length++, at++) {
      code |= (bytes[at >>> 3]! >>> (at & 7)) & 1;
      if (code - first < counts[length]!) break;
      index += counts[length]!;
      first = (first + counts[length]!) << 1;
      code <<= 1;
    }
    at++;
    return symbols[index + code - first]!;
  };
  // A length (k = 4, from 3) or distance (k = 2, from 1): codes below k have no extra bits, then
  // every k codes one more, and each code's base follows the range of the one before.
  const value = (code: number, k: number, from: number): number => {
    const extra = Math.max(0, Math.floor(code / k) - 1);
    return code < k ? code + from : ((k + (code % k)) << extra) + from + bits(extra);
  };
  for (let last = 0; !last; ) {
    last = bits(1);
    const type = bits(2);
    if (type === 0) {
      at = (at + 7) & ~7; // to the next byte
      const length = bits(16);
      at += 16; // its one's complement
      for (let i = 0; i < length; i++) out.push(bits(8));
      continue;
    }
    // the fixed code's lengths (type 1), else the block's own (type 2)
    let literalCount = 288;
    let lengths: number[] = Array.from({ length: 318 }, (_, s) =>
      s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : s < 288 ? 8 : 5,
    );
    if (type > 1) {
      literalCount = bits(5) + 257;
      const distanceCount = bits(5) + 1;
      const codeLengths = new Array<number>(19).fill(0);
      for (let i = 0, n = bits(4) + 4; i < n; i++) codeLengths[ORDER[i]!] = bits(3);
      const lengthCode = huffman(codeLengths);
      lengths = [];
      while (lengths.length < literalCount + distanceCount) {
        const symbol = decode(lengthCode);
        // 16 repeats the last length 3–6 times, 17 and 18 put 3–10 and 11–138 zeros
        if (symbol < 16) lengths.push(symbol);
        else
          lengths.push(
            ...new Array<number>(symbol > 17 ? 11 + bits(7) : 3 + bits(symbol - 14)).fill(
              symbol > 16 ? 0 : lengths.at(-1)!,
            ),
          );
      }
    }
    const literals = huffman(lengths.slice(0, literalCount));
    const distances = huffman(lengths.slice(literalCount));
    for (let symbol = decode(literals); symbol !== 256; symbol = decode(literals)) {
      if (symbol < 256) out.push(symbol);
      else {
        const length = symbol === 285 ? 258 : value(symbol - 257, 4, 3);
        let from = out.length - value(decode(distances), 2, 1);
        for (let k = 0; k < length; k++) out.push(out[from++]!);
      }
    }
  }
  return Uint8Array.from(out);
}
