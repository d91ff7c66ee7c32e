// The handshakes binary graph file, version 1 (little-endian; docs/design.md has the table).
// An 80-byte header, then 4-byte-aligned sections (the sorted-integer keys 8-byte aligned), then an
// 8-byte checksum: two 32-bit lanes hashed word by word over everything before it. Each lane step
// h ← imul(h ^ word, K) is a bijection in h and in the word, so any change to a single word is
// always detected; truncation is caught first, by the lengths the header declares.

/** `HSGRAPH` + NUL. */
export const MAGIC = [0x48, 0x53, 0x47, 0x52, 0x41, 0x50, 0x48, 0x00] as const;
/** Files hold typed arrays as laid out in memory: little-endian hosts only (x86, ARM). */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** Current layout version. */
export const VERSION = 1;
/** Header length in bytes. */
export const HEADER_BYTES = 80;
/** Checksum length in bytes (two uint32 lanes). */
export const CHECKSUM_BYTES = 8;
/** `flags` bit: edges are directed (an in-adjacency follows the out-adjacency). */
export const FLAG_DIRECTED = 1;

/** How node keys are stored. */
export const KEY_MODES = ['integer', 'sorted-integer', 'string'] as const;
/** A key mode name. */
export type KeyMode = (typeof KEY_MODES)[number];

/** The numbers a header holds. */
export interface Header {
  /** Layout version. */
  version: number;
  /** Bit set of `FLAG_*`. */
  flags: number;
  /** Index into `KEY_MODES`. */
  keyMode: number;
  /** Number of nodes. */
  order: number;
  /** Number of edges (undirected edges once). */
  size: number;
  /** Out-adjacency entries. */
  entries: number;
  /** In-adjacency entries (0 when undirected). */
  inEntries: number;
  /** Self-loops dropped when the index was built. */
  selfLoops: number;
  /** Repeated edges dropped when the index was built. */
  duplicates: number;
  /** Bytes of the UTF-8 key blob (string mode; 0 otherwise). */
  keyBytes: number;
}

const pad8 = (x: number): number => (x + 7) & ~7;
const pad4 = (x: number): number => (x + 3) & ~3;

/** Byte offsets of every section, and the total file length, for a header. */
export function layout(h: Header): {
  offsets: number;
  targets: number;
  inOffsets: number;
  inTargets: number;
  keys: number;
  keyBlob: number;
  checksum: number;
  total: number;
} {
  const directed = (h.flags & FLAG_DIRECTED) !== 0;
  const offsets = HEADER_BYTES;
  const targets = offsets + 4 * (h.order + 1);
  const inOffsets = targets + 4 * h.entries;
  const inTargets = inOffsets + (directed ? 4 * (h.order + 1) : 0);
  const keysStart = inTargets + (directed ? 4 * h.inEntries : 0);
  const mode = KEY_MODES[h.keyMode];
  const keys = mode === 'sorted-integer' ? pad8(keysStart) : keysStart;
  const keyBlob = keys + (mode === 'sorted-integer' ? 8 * h.order : mode === 'string' ? 4 * (h.order + 1) : 0);
  const checksum = pad4(keyBlob + h.keyBytes);
  return { offsets, targets, inOffsets, inTargets, keys, keyBlob, checksum, total: checksum + CHECKSUM_BYTES };
}

/** Writes a header into the first `HEADER_BYTES` of `view`. */
export function writeHeader(view: DataView, h: Header): void {
  MAGIC.forEach((b, i) => view.setUint8(i, b));
  view.setUint32(8, h.version, true);
  view.setUint32(12, h.flags, true);
  view.setUint32(16, h.keyMode, true);
  view.setUint32(20, 0, true);
  const fields = [h.order, h.size, h.entries, h.inEntries, h.selfLoops, h.duplicates, h.keyBytes];
  fields.forEach((x, i) => view.setBigUint64(24 + 8 * i, BigInt(x), true));
}

/** Reads a header (no validation beyond the numbers themselves). */
export function readHeader(view: DataView): Header & { magic: boolean } {
  const magic = MAGIC.every((b, i) => view.getUint8(i) === b);
  const u64 = (i: number): number => Number(view.getBigUint64(24 + 8 * i, true));
  return {
    magic,
    version: view.getUint32(8, true),
    flags: view.getUint32(12, true),
    keyMode: view.getUint32(16, true),
    order: u64(0),
    size: u64(1),
    entries: u64(2),
    inEntries: u64(3),
    selfLoops: u64(4),
    duplicates: u64(5),
    keyBytes: u64(6),
  };
}

/** A running two-lane word checksum. */
export class Checksum {
  /** Lane one (FNV-1a offset basis as seed). */
  h1 = 0x811c9dc5 | 0;
  /** Lane two. */
  h2 = 0x9e3779b9 | 0;
  /** Adds 32-bit words. */
  update(words: Int32Array): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      h1 = Math.imul(h1 ^ w, 0x01000193);
      h2 = Math.imul(h2 ^ w, 0x5bd1e995) ^ (h1 >>> 13);
    }
    this.h1 = h1;
    this.h2 = h2;
  }
}
