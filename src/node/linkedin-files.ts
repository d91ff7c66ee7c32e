// LinkedIn export files from disk: Connections.csv and Invitations.csv in any encoding the core
// decoder detects (UTF-8 with or without BOM, UTF-16 LE/BE), plain or gzip, the path named in every error.

import { parseLinkedInConnections, type LinkedInConnectionsOptions, type LinkedInConnectionsResult } from '../io/parse-linkedin-connections.js';
import { parseLinkedInInvitations, type InvitationsResult } from '../io/parse-linkedin-invitations.js';
import { gunzipSync } from 'node:zlib';
import { HandshakesError, message } from '../errors.js';
import { readBytes } from './read-text-file.js';

/** The file's bytes, gunzipped when they start with the gzip magic bytes. */
async function readMaybeGzip(where: string, path: string): Promise<Uint8Array> {
  const bytes = await readBytes(where, path);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return gunzipSync(bytes);
  } catch (error) {
    throw new HandshakesError('PARSE_ERROR', message(where, `${path}: damaged gzip data (${(error as Error).message})`), { cause: error });
  }
}

/**
 * Reads a LinkedIn `Connections.csv` file: see `parseLinkedInConnections` for the variants accepted
 * and the report; the file path is the `source` of every error and of the report.
 *
 * @param path - the file, plain or gzip-compressed.
 * @param options - `owner` (the exporting member's profile URL), `keepEmails`.
 * @returns `{ people, skipped, report }`.
 * @throws ParseError naming the file and line; HandshakesError when the file cannot be read.
 * @remarks Time O(b) for a file of b bytes; the whole file is read at once (exports are small).
 * @example
 * const { people, report } = await readLinkedInConnections('Connections.csv', { owner: 'https://www.linkedin.com/in/me' });
 */
export async function readLinkedInConnections(path: string, options: Omit<LinkedInConnectionsOptions, 'source'> = {}): Promise<LinkedInConnectionsResult> {
  return parseLinkedInConnections(await readMaybeGzip('readLinkedInConnections', path), { ...options, source: path });
}

/**
 * Reads a LinkedIn `Invitations.csv` file (pending invitations, with messages).
 *
 * @param path - the file.
 * @returns `{ invitations, skipped, report }`.
 * @throws ParseError naming the file and line; HandshakesError when the file cannot be read.
 * @remarks Time O(b) for a file of b bytes.
 * @example
 * const { invitations } = await readLinkedInInvitations('Invitations.csv');
 */
export async function readLinkedInInvitations(path: string): Promise<InvitationsResult> {
  return parseLinkedInInvitations(await readMaybeGzip('readLinkedInInvitations', path), { source: path });
}
