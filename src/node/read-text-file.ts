// Reads a whole text file for the Node readers, turning file-system failures into a
// HandshakesError that names the function and the path. A gzip file (by its magic bytes) is
// inflated, up to a limit: a small file that inflates to gigabytes is refused, not swallowed.

import { type FileHandle, open, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { HandshakesError, ParseError, message } from '../errors.js';
import { readError } from './read-error.js';

/** Largest text a whole-file reader inflates from gzip by default: 256 MiB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** Options of the whole-file readers. */
export interface ReadFileOptions {
  /** Refuse a gzip file that inflates to more bytes than this (default 256 MiB). */
  maxInflatedBytes?: number;
}

/**
 * Inflates gzip bytes, or returns other bytes as they are.
 *
 * @param where - the calling function, for errors.
 * @param path - the file name, for errors.
 * @param bytes - the file's bytes.
 * @param options - `maxInflatedBytes`.
 * @returns the plain bytes.
 * @throws ParseError when the stream is damaged or inflates past the limit.
 * @remarks Time O(inflated size); memory at most the limit.
 */
export function inflateIfGzip(
  where: string,
  path: string,
  bytes: Uint8Array,
  options: ReadFileOptions = {},
): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const limit = options.maxInflatedBytes ?? MAX_INFLATED_BYTES;
  try {
    return gunzipSync(bytes, { maxOutputLength: limit });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ERR_BUFFER_TOO_LARGE'
        ? `the gzip file inflates to more than ${limit} bytes (the \`maxInflatedBytes\` limit)`
        : `damaged gzip data (${(error as Error).message})`;
    throw new ParseError(where, why, { source: path });
  }
}

/** Reads a file's bytes (inflated when gzip), or throws a HandshakesError (`READ_ERROR`) naming `where` and the path. */
export async function readBytes(where: string, path: string, options: ReadFileOptions = {}): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(where, path, error);
  }
  return inflateIfGzip(where, path, bytes, options);
}

/** Writes UTF-8 text to a file, or throws a HandshakesError naming `where` and the path. */
export async function writeText(where: string, path: string, text: string): Promise<void> {
  try {
    await writeFile(path, text, 'utf8');
  } catch (error) {
    throw new HandshakesError('INVALID_ARGUMENT', message(where, `cannot write ${path}: ${(error as Error).message}`), {
      cause: error,
    });
  }
}

/**
 * Writes text chunks to a file as they come, so an output never has to fit one string.
 *
 * @param where - the calling function, for errors.
 * @param path - the file.
 * @param chunks - the text, in pieces (a generator keeps memory flat).
 * @throws HandshakesError naming `where` and the path when the file cannot be written.
 * @remarks Time O(total length); memory O(largest chunk).
 */
export async function writeChunks(where: string, path: string, chunks: Iterable<string>): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'w');
    for (const chunk of chunks) await handle.write(chunk, null, 'utf8');
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    throw new HandshakesError('INVALID_ARGUMENT', message(where, `cannot write ${path}: ${(error as Error).message}`), {
      cause: error,
    });
  } finally {
    await handle?.close();
  }
}
