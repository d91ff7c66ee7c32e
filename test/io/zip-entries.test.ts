// zipEntries against fflate's unzipSync on well-formed archives (any names and contents), and on
// archives crafted by a small writer below: zip64 records, lying sizes, repeated names, encrypted
// entries, truncation — each a one-line refusal naming the entry, never silently short data.
import { deflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { crc32, zipEntries } from '../../src/io/zip-entries.js';
import { parseLinkedInExport } from '../../src/io/parse-linkedin-export.js';

interface Crafted {
  name: string;
  data: Uint8Array;
  /** Size written in the headers instead of the real one. */
  declared?: number;
  encrypted?: boolean;
}

// A deflate zip written by hand; `zip64` moves sizes and offsets to zip64 extra fields and records.
function craftZip(entries: Crafted[], zip64 = false): Uint8Array {
  const parts: number[] = [];
  const central: number[] = [];
  const le = (n: number, bytes: number): number[] =>
    Array.from({ length: bytes }, (_, i) => Math.floor(n / 2 ** (8 * i)) % 256);
  for (const e of entries) {
    const name = strToU8(e.name);
    const packed = deflateSync(e.data);
    const size = e.declared ?? e.data.length;
    const flags = 0x800 | (e.encrypted ? 1 : 0);
    const offset = parts.length;
    const extra = zip64 ? [1, 0, 24, 0, ...le(size, 8), ...le(packed.length, 8), ...le(offset, 8)] : [];
    const common = [...le(flags, 2), 8, 0, 0, 0, 0, 0, ...le(crc32(e.data), 4)];
    const sizes = zip64 ? [...le(2 ** 32 - 1, 4), ...le(2 ** 32 - 1, 4)] : [...le(packed.length, 4), ...le(size, 4)];
    parts.push(0x50, 0x4b, 3, 4, 20, 0, ...common, ...sizes, ...le(name.length, 2), 0, 0, ...name, ...packed);
    central.push(0x50, 0x4b, 1, 2, 20, 0, 20, 0, ...common, ...sizes, ...le(name.length, 2), ...le(extra.length, 2));
    central.push(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...(zip64 ? le(2 ** 32 - 1, 4) : le(offset, 4)), ...name, ...extra);
  }
  const cd = parts.length;
  parts.push(...central);
  if (zip64) {
    const z = parts.length;
    parts.push(0x50, 0x4b, 6, 6, ...le(44, 8), 45, 0, 45, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    parts.push(...le(entries.length, 8), ...le(entries.length, 8), ...le(central.length, 8), ...le(cd, 8));
    parts.push(0x50, 0x4b, 6, 7, 0, 0, 0, 0, ...le(z, 8), 1, 0, 0, 0);
  }
  const n = zip64 ? 0xffff : entries.length;
  parts.push(0x50, 0x4b, 5, 6, 0, 0, 0, 0, ...le(n, 2), ...le(n, 2), ...le(central.length, 4));
  parts.push(...(zip64 ? le(2 ** 32 - 1, 4) : le(cd, 4)), 0, 0);
  return Uint8Array.from(parts);
}

const all = (): boolean => true;
const CSV = strToU8('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'.repeat(20));

describe('zipEntries', () => {
  it('computes the CRC-32 of the standard check string', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });

  // `__proto__` breaks fflate's zipSync and unzipSync (plain objects): covered by the unit test below.
  const name = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');
  test.prop([fc.dictionary(name, fc.uint8Array({ maxLength: 300 }))])(
    "reads fflate's archives as fflate does, stored or deflated",
    (files) => {
      for (const level of [0, 6] as const) {
        const zip = zipSync(files, { level });
        const oracle = unzipSync(zip);
        const ours = zipEntries(zip, all);
        expect(ours.map(([name]) => name).sort()).toEqual(Object.keys(oracle).sort());
        for (const [name, data] of ours) expect(data).toEqual(oracle[name]);
      }
    },
  );

  it('keeps entries named like Object.prototype members', () => {
    const entries = ['__proto__', 'constructor', 'toString'].map((name) => ({ name, data: strToU8(name) }));
    expect(zipEntries(craftZip(entries), all)).toEqual(entries.map((e) => [e.name, e.data]));
  });

  it('reads zip64 records, and only the entries wanted', () => {
    const zip = craftZip(
      [
        { name: 'Connections.csv', data: CSV },
        { name: 'image.png', data: new Uint8Array(50) },
      ],
      true,
    );
    expect(zipEntries(zip, (name) => name.endsWith('.csv'))).toEqual([['Connections.csv', CSV]]);
  });

  it.each([
    [
      'a declared size shorter than the data (was silently cut)',
      [{ name: 'a.csv', data: CSV, declared: 100 }],
      /a\.csv: its data does not match its declared size and CRC-32/,
    ],
    [
      'a declared size longer than the data',
      [{ name: 'a.csv', data: CSV, declared: CSV.length + 1 }],
      /a\.csv: its data does not match/,
    ],
    [
      'a declared size of 4 GB (allocated up front)',
      [{ name: 'a.csv', data: CSV, declared: 2 ** 32 - 2 }],
      /a\.csv declares 4294967294 bytes: .* past 268435456 bytes/,
    ],
    [
      'two entries with one name (the second hid the first)',
      [
        { name: 'a.csv', data: CSV },
        { name: 'a.csv', data: strToU8('x') },
      ],
      /two entries named "a\.csv"/,
    ],
    [
      'an encrypted entry (inflated as garbage)',
      [{ name: 'a.csv', data: CSV, encrypted: true }],
      /a\.csv is encrypted/,
    ],
  ] as [string, Crafted[], RegExp][])('refuses %s', (_, entries, pattern) => {
    for (const zip64 of [false, true]) expect(() => zipEntries(craftZip(entries, zip64), all)).toThrow(pattern);
  });

  it('refuses entries that inflate past the limit together, before inflating them', () => {
    const zip = craftZip([
      { name: 'a.csv', data: CSV },
      { name: 'b.csv', data: CSV },
    ]);
    expect(() => zipEntries(zip, all, CSV.length * 2 - 1)).toThrow(/b\.csv declares .* past/);
    expect(zipEntries(zip, all, CSV.length * 2)).toHaveLength(2);
  });

  it('refuses a truncated archive at any cut', () => {
    const zip = craftZip([{ name: 'a.csv', data: CSV }]);
    for (let cut = 1; cut < zip.length; cut += 7) expect(() => zipEntries(zip.subarray(0, cut), all)).toThrow();
  });

  it('parseLinkedInExport names the archive and the reason in one line', () => {
    const zip = craftZip([{ name: 'Connections.csv', data: CSV, declared: 64 }]);
    expect(() => parseLinkedInExport(zip, { source: 'export.zip', owner: 'https://www.linkedin.com/in/me' })).toThrow(
      /^handshakes\/parseLinkedInExport: export\.zip: not a readable zip archive \(Connections\.csv: its data does not match its declared size and CRC-32/,
    );
  });
});
