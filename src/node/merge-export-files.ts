// The LinkedIn side of readGraph and readTeam: each member's file (a Connections.csv, the export
// zip or its folder) read once, in the format already detected, then merged as one team graph
// (mergeConnectionExports), members named from their profiles or the manifest.

import {
  type ConnectionExport,
  mergeConnectionExports,
  type MergeReport,
  type PossibleDuplicate,
  type TeamPerson,
  type TeamRelationship,
} from '../io/merge-connection-exports.js';
import { type ExportFileReport, parseLinkedInExport } from '../io/parse-linkedin-export.js';
import { type LinkedInImportReport, parseLinkedInConnections } from '../io/parse-linkedin-connections.js';
import type { PeopleGraph } from '../model/people-graph.js';
import type { LongWorkOptions } from '../types.js';
import type { DetectedFile } from './detect-graph-file.js';
import { readLinkedInConnections } from './linkedin-files.js';
import { readLinkedInExport } from './read-linkedin-export.js';

/** The owner given to a single Connections.csv when no owner is given: "me". */
export const DEFAULT_OWNER = 'https://www.linkedin.com/in/me';

/** One file's import report in a team: a Connections.csv's, or a whole export's with its owner and files. */
export type TeamFileReport = LinkedInImportReport & {
  /** The export's owner, for a whole export. */
  owner?: string;
  /** Where the owner's URL came from, for a whole export. */
  ownerFrom?: 'option' | 'invitations' | 'messages';
  /** One report per file of a whole export. */
  files?: ExportFileReport[];
};

/** What reading a team's LinkedIn exports did. */
export interface TeamImportReport {
  /** One report per export, in order. */
  files: TeamFileReport[];
  /** The merge's counts. */
  merge: MergeReport;
  /** People who may be one person under two keys. */
  possibleDuplicates: PossibleDuplicate[];
}

/** A team graph, its members and the import report. */
export interface TeamGraph {
  /** The merged graph: members linked to their contacts. */
  graph: PeopleGraph<TeamPerson, TeamRelationship>;
  /** The members' node keys, in order. */
  members: string[];
  /** What was read and merged. */
  report: TeamImportReport;
}

/** One export to merge: the file as detected, its owner when known. */
export interface ExportFile {
  /** The file, its format detected (`linkedin` or `linkedin-export`). */
  file: DetectedFile;
  /** Its owner's profile URL, when given. */
  owner: string | undefined;
}

/**
 * Reads each export once (its format already detected) and merges them; `extra` members gave no
 * export; `names` by profile URL; `long` reports the parse's progress and stops it on abort.
 */
export async function mergeExportFiles(
  files: readonly ExportFile[],
  extra: readonly string[],
  names: ReadonlyMap<string, string>,
  long: LongWorkOptions = {},
): Promise<TeamGraph> {
  const exports: ConnectionExport[] = [];
  const reports: TeamFileReport[] = [];
  const named = new Map(names);
  for (const { file, owner } of files) {
    const { path } = file;
    if (file.format === 'linkedin-export') {
      const options = owner === undefined ? long : { ...long, owner };
      // a zip from a pipe was read whole by detection
      const whole = file.stream
        ? parseLinkedInExport(file.bytes!, { ...options, source: path })
        : await readLinkedInExport(path, options);
      exports.push({ owner: whole.owner, people: whole.connections.people, source: path });
      reports.push({ ...whole.connections.report, owner: whole.owner, ownerFrom: whole.ownerFrom, files: whole.files });
      if (whole.profile?.name && !named.has(whole.owner)) named.set(whole.owner, whole.profile.name);
      continue;
    }
    const connectionsOwner = owner ?? DEFAULT_OWNER;
    const { people, report } = file.bytes
      ? parseLinkedInConnections(file.bytes, { ...long, owner: connectionsOwner, source: path })
      : await readLinkedInConnections(path, { ...long, owner: connectionsOwner });
    exports.push({ owner: connectionsOwner, people, source: path });
    reports.push(report);
  }
  const merged = mergeConnectionExports(exports, { members: extra });
  const { graph } = merged;
  const members = graph.filterNodes((_, a) => a.member === true);
  for (const key of members) {
    const name = named.get(graph.getNodeAttribute(key, 'profileUrl') ?? '') ?? named.get(key);
    if (name && !graph.getNodeAttribute(key, 'name')) graph.setNodeAttribute(key, 'name', name);
  }
  if (named.size === 0 && files.length === 1 && exports[0]!.owner === DEFAULT_OWNER)
    graph.setNodeAttribute(members[0]!, 'name', 'me');
  return {
    graph,
    members,
    report: { files: reports, merge: merged.report, possibleDuplicates: merged.possibleDuplicates },
  };
}
