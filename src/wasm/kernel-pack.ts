// The kernels' bytes as shipped: LZ77-packed, then base64 (scripts/compile-wat.ts packs them at
// build time), because base64 of the plain binaries was a tenth of the core's minified bundle and
// WebAssembly repeats itself (local.get/i32.add/i32.shl address sums, type and import headers).
// A token byte t < 128 copies the next t + 1 bytes; t ≥ 128 copies t − 128 + MIN_MATCH bytes from
// `offset` bytes back in the output (offset: unsigned LEB128 after the token; it may overlap).

/** The shortest match a token copies. */
export const MIN_MATCH = 3;

/**
 * The bytes of a kernel from its packed base64 (the constant of a generated `*-wasm.ts` module).
 *
 * @param packed - base64 of the packed bytes.
 * @returns the WebAssembly binary.
 * @remarks Time O(output bytes), once per kernel per process.
 * @example
 * unpackKernel('AmFiYw=='); // Uint8Array [0x61, 0x62, 0x63] ("abc": one literal run)
 */
export function unpackKernel(packed: string): Uint8Array {
  const text = atob(packed);
  const out: number[] = [];
  for (let i = 0; i < text.length; ) {
    const token = text.charCodeAt(i++);
    if (token < 128) for (let k = 0; k <= token; k++) out.push(text.charCodeAt(i++));
    else {
      let offset = 0;
      for (let shift = 0, byte = 128; byte >= 128; shift += 7) {
        byte = text.charCodeAt(i++);
        offset |= (byte & 127) << shift;
      }
      for (let k = token - 128 + MIN_MATCH, from = out.length - offset; k > 0; k--) out.push(out[from++]!);
    }
  }
  return Uint8Array.from(out);
}
