// The kernels' bytes as shipped: raw DEFLATE (RFC 1951; scripts/compile-wat.ts packs them with
// Zopfli at build time), then 13 bits to two printable characters (base 91, 8% shorter than
// base64), because base64 of the plain binaries was a tenth of the core's minified bundle. DEFLATE's
// Huffman codes take WebAssembly's skewed bytes to half their size, a third less than the LZ77 alone
// it replaced. The decoder looks each code up in a table (one per code, filled by runs) rather than
// walking it a bit at a time: a kernel is unpacked once per process, mostly by the interpreter,
// where every step per bit counts.

/**
 * The decoding table of a canonical Huffman code, from its code lengths (0: symbol unused): for
 * every value of the next `max` bits read as a code (first bit highest), the symbol × 16 + its
 * code's length. Each code fills a run of the table (a native fill).
 */
function huffman(lengths: number[]): [Uint16Array, number] {
  const counts = new Array<number>(16).fill(0);
  for (const length of lengths) counts[length]!++;
  counts[0] = 0;
  const max = Math.max(...lengths);
  const next: number[] = []; // the first code of each length (RFC 1951, 3.2.2)
  for (let length = 1, code = 0; length < 16; length++) next[length] = code = (code + counts[length - 1]!) << 1;
  const table = new Uint16Array(1 << max);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol]!;
    if (length) table.fill(symbol * 16 + length, next[length]! << (max - length), ++next[length]! << (max - length));
  }
  return [table, max];
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
  for (let i = 0, group = 0, count = 0, low = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    const digit = c - 32 - +(c > 34) - +(c > 39) - +(c > 92) - +(c > 96);
    if (i & 1) {
      group |= (low + 91 * digit) << count;
      for (count += 13; count >= 8; count -= 8, group >>>= 8) bytes.push(group & 255);
    } else low = digit;
  }
  const out: number[] = [];
  let at = 0; // in bits
  const end = bytes.length * 8;
  const early = 'handshakes: a packed kernel ends early';
  // (the window of the next 17 bits at least, the first lowest, is written out in both functions
  // below: they run for every symbol, mostly in the interpreter, where calls cost)
  const bits = (n: number): number => {
    if (at + n > end) throw new Error(early);
    const p = at >>> 3;
    const value = ((bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16)) >>> (at & 7)) & ((1 << n) - 1);
    at += n;
    return value;
  };
  // Huffman codes are packed first bit first: reverse the next 16 bits to look the code up (a
  // valid code ends by the end of the bytes, which read as 0 past it; an unused code, in a
  // corrupt stream only, takes one bit).
  const decode = (code: [Uint16Array, number]): number => {
    if (at >= end) throw new Error(early);
    const p = at >>> 3;
    let v = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16)) >>> (at & 7);
    v = ((v & 0x5555) << 1) | ((v >> 1) & 0x5555);
    v = ((v & 0x3333) << 2) | ((v >> 2) & 0x3333);
    v = ((v & 0x0f0f) << 4) | ((v >> 4) & 0x0f0f);
    const entry = code[0][(((v & 0xff) << 8) | ((v >> 8) & 0xff)) >> (16 - code[1])]!;
    at += entry & 15 || 1;
    return entry >> 4;
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
    let lengths: number[] = [];
    if (type < 2)
      lengths = Array.from({ length: 318 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : s < 288 ? 8 : 5));
    else {
      literalCount = bits(5) + 257;
      const distanceCount = bits(5) + 1;
      const codeLengths = new Array<number>(19).fill(0);
      for (let i = 0, n = bits(4) + 4; i < n; i++) codeLengths[ORDER[i]!] = bits(3);
      const lengthCode = huffman(codeLengths);
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
