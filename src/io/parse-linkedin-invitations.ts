// parseLinkedInInvitations: LinkedIn's Invitations.csv (pending invitations, sent and received, with
// their messages) for the strategy tools. Header by content (`From`, `To`, `Sent At`…); profile URLs,
// which this file writes percent-decoded, normalised to the same keys as Connections.csv.
// Invariant: rowsRead = imported + skipped.

import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import { createDateColumn, type SlashedDateReading } from './date-column.js';
import { type LinkedInTableReport, readLinkedInTable, type SkippedRow } from './read-linkedin-table.js';

/** One pending invitation. */
export interface LinkedInInvitation {
  /** 1-based line of the row. */
  line: number;
  /** Sender's name, as written. */
  from: string;
  /** Recipient's name, as written. */
  to: string;
  /** `outgoing` (sent by the exporting member), `incoming`, or `unknown` when the file does not say. */
  direction: 'incoming' | 'outgoing' | 'unknown';
  /** ISO date the invitation was sent, when readable. */
  sentOn?: string;
  /** `Sent At` as written. */
  sentAtRaw?: string;
  /** The message, when one was written (line breaks kept) and `keepNotes` is on. */
  message?: string;
  /** Whether the invitation carried a note (a message), kept or not. */
  hasNote: boolean;
  /** Normalised profile URL of the sender, when the file has it. */
  inviter?: string;
  /** Normalised profile URL of the recipient, when the file has it. */
  invitee?: string;
  /** The other party's key (the invitee of an outgoing invitation, the inviter of an incoming one). */
  contact?: string;
  /** The other party's name. */
  contactName: string;
}

/** What parsing Invitations.csv saw. rowsRead = imported + skipped. */
export interface InvitationsReport extends LinkedInTableReport {
  /** Outgoing invitations (sent by the exporting member, not yet answered). */
  outgoing: number;
  /** Incoming invitations. */
  incoming: number;
  /** Invitations with a message. */
  withMessage: number;
  /** `Sent At` cells that could not be read, or were refused (raw kept). */
  unreadableDates: number;
  /** How slashed dates (`03/04/2021`) were read, decided once per file; `null` when it has none. */
  slashedDates: SlashedDateReading | null;
}

/** The invitations, skipped rows and counts. */
export interface InvitationsResult {
  /** Invitations in file order. */
  invitations: LinkedInInvitation[];
  /** Skipped rows with line and reason. */
  skipped: SkippedRow[];
  /** Counts. */
  report: InvitationsReport;
}

/** Options of `parseLinkedInInvitations`. */
export interface LinkedInInvitationsOptions {
  /** File name for errors and the report. */
  source?: string;
  /** Keep each note's text in `message` (default `true`); `false` keeps only `hasNote`. */
  keepNotes?: boolean;
}

const WHERE = 'parseLinkedInInvitations';
// December 2023 exports wrote the bare `https://www.linkedin.com/in` in both URL columns
const BARE = 'https://www.linkedin.com/in';
const isHeader = (c: readonly string[]): boolean =>
  c.includes('from') && c.includes('to') && (c.includes('sent at') || c.includes('direction'));
const COLUMNS = {
  from: ['from'],
  to: ['to'],
  sentAt: ['sent at'],
  message: ['message'],
  direction: ['direction'],
  inviter: ['inviterprofileurl', 'inviter profile url'],
  invitee: ['inviteeprofileurl', 'invitee profile url'],
};

/**
 * Reads LinkedIn's `Invitations.csv` (pending invitations, incoming and outgoing).
 *
 * @param input - the file's text or bytes (UTF-8 with or without BOM, UTF-16).
 * @param options - `source`: the file name for errors and the report; `keepNotes` (default `true`).
 * @returns `{ invitations, skipped, report }`; `report.rowsRead === report.imported + report.skipped`.
 * @throws ParseError naming the source and line when no header is found or a quote never closes.
 * @remarks Time O(b) for b bytes.
 * @example
 * const { invitations } = parseLinkedInInvitations(text);
 * invitations.filter((i) => i.direction === 'outgoing').length; // invitations waiting for an answer
 */
export function parseLinkedInInvitations(
  input: string | Uint8Array,
  options: LinkedInInvitationsOptions = {},
): InvitationsResult {
  const { report, skipped, rows } = readLinkedInTable(
    input,
    {
      where: WHERE,
      source: options.source,
      expected: 'a row with `From`, `To` and `Sent At`',
      isHeader,
      columns: COLUMNS,
      width: 'exact',
    },
    (base) => ({
      ...base,
      outgoing: 0,
      incoming: 0,
      withMessage: 0,
      unreadableDates: 0,
      slashedDates: null as SlashedDateReading | null,
    }),
  );
  const invitations: LinkedInInvitation[] = [];
  const dates = createDateColumn<LinkedInInvitation>(options.source, 'Sent At', (invitation, iso) => {
    if (iso) invitation.sentOn = iso;
    else report.unreadableDates++;
  });
  for (const { line, get } of rows) {
    const dir = get('direction').toLowerCase();
    const direction = dir === 'outgoing' ? 'outgoing' : dir === 'incoming' ? 'incoming' : 'unknown';
    const invitation: LinkedInInvitation = {
      line,
      from: get('from'),
      to: get('to'),
      direction,
      contactName: direction === 'incoming' ? get('from') : get('to'),
      hasNote: false,
    };
    const sentAt = get('sentAt');
    if (sentAt) {
      invitation.sentAtRaw = sentAt;
      dates.read(sentAt, line, invitation);
    }
    const message = get('message');
    if (message) {
      if (options.keepNotes !== false) invitation.message = message;
      invitation.hasNote = true;
      report.withMessage++;
    }
    const profileKey = (column: 'inviter' | 'invitee'): string | null => {
      const key = normalizeProfileUrl(get(column));
      return key === BARE ? null : key;
    };
    const inviter = profileKey('inviter');
    const invitee = profileKey('invitee');
    if (inviter) invitation.inviter = inviter;
    if (invitee) invitation.invitee = invitee;
    const contact = direction === 'incoming' ? inviter : direction === 'outgoing' ? invitee : null;
    if (contact) invitation.contact = contact;
    if (direction === 'outgoing') report.outgoing++;
    else if (direction === 'incoming') report.incoming++;
    invitations.push(invitation);
    report.imported++;
  }
  report.slashedDates = dates.finish();
  return { invitations, skipped, report };
}
