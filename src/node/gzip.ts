// gzip for every Node reader, in one place: recognised by its magic bytes (1f 8b), inflated whole up
// to a limit (a small file that inflates to gigabytes is refused, not swallowed), inflated as a
// stream for edge lists, or only its first bytes for format detection (a truncated stream is fine).

import { createGunzip } from 'node:zlib';
import { gunzipSync } from 'node:zlib';
import { ParseError } from '../errors.js';
import { MAX_INFLATED_BYTES } from '../io/inflate-limit.js';

/** Whether bytes start with gzip's magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Inflates gzip bytes, or returns other bytes as they are.
 *
 * @param where - the calling function, for errors.
 * @param path - the file name, for errors.
 * @param bytes - the file's bytes.
 * @param limit - the largest inflated size accepted (default 256 MiB).
 * @returns the plain bytes.
 * @throws ParseError when the stream is damaged or inflates past the limit.
 * @remarks Time O(inflated size); memory at most the limit.
 */
export function inflateIfGzip(
  where: string,
  path: string,
  bytes: Uint8Array,
  limit: number = MAX_INFLATED_BYTES,
): Uint8Array {
  if (!isGzip(bytes)) return bytes;
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

const HEAD_LIMIT = 1 << 22;

/**
 * Inflates the first bytes of a gzip stream, as far as they go (empty when they are not gzip
 * data), to 4 MiB at most: a head that inflates further is a bomb, of which the first 4 KiB are enough.
 */
export function inflateHead(bytes: Uint8Array): Uint8Array {
  for (const input of [bytes, bytes.subarray(0, 4096)]) {
    try {
      // Z_SYNC_FLUSH: accept a truncated stream
      return gunzipSync(input, { finishFlush: 2, maxOutputLength: HEAD_LIMIT });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') break;
    }
  }
  return new Uint8Array(0);
}

/** A transform stream that inflates gzip data chunk by chunk. */
export const gunzipStream = createGunzip;
