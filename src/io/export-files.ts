// The files of a LinkedIn data export, from what a user holds: the zip's bytes, a gzip of the zip,
// or a `{ name → bytes }` map (an extracted folder, files picked in a browser). Inflate is fflate's
// (browser-safe, no Node modules); only `.csv` entries are inflated, checked against their declared
// size and CRC, 256 MiB at most (zip-entries.ts), and zips nested in the archive are opened too
// (one level), so re-zipped archives read like the original.

import { Gunzip } from 'fflate';
import { HandshakesError, InvalidArgumentError, message } from '../errors.js';
import { MAX_INFLATED_BYTES } from './inflate-limit.js';
import { zipEntries } from './zip-entries.js';

/** What `parseLinkedInExport` accepts: zip (or gzip of zip) bytes, or files by name. */
export type LinkedInExportInput =
  | Uint8Array
  | ArrayBuffer
  | ReadonlyMap<string, Uint8Array | string>
  | Readonly<Record<string, Uint8Array | string>>;

/** One file of an export, by its path inside the archive or folder. */
export interface ExportFile {
  /** Path inside the archive (`Basic_LinkedInDataExport_11-20-2026/Invitations.csv`). */
  name: string;
  /** Its bytes, or its text. */
  data: Uint8Array | string;
}

const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);
const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
const wanted = (name: string): boolean =>
  /\.(csv|zip)$/i.test(name) && !/(^|\/)__MACOSX\//.test(name) && !/(^|\/)\._/.test(name);

// `budget.left`: bytes the archive's entries may still inflate to, nested zips included.
function unzip(
  where: string,
  bytes: Uint8Array,
  source: string | undefined,
  depth: number,
  budget = { left: MAX_INFLATED_BYTES },
): ExportFile[] {
  let entries: [string, Uint8Array][];
  const names: string[] = [];
  try {
    entries = zipEntries(bytes, (name) => names.push(name) > 0 && wanted(name), budget.left);
  } catch (error) {
    throw new HandshakesError(
      'PARSE_ERROR',
      message(where, `${source ?? 'the export'}: not a readable zip archive (${(error as Error).message})`),
      { cause: error },
    );
  }
  const office = depth === 0 && entries.length === 0 ? officeDocument(names) : null;
  if (office)
    throw new HandshakesError(
      'PARSE_ERROR',
      message(
        where,
        `${source ?? 'the file'}: this is ${office.what}, not LinkedIn's export nor a CSV file: ${office.fix}, and give that file`,
      ),
    );
  const files: ExportFile[] = [];
  for (const [, data] of entries) budget.left -= data.length;
  for (const [name, data] of entries) {
    if (/\.zip$/i.test(name)) {
      if (depth === 0 && isZip(data))
        for (const inner of unzip(where, data, `${source ?? 'the export'}: ${name}`, depth + 1, budget))
          files.push({ name: `${name}/${inner.name}`, data: inner.data });
    } else files.push({ name, data });
  }
  return files;
}

// Office documents are zips too: a Connections.csv opened in Excel and saved as a workbook is the
// likeliest, so the refusal says how to save it as CSV.
function officeDocument(names: string[]): { what: string; fix: string } | null {
  const has = (prefix: string) => names.some((n) => n.startsWith(prefix));
  if (has('xl/'))
    return { what: 'an Excel workbook (.xlsx)', fix: 'open it in Excel, save it as "CSV UTF-8 (comma delimited)"' };
  if (names.includes('mimetype') && has('content.xml'))
    return { what: 'an OpenDocument file (.ods/.odt)', fix: 'open it in LibreOffice, save it as "Text CSV" (UTF-8)' };
  if (has('word/') || has('ppt/'))
    return { what: 'a Word or PowerPoint document', fix: 'export the table it holds as CSV' };
  return null;
}

// Inflates a gzip of the export in 64 KiB steps, refusing once the output passes the limit the zip's
// entries have (MAX_INFLATED_BYTES): a small file inflating to gigabytes stops there, unallocated.
function gunzipBounded(where: string, bytes: Uint8Array, source: string): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES)
      throw new HandshakesError(
        'PARSE_ERROR',
        message(
          where,
          `${source}: the gzip data inflates past ${MAX_INFLATED_BYTES / 2 ** 20} MiB (a damaged or crafted file)`,
        ),
      );
    parts.push(chunk);
  });
  try {
    const step = 1 << 16;
    for (let at = 0; at < bytes.length; at += step)
      gunzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    throw new HandshakesError(
      'PARSE_ERROR',
      message(where, `${source}: damaged gzip data (${(error as Error).message})`),
      {
        cause: error,
      },
    );
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Lists the CSV files of a LinkedIn export given as zip bytes, gzip-of-zip bytes or files by name.
 *
 * @param input - the bytes of the archive, or a `Map`/record from file name to bytes or text.
 * @param where - the calling function, for errors.
 * @param source - the archive's name, for errors.
 * @returns the `.csv` files, in archive order (zips nested one level are opened).
 * @throws HandshakesError (`PARSE_ERROR`) when the bytes are neither zip nor gzip of a zip, or the
 * archive is damaged; InvalidArgumentError for any other input.
 * @remarks Time O(b) for b bytes; only `.csv` entries are inflated.
 */
export function exportFiles(input: LinkedInExportInput, where: string, source?: string): ExportFile[] {
  if (input instanceof ArrayBuffer) input = new Uint8Array(input);
  if (input instanceof Uint8Array) {
    let bytes = input;
    if (isGzip(bytes)) bytes = gunzipBounded(where, bytes, source ?? 'the export');
    if (!isZip(bytes))
      throw new HandshakesError(
        'PARSE_ERROR',
        message(
          where,
          `${source ?? 'the export'}: not a zip archive (LinkedIn's export is a .zip; pass its bytes, or its files by name)`,
        ),
      );
    return unzip(where, bytes, source, 0);
  }
  if (input instanceof Map) return [...input].map(([name, data]) => ({ name: String(name), data }));
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    return Object.keys(input).map((name) => ({ name, data: (input as Record<string, Uint8Array | string>)[name]! }));
  }
  throw new InvalidArgumentError(
    where,
    'files',
    'zip bytes (Uint8Array or ArrayBuffer) or a { name → bytes } map',
    input,
  );
}
