// messages.csv read into one small record per message — who wrote it, to whom, when, in which
// conversation, which way — with drafts skipped and counted, before parseLinkedInMessages
// attributes them; and the owner found from those records when nobody gave their URL.
// CONTENT and SUBJECT are never read. Invariant: rowsRead = imported + skipped.

import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import { createDateColumn, type SlashedDateReading } from './date-column.js';
import { type LinkedInTableReport, readLinkedInTable, type SkippedRow } from './read-linkedin-table.js';
import type { LongWorkOptions } from '../types.js';

/** What parsing messages.csv saw. rowsRead = imported + skipped; drafts are among the skipped rows. */
export interface MessagesReport extends LinkedInTableReport {
  /** Draft messages skipped (`IS MESSAGE DRAFT`, `IS CONVERSATION DRAFT` or `FOLDER` = DRAFT). */
  drafts: number;
  /** Messages you sent. */
  sent: number;
  /** Messages you received. */
  received: number;
  /** Messages from or to no identifiable person (`LinkedIn Member`, sponsored, no owner known). */
  unattributed: number;
  /** Messages in group conversations (three people or more). */
  groupMessages: number;
  /** Distinct conversations. */
  conversations: number;
  /** `DATE` cells that could not be read, or were refused. */
  unreadableDates: number;
  /** How slashed dates (`03/04/2021`) were read, decided once per file; `null` when it has none. */
  slashedDates: SlashedDateReading | null;
}

/** One message, as parseLinkedInMessages needs it (no contents). */
export interface MessageRow {
  line: number;
  conversation: string;
  from: string;
  sender: string | null;
  to: string;
  recipients: string[];
  date: string | null;
  outgoing: boolean | null;
}

const WHERE = 'parseLinkedInMessages';
const isHeader = (c: readonly string[]): boolean =>
  c.includes('from') &&
  c.includes('to') &&
  (c.includes('content') || c.includes('subject') || c.includes('conversation id'));
const YES = /^(?:true|yes|1)$/i;
/** A name folded for matching in messages.csv: no accents, lower case, spaces collapsed (punctuation kept). */
export const foldName = (name: string): string =>
  name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const COLUMNS = {
  conversation: ['conversation id'],
  from: ['from'],
  sender: ['sender profile url'],
  to: ['to'],
  recipients: ['recipient profile urls'],
  date: ['date'],
  direction: ['direction'],
  folder: ['folder'],
  draft: ['is message draft'],
  conversationDraft: ['is conversation draft'],
};

/**
 * Reads `messages.csv` into one record per message, drafts skipped (and counted in `report.drafts`).
 *
 * @param input - the file's text or bytes.
 * @param source - the file name, for errors and the report.
 * @param long - `onProgress` (characters read) and `signal`.
 * @returns the records in file order, the skipped rows and the report (its per-person counts still 0).
 * @throws ParseError naming the source and line when no header is found or a quote never closes.
 * @remarks Time O(b) for b bytes; each distinct profile URL normalised once.
 */
export function readMessageRows(
  input: string | Uint8Array,
  source: string | undefined,
  long: LongWorkOptions = {},
): { rows: MessageRow[]; report: MessagesReport; skipped: SkippedRow[] } {
  const table = readLinkedInTable(
    input,
    {
      where: WHERE,
      source: source,
      expected: 'a row with `FROM`, `TO` and `CONTENT`',
      isHeader,
      columns: COLUMNS,
      work: { ...long, phase: 'reading messages' },
    },
    (base) => ({
      ...base,
      drafts: 0,
      sent: 0,
      received: 0,
      unattributed: 0,
      groupMessages: 0,
      conversations: 0,
      unreadableDates: 0,
      slashedDates: null as SlashedDateReading | null,
    }),
  );
  const { report, skipped } = table;
  const rows: MessageRow[] = [];
  const dates = createDateColumn<MessageRow>(source, 'DATE', (row, iso) => {
    row.date = iso;
    if (!iso) report.unreadableDates++;
  });
  // the same few hundred URLs come back on every row: normalise each raw string once
  const keys = new Map<string, string | null>();
  const profileKey = (raw: string): string | null => {
    let key = keys.get(raw);
    if (key === undefined) keys.set(raw, (key = normalizeProfileUrl(raw)));
    return key;
  };
  for (const { line, get } of table.rows) {
    const folder = get('folder').toLowerCase();
    if (YES.test(get('draft')) || YES.test(get('conversationDraft')) || folder === 'draft' || folder === 'drafts') {
      report.drafts++;
      skipped.push({ line, reason: 'a draft, never sent' });
      report.skipped++;
      continue;
    }
    const direction = get('direction').toLowerCase();
    const dateRaw = get('date');
    const row: MessageRow = {
      line,
      // layouts without CONVERSATION ID: the pair of people, either way round
      conversation: get('conversation') || [foldName(get('from')), foldName(get('to'))].sort().join('\u0000'),
      from: get('from'),
      sender: profileKey(get('sender')),
      to: get('to'),
      recipients:
        table.column.recipients < 0
          ? []
          : get('recipients')
              .split(/[,;\s]+/)
              .map(profileKey)
              .filter((u): u is string => u !== null),
      date: null,
      outgoing:
        direction === 'outgoing' || direction === 'sent' || folder === 'sent'
          ? true
          : direction === 'incoming' || direction === 'inbox'
            ? false
            : null,
    };
    if (dateRaw) dates.read(dateRaw, line, row);
    rows.push(row);
  }
  report.slashedDates = dates.finish();
  return { rows, report, skipped };
}

/**
 * Your URL: the sender URL of a row written by `ownerName`, else the one URL present in every
 * conversation (two or more); `null` when neither tells.
 *
 * @remarks Time O(r + u) for r records and u URLs in them.
 */
export function inferOwner(rows: readonly MessageRow[], ownerName: string | undefined): string | null {
  if (ownerName !== undefined) {
    const name = foldName(ownerName);
    for (const row of rows) if (row.sender !== null && foldName(row.from) === name) return row.sender;
  }
  const inConversations = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const row of rows) {
    if (row.sender === null && row.recipients.length === 0) continue;
    all.add(row.conversation);
    for (const url of row.sender === null ? row.recipients : [row.sender, ...row.recipients]) {
      let set = inConversations.get(url);
      if (!set) inConversations.set(url, (set = new Set()));
      set.add(row.conversation);
    }
  }
  if (all.size < 2) return null;
  const everywhere = [...inConversations].filter(([, set]) => set.size === all.size);
  return everywhere.length === 1 ? everywhere[0]![0] : null;
}
