// Reads a whole file for the Node readers, turning file-system failures into a HandshakesError
// that names the function and the path; a gzip file is inflated (gzip.ts, up to a limit). Writes
// text whole or chunk by chunk, gzip-compressed on request.

import { createWriteStream } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { throwIfAborted } from '../abort.js';
import { HandshakesError, message } from '../errors.js';
import { inflateIfGzip } from './gzip.js';
import { readError } from './read-error.js';

/** Options of the whole-file readers. */
export interface ReadFileOptions {
  /** Refuse a gzip file that inflates to more bytes than this (default 256 MiB). */
  maxInflatedBytes?: number;
}

/** Reads a file's bytes (inflated when gzip), or throws a HandshakesError (`READ_ERROR`) naming `where` and the path. */
export async function readBytes(where: string, path: string, options: ReadFileOptions = {}): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw readError(where, path, error);
  }
  return inflateIfGzip(where, path, bytes, options.maxInflatedBytes);
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
 * @param options - `gzip`: compress the file; `signal`: checked before each chunk.
 * @returns the number of characters written (before compression).
 * @throws HandshakesError naming `where` and the path when the file cannot be written; AbortError.
 * @remarks Time O(total length); memory O(largest chunk).
 */
export async function writeChunks(
  where: string,
  path: string,
  chunks: Iterable<string>,
  options: { gzip?: boolean; signal?: AbortSignal } = {},
): Promise<number> {
  let written = 0;
  function* counted(): Generator<string> {
    for (const chunk of chunks) {
      throwIfAborted(where, options.signal);
      written += chunk.length;
      yield chunk;
    }
  }
  try {
    if (options.gzip) await pipeline(Readable.from(counted()), createGzip(), createWriteStream(path));
    else {
      const handle = await open(path, 'w');
      try {
        for (const chunk of counted()) await handle.write(chunk, null, 'utf8');
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    if (error instanceof HandshakesError) throw error;
    throw new HandshakesError('INVALID_ARGUMENT', message(where, `cannot write ${path}: ${(error as Error).message}`), {
      cause: error,
    });
  }
  return written;
}
