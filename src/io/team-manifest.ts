// team.json: the manifest of a team — each member's profile URL, name and LinkedIn export (a path
// relative to the manifest) — parsed and checked here, browser-safe; handshakes/node's readTeam
// opens the exports. A member without an export joins the team graph as a member all the same.

import { ParseError } from '../errors.js';
import { jsonErrorLocation } from './graph-json.js';

/** One member of a team manifest. */
export interface TeamManifestMember {
  /** The member's profile URL: their node in the team graph. */
  profileUrl: string;
  /** Their display name, when the export does not give it. */
  name?: string;
  /** Their LinkedIn export (Connections.csv, the zip, or its folder), relative to the manifest; none for a member who gave no export. */
  export?: string | null;
}

/** A team manifest (`team.json`). */
export interface TeamManifest {
  /** The members, in order. */
  members: TeamManifestMember[];
}

const WHERE = 'parseTeamManifest';

/**
 * Whether a JSON text looks like a team manifest (a `members` list and an `export`) rather than a
 * graphology graph: what format detection asks of the first 64 KiB.
 *
 * @param head - the start of the text.
 * @returns true for a manifest.
 * @remarks Time O(length of `head`).
 * @example
 * looksLikeTeamManifest('{"members":[{"profileUrl":"…","export":"a.csv"}]}'); // true
 */
export function looksLikeTeamManifest(head: string): boolean {
  return /"members"\s*:\s*\[/.test(head) && /"export"\s*:/.test(head);
}

/**
 * Parses and checks a team manifest.
 *
 * @param text - the JSON text.
 * @param options - `source`: the file name for errors.
 * @returns the manifest, members in file order.
 * @throws ParseError naming the source, line and column of a JSON syntax error, or the member and
 * field that is wrong (no `members` list, a `profileUrl` that is not a non-empty string…).
 * @remarks Time O(length of the text).
 * @example
 * parseTeamManifest('{"members":[{"profileUrl":"https://www.linkedin.com/in/ada","export":"ada.zip"}]}').members.length; // 1
 */
export function parseTeamManifest(text: string, options: { source?: string } = {}): TeamManifest {
  const at = options.source === undefined ? {} : { source: options.source };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ParseError(WHERE, `not a valid team manifest (${(error as Error).message})`, {
      ...at,
      ...jsonErrorLocation(text, error as Error),
    });
  }
  const members = (data as { members?: unknown } | null)?.members;
  if (!Array.isArray(members)) throw new ParseError(WHERE, 'a team manifest is an object with a `members` list', at);
  return {
    members: members.map((m: unknown, i) => {
      const bad = (why: string): ParseError => new ParseError(WHERE, `member ${i + 1}: ${why}`, at);
      if (!m || typeof m !== 'object' || Array.isArray(m)) throw bad('expected an object');
      const { profileUrl, name, export: file } = m as Record<string, unknown>;
      if (typeof profileUrl !== 'string' || profileUrl === '') throw bad('`profileUrl` must be a non-empty string');
      if (name !== undefined && name !== null && typeof name !== 'string') throw bad('`name` must be a string');
      if (file !== undefined && file !== null && (typeof file !== 'string' || file === ''))
        throw bad('`export` must be a non-empty string (a path relative to the manifest) or null');
      return {
        profileUrl,
        ...(typeof name === 'string' && name !== '' ? { name } : {}),
        ...(typeof file === 'string' ? { export: file } : {}),
      };
    }),
  };
}
