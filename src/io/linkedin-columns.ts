// The columns of LinkedIn's Connections.csv across eras (2016: 9 columns with Address, Websites,
// Instant Messengers; 2018: 6 columns; mid-2023 on: 7 with URL) and of spreadsheet re-saves that
// dropped some. Header cells arrive trimmed and case-folded (see find-csv-header.ts).

/** Which export layout a header is. */
export type LinkedInFormat = 'current' | '2018' | '2016' | 'partial';

/** The index of each known column in a header, `-1` when absent. */
export interface ConnectionColumns {
  firstName: number;
  lastName: number;
  url: number;
  email: number;
  company: number;
  position: number;
  connectedOn: number;
}

/** Each Connections.csv column's accepted names, case-folded, across eras and re-saves. */
export const CONNECTION_COLUMNS: Readonly<Record<keyof ConnectionColumns, readonly string[]>> = {
  firstName: ['first name', 'firstname', 'first'],
  lastName: ['last name', 'lastname', 'last', 'surname'],
  url: ['url', 'profile url', 'profileurl', 'linkedin url', 'public profile url'],
  email: ['email address', 'email', 'e-mail address', 'e-mail', 'emailaddress'],
  company: ['company', 'organization', 'organisation'],
  position: ['position', 'title', 'job title'],
  connectedOn: ['connected on', 'connectedon', 'connection date', 'connected'],
};

/** Whether case-folded header cells are a Connections.csv header (README: by content). */
export function isConnectionsHeader(columns: readonly string[]): boolean {
  const has = (names: readonly string[]) => columns.some((c) => names.includes(c));
  return (
    (has(CONNECTION_COLUMNS.firstName) && has(CONNECTION_COLUMNS.lastName)) ||
    (has(CONNECTION_COLUMNS.company) && has(CONNECTION_COLUMNS.connectedOn))
  );
}

/** Names the layout: `current` (URL), `2016` (Address/Websites), `2018` (names, no URL), `partial`. */
export function linkedInFormat(columns: readonly string[], c: ConnectionColumns): LinkedInFormat {
  const named = c.firstName >= 0 && c.lastName >= 0;
  if (named && c.url >= 0) return 'current';
  if (named && (columns.includes('address') || columns.includes('websites') || columns.includes('instant messengers')))
    return '2016';
  if (named && c.email >= 0) return '2018';
  return 'partial';
}

/** The first known column named twice in a header, with both 1-based positions, else `null`. */
export function duplicateColumn(columns: readonly string[]): { name: string; first: number; second: number } | null {
  for (const names of Object.values(CONNECTION_COLUMNS)) {
    const at = columns.flatMap((c, i) => (names.includes(c) ? [i] : []));
    if (at.length > 1) return { name: columns[at[1]!]!, first: at[0]! + 1, second: at[1]! + 1 };
  }
  return null;
}
