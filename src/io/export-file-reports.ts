// Which file of a LinkedIn export is which, and what was done with each: every file is identified
// by its header (else its name); the first of each kind handshakes reads is kept, address books
// and files a network does not need are listed with the reason they were not read.

import { identifyLinkedInFile, LINKEDIN_FILE_NAMES, type LinkedInFileKind } from './linkedin-file-kind.js';
import type { TextEncodingName } from './decode-text.js';

/** What was done with one file of the export. */
export interface ExportFileReport {
  /** Path inside the archive or folder. */
  name: string;
  /** What the file is (`null`: not a LinkedIn file handshakes knows). */
  kind: LinkedInFileKind | null;
  /** Whether it was parsed. */
  read: boolean;
  /** Why it was not read, when it was not. */
  reason?: string;
  /** Text encoding detected (read files). */
  encoding?: TextEncodingName;
  /** 1-based header line (`0` when not found). */
  headerLine: number;
  /** The header cells, case-folded: the column layout seen. */
  columns: string[];
  /** Data rows read (= imported + skipped). */
  rowsRead: number;
  /** Rows imported. */
  imported: number;
  /** Rows skipped (each listed in that file's result). */
  skipped: number;
}

const READ: readonly LinkedInFileKind[] = ['connections', 'invitations', 'messages', 'profile', 'positions'];
const NOT_READ: Partial<Record<LinkedInFileKind, string>> = {
  contacts: 'synced address book: personal data, never read',
  endorsements: 'not needed for a network',
  'company-follows': 'not needed for a network',
  'member-follows': 'not needed for a network',
};

/** One file of an export: its path and its bytes or text. */
export interface ExportFile {
  /** Path inside the archive or folder. */
  name: string;
  /** Its bytes or text. */
  data: Uint8Array | string;
}

/**
 * Identifies each file of an export and keeps the first of each kind that is read.
 *
 * @param files - the export's files, in archive order.
 * @returns `found`: kind → the file to read; `reports`: one report per file, in order, not yet
 * filled (`read: false`, with the reason for the files left out).
 * @remarks Time O(f) header searches for f files (each on at most the file's first 64 KiB).
 */
export function sortExportFiles(files: Iterable<ExportFile>): {
  found: Map<LinkedInFileKind, ExportFile>;
  reports: ExportFileReport[];
} {
  const found = new Map<LinkedInFileKind, ExportFile>();
  const reports: ExportFileReport[] = [];
  for (const file of files) {
    const identity = identifyLinkedInFile(file.data, file.name);
    const kind = identity?.kind ?? null;
    const report: ExportFileReport = {
      name: file.name,
      kind,
      read: false,
      headerLine: identity?.headerLine ?? 0,
      columns: [],
      rowsRead: 0,
      imported: 0,
      skipped: 0,
    };
    if (kind === null) report.reason = 'not a LinkedIn file handshakes reads';
    else if (!READ.includes(kind)) report.reason = NOT_READ[kind] ?? 'not needed for a network';
    else if (found.has(kind))
      report.reason = `a second ${LINKEDIN_FILE_NAMES[kind]} (${found.get(kind)!.name} was read)`;
    else found.set(kind, file);
    reports.push(report);
  }
  return { found, reports };
}
