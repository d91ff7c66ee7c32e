// parseLinkedInExport: a whole LinkedIn data export (the zip as downloaded, a gzip of it, or its
// files by name) read in one call: each CSV found by its header (then its name, in any case, in any
// nested folder), Connections, Invitations, messages (counts only), Profile and Positions parsed,
// the owner's profile URL inferred, and a report for every file. Browser-safe (fflate, TextDecoder).

import { HandshakesError, InvalidArgumentError, message } from '../errors.js';
import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import type { LongWorkOptions } from '../types.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { type ExportFileReport, sortExportFiles } from './export-file-reports.js';
import { exportFiles, type LinkedInExportInput } from './export-files.js';
import { baseName, type LinkedInFileKind } from './linkedin-file-kind.js';
import { parseLinkedInConnections, type LinkedInConnectionsResult } from './parse-linkedin-connections.js';
import { parseLinkedInInvitations, type InvitationsResult } from './parse-linkedin-invitations.js';
import { parseLinkedInMessages, type LinkedInMessagesResult } from './parse-linkedin-messages.js';
import {
  parseLinkedInPositions,
  parseLinkedInProfile,
  type OwnerPosition,
  type OwnerProfile,
} from './parse-linkedin-profile.js';

/** Options of `parseLinkedInExport`. */
export interface LinkedInExportOptions extends LongWorkOptions {
  /** Your profile URL; needed only when the export does not show it (no outgoing invitation or sent message with URLs). */
  owner?: string;
  /** The archive's name, for errors and reports. */
  source?: string;
  /** Keep connections' email addresses (default `false`). */
  keepEmails?: boolean;
}

/** A whole export: connections, invitations, message counts, the owner's profile and positions. */
export interface LinkedInExportResult {
  /** The archive's name, when given. */
  source: string | undefined;
  /** The owner's normalised profile URL. */
  owner: string;
  /** Where the owner's URL came from. */
  ownerFrom: 'option' | 'invitations' | 'messages';
  /** `Connections.csv`: `{ people, skipped, report }`. */
  connections: LinkedInConnectionsResult;
  /** `Invitations.csv` (notes reduced to `hasNote`), or `null` when absent. */
  invitations: InvitationsResult | null;
  /** `messages.csv` reduced to per-person counts (no contents), or `null` when absent. */
  messages: LinkedInMessagesResult | null;
  /** `Profile.csv`, or `null` when absent. */
  profile: OwnerProfile | null;
  /** `Positions.csv`, or `null` when absent. */
  positions: OwnerPosition[] | null;
  /** One report per file found, in archive order. */
  files: ExportFileReport[];
}

/** The export does not show whose it is, and no `owner` was given. */
export class OwnerUnknownError extends HandshakesError {
  /** The archive's name, when given. */
  readonly source: string | undefined;
  constructor(where: string, source: string | undefined) {
    super(
      'INVALID_ARGUMENT',
      message(
        where,
        `${source ?? 'the export'}: cannot tell whose export this is (no outgoing invitation or sent message gives your profile URL): pass \`owner\`, your own profile URL (https://www.linkedin.com/in/<you>).`,
      ),
    );
    this.name = 'OwnerUnknownError';
    this.source = source;
  }
}

const WHERE = 'parseLinkedInExport';
export type { ExportFileReport };

/** The owner's URL from outgoing invitations (the inviter) or incoming ones (the invitee), the most frequent. */
function ownerFromInvitations(invitations: InvitationsResult | null): string | null {
  if (!invitations) return null;
  const votes = new Map<string, number>();
  for (const i of invitations.invitations) {
    const key = i.direction === 'outgoing' ? i.inviter : i.direction === 'incoming' ? i.invitee : undefined;
    if (key) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of votes) if (n > most) [best, most] = [key, n];
  return best;
}

/**
 * Reads a LinkedIn data export as people download it: the `.zip` bytes (`Basic_…` or
 * `Complete_LinkedInDataExport_…`), a gzip of the zip, or its files by name (an extracted folder,
 * files picked in a browser).
 *
 * Each CSV is recognised by its header (past any preamble), else by its name, whatever its case or
 * folder. `Connections.csv` becomes `{ people, skipped, report }`; `Invitations.csv` the invitations
 * with `hasNote` (note texts dropped); `messages.csv` per-person counts and dates (contents never
 * kept); `Profile.csv` and `Positions.csv` the owner's profile and jobs. Address books
 * (`Contacts.csv`) are never read. The owner's URL, absent from `Profile.csv`, is taken from
 * `owner`, else outgoing invitations' inviter, else messages sent by the owner.
 *
 * @param files - zip or gzip bytes, or a `Map`/record from file name to bytes or text.
 * @param options - `owner`, `source`, `keepEmails`, `onProgress`, `signal`.
 * @returns `{ owner, ownerFrom, connections, invitations, messages, profile, positions, files }`.
 * @throws HandshakesError (`PARSE_ERROR`) when the bytes are not a zip or it holds no
 * Connections.csv; OwnerUnknownError (`INVALID_ARGUMENT`) when the owner's URL is neither given nor in the export;
 * ParseError naming the file and line of a broken file; InvalidArgumentError for a bad `owner`.
 * @remarks Time O(b) for b bytes of CSV (plus inflating them); message contents are read cell by
 * cell and dropped.
 * @example
 * const result = parseLinkedInExport(new Uint8Array(await file.arrayBuffer()), { source: file.name });
 * result.connections.people.length; // your 1st-degree connections
 */
