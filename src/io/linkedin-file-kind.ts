// Which file of a LinkedIn data export a CSV is, from its header (found by content, past any
// preamble) and, when the header says nothing, from its name. Specific layouts are tested before
// the loose Connections.csv test: Profile.csv and Contacts.csv also have first and last names.

import { decodeText } from './decode-text.js';
import { findCsvHeader } from './find-csv-header.js';
import { isConnectionsHeader } from './linkedin-columns.js';

/** The files of a LinkedIn export that handshakes tells apart. */
export type LinkedInFileKind =
  | 'connections'
  | 'invitations'
  | 'messages'
  | 'profile'
  | 'positions'
  | 'endorsements'
  | 'company-follows'
  | 'member-follows'
  | 'contacts'
  | 'other';

/** The file name LinkedIn gives each kind (what error messages call it). */
export const LINKEDIN_FILE_NAMES: Readonly<Record<LinkedInFileKind, string>> = {
  connections: 'Connections.csv',
  invitations: 'Invitations.csv',
  messages: 'messages.csv',
  profile: 'Profile.csv',
  positions: 'Positions.csv',
  endorsements: 'Endorsement_Received_Info.csv',
  'company-follows': 'Company Follows.csv',
  'member-follows': 'Member_Follows.csv',
  contacts: 'Contacts.csv',
  other: 'export file',
};

/** What `identifyLinkedInFile` found. */
export interface LinkedInFileIdentity {
  /** The kind of file. */
  kind: LinkedInFileKind;
  /** LinkedIn's name for it (`Invitations.csv`…), or the base name given for `other`. */
  fileName: string;
  /** 1-based line of the header, `0` when recognised by name only. */
  headerLine: number;
}

const HEAD = 1 << 16;
const has = (columns: readonly string[], ...names: string[]): boolean => names.some((n) => columns.includes(n));

/**
 * The kind of LinkedIn export file a header is, from its trimmed, case-folded cells.
 *
 * @param columns - the header cells, trimmed and case-folded.
 * @returns the kind, or `null` when the header is none of LinkedIn's.
 * @remarks Time O(c) for c cells.
 * @example
 * linkedInHeaderKind(['from', 'to', 'sent at', 'message', 'direction']); // 'invitations'
 */
export function linkedInHeaderKind(columns: readonly string[]): LinkedInFileKind | null {
  const c = columns;
  if (has(c, 'from') && has(c, 'to') && has(c, 'content', 'subject', 'conversation id', 'conversation title'))
    return 'messages';
  if (has(c, 'from') && has(c, 'to') && has(c, 'sent at', 'direction', 'inviterprofileurl')) return 'invitations';
  if (
    has(c, 'first name') &&
    has(c, 'last name') &&
    has(c, 'headline', 'maiden name', 'birth date', 'summary', 'industry', 'geo location')
  )
    return 'profile';
  if (has(c, 'company name') && has(c, 'title') && has(c, 'started on', 'finished on')) return 'positions';
  if (has(c, 'skill name') || (has(c, 'endorsement date') && has(c, 'endorser public url', 'endorser first name')))
    return 'endorsements';
  if (has(c, 'organization') && has(c, 'followed on')) return 'company-follows';
  if (has(c, 'fullname') && has(c, 'status') && has(c, 'date')) return 'member-follows';
  if (has(c, 'source') && has(c, 'firstname', 'first name') && has(c, 'emails', 'phonenumbers', 'companies'))
    return 'contacts';
  if (isConnectionsHeader(c)) return 'connections';
  return null;
}

const BY_NAME: readonly [RegExp, LinkedInFileKind][] = [
  [/^connections\.csv$/i, 'connections'],
  [/^invitations\.csv$/i, 'invitations'],
  [/^messages\.csv$/i, 'messages'],
  [/^profile\.csv$/i, 'profile'],
  [/^positions\.csv$/i, 'positions'],
  [/^endorsement_received_info\.csv$/i, 'endorsements'],
  [/^company follows\.csv$/i, 'company-follows'],
  [/^member_follows\.csv$/i, 'member-follows'],
  [/^(?:imported )?contacts\.csv$/i, 'contacts'],
];

/** The base name of a path inside an archive or folder (`/` or `\` separated). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The kind LinkedIn's file name suggests, or `null`. */
export function linkedInKindByName(path: string): LinkedInFileKind | null {
  const name = baseName(path);
  for (const [pattern, kind] of BY_NAME) if (pattern.test(name)) return kind;
  return null;
}

/**
 * Tells which LinkedIn export file a text is: by its header, searched past any preamble (up to 200
 * records, `,` `;` or tab), else by its file name.
 *
 * @param input - the file's text or bytes.
 * @param name - its file name or path, when known.
 * @returns the kind, LinkedIn's file name for it and the header line; `null` when the file is
 * none of LinkedIn's (an edge list, say).
 * @remarks Time O(length of the preamble) per delimiter tried; reads at most the first 64 KiB.
 * @example
 * identifyLinkedInFile('From,To,Sent At,Message,Direction\n…')?.fileName; // 'Invitations.csv'
 */
export function identifyLinkedInFile(input: string | Uint8Array, name?: string): LinkedInFileIdentity | null {
  // the header sits within the first 200 records: decode only the head of a big file
  const { text } = decodeText(input.length > HEAD ? input.slice(0, HEAD) : input);
  try {
    const header = findCsvHeader(text, (columns) => linkedInHeaderKind(columns) !== null, {
      where: 'identifyLinkedInFile',
      expected: 'a LinkedIn header',
    });
    const kind = linkedInHeaderKind(header.columns)!;
    return { kind, fileName: LINKEDIN_FILE_NAMES[kind], headerLine: header.line };
  } catch {
    const kind = name === undefined ? null : linkedInKindByName(name);
    return kind === null
      ? null
      : { kind, fileName: kind === 'other' ? baseName(name!) : LINKEDIN_FILE_NAMES[kind], headerLine: 0 };
  }
}
