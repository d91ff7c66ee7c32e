// LinkedIn export files from disk: Connections.csv and Invitations.csv in any encoding the core
// decoder detects (UTF-8 with or without BOM, UTF-16 LE/BE), plain or gzip, the path named in every error.

import {
  parseLinkedInConnections,
  type LinkedInConnectionsOptions,
  type LinkedInConnectionsResult,
} from '../io/parse-linkedin-connections.js';
import { parseLinkedInInvitations, type InvitationsResult } from '../io/parse-linkedin-invitations.js';
import { readBytes, type ReadFileOptions } from './read-text-file.js';

/**
 * Reads a LinkedIn `Connections.csv` file: see `parseLinkedInConnections` for the variants accepted
 * and the report; the file path is the `source` of every error and of the report.
 *
 * @param path - the file.
 * @param options - `owner` (the exporting member's profile URL), `keepEmails`, `maxInflatedBytes`
 * (a gzip file is inflated up to this many bytes, default 256 MiB).
 * @returns `{ people, skipped, report }`.
 * @throws ParseError naming the file and line; HandshakesError when the file cannot be read.
 * @remarks Time O(b) for a file of b bytes; the whole file is read at once (exports are small).
 * @example
 * const { people, report } = await readLinkedInConnections('Connections.csv', { owner: 'https://www.linkedin.com/in/me' });
 */
export async function readLinkedInConnections(
  path: string,
  options: Omit<LinkedInConnectionsOptions, 'source'> & ReadFileOptions = {},
): Promise<LinkedInConnectionsResult> {
  const { maxInflatedBytes, ...rest } = options;
  const bytes = await readBytes(
    'readLinkedInConnections',
    path,
    maxInflatedBytes === undefined ? {} : { maxInflatedBytes },
  );
  return parseLinkedInConnections(bytes, { ...rest, source: path });
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
  return parseLinkedInInvitations(await readBytes('readLinkedInInvitations', path), { source: path });
}
