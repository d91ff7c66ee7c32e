// parseLinkedInMessages: LinkedIn's messages.csv reduced, row by row, to counts and dates per
// person — the CONTENT and SUBJECT cells are never read into anything that outlives the row.
// Every layout from 2018 on (names only, DIRECTION/FOLDER, sender and recipient URLs, draft flags).
// Invariant: rowsRead = imported + skipped; drafts are skipped and counted.

import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import { foldName as fold, inferOwner, type MessagesReport, readMessageRows } from './message-rows.js';
import type { SkippedRow } from './read-linkedin-table.js';
import type { LongWorkOptions } from '../types.js';

/** What you exchanged with one person: counts and dates, never contents. */
export interface MessageCounts {
  /** Normalised profile URL, or `name:<folded name>` when the file has no URLs (2018–2021). */
  key: string;
  /** Display name, as written. */
  name: string;
  /** Messages you sent them in one-to-one conversations. */
  sent: number;
  /** Messages they sent you in one-to-one conversations. */
  received: number;
  /** Messages in group conversations where both of you took part (either direction). */
  group: number;
  /** Distinct conversations. */
  conversations: number;
  /** ISO date of the first message, when readable. */
  firstOn?: string;
  /** ISO date of the last message, when readable. */
  lastOn?: string;
}

/** Options of `parseLinkedInMessages`. */
export interface LinkedInMessagesOptions extends LongWorkOptions {
  /** Your profile URL: tells your messages from the others'. Inferred when absent (see `owner`). */
  owner?: string;
  /** Your name as LinkedIn writes it (`Profile.csv`), for layouts without URLs. */
  ownerName?: string;
  /** File name for errors and the report. */
  source?: string;
}

/** Per-person counts, skipped rows, counts, and whose messages they are. */
export interface LinkedInMessagesResult {
  /** Counts per person, in order of first appearance (you excluded). */
  byPerson: Map<string, MessageCounts>;
  /** Each skipped row with its line and reason. */
  skipped: SkippedRow[];
  /** Counts. */
  report: MessagesReport;
  /** Your normalised profile URL: as given, or found (a sender named `ownerName`, else the one URL in every conversation); `null` if neither. */
  owner: string | null;
}

const ANONYMOUS = new Set(['linkedin member', 'linkedin', '']);
export type { MessagesReport };

/**
 * Reads LinkedIn's `messages.csv` into per-person message counts and dates; message contents and
 * subjects are never kept (not even in the result's reports).
 *
 * A message you sent counts for each recipient but you; one you received counts for its sender.
 * Conversations with three people or more count in `group`, not in `sent`/`received`. Drafts are
 * skipped. Rows from `LinkedIn Member` (sponsored messages, InMail) are counted as unattributed.
 *
 * @param input - the file's text or bytes.
 * @param options - `owner` (your profile URL), `ownerName`, `source`, `onProgress` (characters read), `signal`.
 * @returns `{ byPerson, skipped, report, owner }`.
 * @throws ParseError naming the source and line when no header is found or a quote never closes; AbortError when `signal` aborts.
 * @remarks Time O(b) for b bytes; memory O(r) small records for r rows (no contents).
 * @example
 * const { byPerson } = parseLinkedInMessages(text, { owner: 'https://www.linkedin.com/in/odile' });
 * byPerson.get('https://www.linkedin.com/in/ada')?.received; // messages Ada sent you
 */
export function parseLinkedInMessages(
  input: string | Uint8Array,
  options: LinkedInMessagesOptions = {},
): LinkedInMessagesResult {
  const { rows, report, skipped } = readMessageRows(input, options.source, options);
  const owner = normalizeProfileUrl(options.owner) ?? inferOwner(rows, options.ownerName);
  const ownerName = options.ownerName === undefined ? null : fold(options.ownerName);
  const byPerson = new Map<string, MessageCounts>();
  const talks = new Map<string, Set<string>>();
  const conversations = new Set<string>();
  const touch = (key: string, name: string, conversation: string, date: string | null): MessageCounts => {
    let counts = byPerson.get(key);
    if (counts && !counts.name && name) counts.name = name;
    if (!counts) {
      counts = { key, name, sent: 0, received: 0, group: 0, conversations: 0 };
      byPerson.set(key, counts);
      talks.set(key, new Set());
    }
    const seen = talks.get(key)!;
    if (!seen.has(conversation)) {
      seen.add(conversation);
      counts.conversations++;
    }
    if (date) {
      if (counts.firstOn === undefined || date < counts.firstOn) counts.firstOn = date;
      if (counts.lastOn === undefined || date > counts.lastOn) counts.lastOn = date;
    }
    return counts;
  };
  for (const row of rows) {
    conversations.add(row.conversation);
    report.imported++;
    const fromOwner =
      row.sender !== null && owner !== null
        ? row.sender === owner
        : (row.outgoing ?? (ownerName !== null ? fold(row.from) === ownerName : null));
    const others = row.recipients.filter((u) => u !== owner && u !== row.sender);
    // a group conversation: someone else besides you and one other person
    const group = fromOwner === false ? others.length > 0 : others.length > 1;
    if (fromOwner === true) {
      report.sent++;
      if (others.length === 0 && row.recipients.length === 0 && !ANONYMOUS.has(fold(row.to)))
        others.push(`name:${fold(row.to)}`);
      if (others.length === 0) report.unattributed++;
      if (group) report.groupMessages++;
      // TO lists the recipients' names in the order of their URLs (group chats: `A, B`)
      const names = row.recipients.length > 1 ? row.to.split(/\s*,\s*/) : [row.to];
      const nameOf = (key: string): string =>
        names.length === row.recipients.length
          ? (names[row.recipients.indexOf(key)] ?? '')
          : others.length === 1
            ? row.to
            : '';
      for (const key of others) {
        const counts = touch(key, key.startsWith('name:') ? row.to : nameOf(key), row.conversation, row.date);
        if (group) counts.group++;
        else counts.sent++;
      }
    } else if (fromOwner === false) {
      report.received++;
      const key = row.sender ?? (ANONYMOUS.has(fold(row.from)) ? null : `name:${fold(row.from)}`);
      if (group) report.groupMessages++;
      if (key === null) {
        report.unattributed++;
        continue;
      }
      const counts = touch(key, row.from, row.conversation, row.date);
      if (group) counts.group++;
      else counts.received++;
    } else report.unattributed++;
  }
  report.conversations = conversations.size;
  return { byPerson, skipped, report, owner };
}
