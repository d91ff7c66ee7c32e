// readTeam: a team.json manifest and the LinkedIn exports it names (paths relative to it), merged
// as one team graph; and the lookup that lets several exports given without owners take them from
// a team.json beside them (or one folder up) that names every one.

import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeText } from '../io/decode-text.js';
import { parseTeamManifest, type TeamManifest } from '../io/team-manifest.js';
import { detectGraphFile, type DetectedFile } from './detect-graph-file.js';
import { mergeExportFiles, type TeamGraph } from './merge-export-files.js';
import { readBytes } from './read-text-file.js';

const WHERE = 'readTeam';

/** Options of `readTeam`. */
export interface ReadTeamOptions {
  /** The name error messages start with (default `readTeam`): a program may report errors in its own name. */
  where?: string;
}

/**
 * Reads a team: the `team.json` manifest (each member's `profileUrl`, `name`, and `export`: a
 * Connections.csv, the export zip or its folder, relative to the manifest), every export read
 * once and merged with `mergeConnectionExports`; members without an export join as members.
 *
 * @param manifest - the manifest's path (plain or gzip), or a parsed manifest with the folder its
 * export paths are relative to.
 * @param options - `where`.
 * @returns `{ graph, members, report }`: the merged graph, the members' keys in order, and the
 * import report (`files`: one per export; `merge`; `possibleDuplicates`).
 * @throws ParseError naming the manifest (line and column for JSON syntax, the member and field
 * otherwise) or the export file and line; HandshakesError (`READ_ERROR`) when a file cannot be
 * read, (`PARSE_ERROR`) when an export is no LinkedIn file; OwnerUnknownError never (the manifest
 * names every owner).
 * @remarks Time O(b) for b bytes of exports, plus the merge (O(people) with hashing).
 * @example
 * const { graph, members } = await readTeam('examples/data/team.json');
 * members.length; // 5
 */
export async function readTeam(
  manifest: string | { manifest: TeamManifest; folder: string },
  options: ReadTeamOptions = {},
): Promise<TeamGraph> {
  const where = options.where ?? WHERE;
  if (typeof manifest === 'string') {
    const text = decodeText(await readBytes(where, manifest)).text;
    return teamOf(where, parseTeamManifest(text, { source: manifest }), dirname(manifest));
  }
  return teamOf(where, manifest.manifest, manifest.folder);
}

/** Merges a manifest's exports (internal: readGraph hands over the manifest it already read). */
export async function teamOf(where: string, manifest: TeamManifest, folder: string): Promise<TeamGraph> {
  const names = new Map(manifest.members.flatMap((m) => (m.name ? [[m.profileUrl, m.name] as const] : [])));
  const files = [];
  for (const m of manifest.members)
    if (m.export) files.push({ file: await exportFile(where, resolve(folder, m.export)), owner: m.profileUrl });
  const extra = manifest.members.filter((m) => !m.export).map((m) => m.profileUrl);
  return mergeExportFiles(files, extra, names);
}

async function exportFile(where: string, path: string): Promise<DetectedFile> {
  const file = await detectGraphFile(where, path);
  if (file.format === 'linkedin' || file.format === 'linkedin-export') return file;
  return { ...file, format: 'linkedin' }; // read as Connections.csv: its parser names what is wrong
}

/**
 * The owners of several exports given without owners: a team.json in an export's folder or the
 * folder above that names every one of them (as `handshakes stats examples/data/*\/Connections.csv`).
 *
 * @returns the owners in file order and the names the manifest gives, or `null` when no manifest
 * names them all (an unreadable or malformed team.json is passed over).
 */
export async function ownersFromManifest(
  paths: readonly string[],
): Promise<{ owners: string[]; names: Map<string, string> } | null> {
  const full = paths.map((p) => resolve(p));
  for (const folder of new Set(full.flatMap((p) => [dirname(p), dirname(dirname(p))]))) {
    let manifest: TeamManifest;
    try {
      manifest = parseTeamManifest(await readFile(resolve(folder, 'team.json'), 'utf8'));
    } catch {
      continue;
    }
    const byExport = new Map(
      manifest.members.flatMap((m) => (m.export ? [[resolve(folder, m.export), m] as const] : [])),
    );
    const members = full.map((p) => byExport.get(p));
    if (members.every((m) => m !== undefined))
      return {
        owners: members.map((m) => m.profileUrl),
        names: new Map(members.flatMap((m) => (m.name ? [[m.profileUrl, m.name] as const] : []))),
      };
  }
  return null;
}