export function parseLinkedInExport(
  files: LinkedInExportInput,
  options: LinkedInExportOptions = {},
): LinkedInExportResult {
  if (options.owner !== undefined && normalizeProfileUrl(options.owner) === null)
    throw new InvalidArgumentError(WHERE, 'owner', 'your profile URL', options.owner);
  const label = options.source ?? 'the export';
  const { found, reports } = sortExportFiles(exportFiles(files, WHERE, options.source));
  const reportOf = (kind: LinkedInFileKind): ExportFileReport | undefined => {
    const file = found.get(kind);
    return file && reports.find((r) => r.name === file.name);
  };
  const sourceOf = (kind: LinkedInFileKind): string =>
    `${options.source === undefined ? '' : `${options.source}: `}${found.get(kind)!.name}`;
  const connectionsFile = found.get('connections');
  if (!connectionsFile) {
    const names = reports.map((r) => baseName(r.name)).join(', ') || 'no CSV file';
    throw new HandshakesError(
      'PARSE_ERROR',
      message(WHERE, `${label}: no Connections.csv found (files: ${names}); is it LinkedIn's data export?`),
    );
  }
  const invitations = found.has('invitations')
    ? parseLinkedInInvitations(found.get('invitations')!.data, { source: sourceOf('invitations'), keepNotes: false })
    : null;
  const profile = found.has('profile')
    ? parseLinkedInProfile(found.get('profile')!.data, { source: sourceOf('profile') })
    : null;
  const positions = found.has('positions')
    ? parseLinkedInPositions(found.get('positions')!.data, { source: sourceOf('positions') })
    : null;
  let owner = normalizeProfileUrl(options.owner);
  let ownerFrom: LinkedInExportResult['ownerFrom'] = 'option';
  if (owner === null) {
    owner = ownerFromInvitations(invitations);
    ownerFrom = 'invitations';
  }
  const messages = found.has('messages')
    ? parseLinkedInMessages(found.get('messages')!.data, {
        source: sourceOf('messages'),
        ...(owner === null ? {} : { owner }),
        ...(profile?.name === undefined ? {} : { ownerName: profile.name }),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      })
    : null;
  if (owner === null && messages?.owner) {
    owner = messages.owner;
    ownerFrom = 'messages';
  }
  if (owner === null) throw new OwnerUnknownError(WHERE, options.source);
  const connections = parseLinkedInConnections(connectionsFile.data, {
    owner,
    source: sourceOf('connections'),
    ...(options.keepEmails ? { keepEmails: true } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const fill = (
    kind: LinkedInFileKind,
    r: {
      rowsRead: number;
      imported: number;
      skipped: number;
      headerLine: number;
      columns?: string[];
      encoding?: TextEncodingName;
    },
  ): void => {
    const report = reportOf(kind);
    if (!report) return;
    Object.assign(report, {
      read: true,
      rowsRead: r.rowsRead,
      imported: r.imported,
      skipped: r.skipped,
      headerLine: r.headerLine,
    });
    if (r.columns) report.columns = r.columns;
    if (r.encoding) report.encoding = r.encoding;
  };
  fill('connections', connections.report);
  if (invitations) fill('invitations', invitations.report);
  if (messages) fill('messages', messages.report);
  for (const kind of ['profile', 'positions'] as const) {
    const file = found.get(kind);
    if (!file) continue;
    const rows = kind === 'profile' ? (profile && Object.keys(profile).length > 0 ? 1 : 0) : positions!.length;
    fill(kind, {
      rowsRead: rows,
      imported: rows,
      skipped: 0,
      headerLine: reportOf(kind)!.headerLine,
      encoding: decodeText(typeof file.data === 'string' ? file.data : file.data.subarray(0, 4096)).encoding,
    });
  }
  return {
    source: options.source,
    owner,
    ownerFrom,
    connections,
    invitations,
    messages,
    profile,
    positions,
    files: reports,
  };
}
