// mergeConnectionExports: several members' parsed exports into one team PeopleGraph. Contacts are
// deduplicated by normalised profile URL only (names are not unique, slugs change): same name and
// company under different keys is reported as a possible duplicate, never merged. Members found in
// each other's exports join their member node. Every edge keeps its provenance.

import { InvalidArgumentError } from '../errors.js';
import { normalizeProfileUrl } from '../model/normalize-profile-url.js';
import { createPeopleGraph, type PeopleGraph } from '../model/people-graph.js';
import type { Person, Relationship } from '../model/person.js';
import { type ImportedPerson, localKey, type PersonIdentity } from './parse-linkedin-connections.js';
import type { LinkedInExportResult } from './parse-linkedin-export.js';
import { foldText as fold } from './fold-text.js';
import { type PossibleDuplicate, possibleDuplicates } from './possible-duplicates.js';

/** One member's export: their own profile URL and the people parsed from it. */
export interface ConnectionExport {
  /** The exporting member's own profile URL (the export does not contain it). */
  owner: string;
  /** The people, as `parseLinkedInConnections` returns them. */
  people: readonly ImportedPerson[];
  /** File name, recorded in edge provenance. */
  source?: string;
}

/** A person node of the team graph. */
export interface TeamPerson extends Person {
  /** How the node key was obtained. */
  identity: PersonIdentity;
  /** Present and `true` on team members. */
  member?: boolean;
}

/** Where an edge was seen. */
export interface EdgeProvenance {
  /** Owner key of the export that lists the edge. */
  export: string;
  /** The export's file name, when given. */
  file?: string;
  /** Line of the row in that file. */
  line: number;
  /** ISO connection date, when readable. */
  connectedOn?: string;
}

/** An edge of the team graph: `source` is the first export that lists it, `connectedOn` the earliest date. */
export interface TeamRelationship extends Relationship {
  /** Every export row that lists this edge. */
  provenance: EdgeProvenance[];
}

/** What merging saw. */
export interface MergeReport {
  /** Exports merged. */
  exports: number;
  /** People given across all exports. */
  rows: number;
  /** Team members (owners plus `members`). */
  members: number;
  /** Nodes in the graph. */
  people: number;
  /** Edges in the graph. */
  edges: number;
  /** Contacts (non-members) listed by two exports or more. */
  sharedContacts: number;
  /** Members found as a contact in another member's export. */
  membersJoined: number;
  /** Nodes with local keys (hidden members, rows without a URL): never merged across exports. */
  localPeople: number;
  /** People seen under one key with different names; the first name is kept. */
  nameConflicts: number;
  /** Rows naming their own export's owner (ignored: no self-loops). */
  ownerRows: number;
}

/** Options of `mergeConnectionExports`. */
export interface MergeOptions {
  /** Profile URLs of further team members (who gave no export), so they join as members. */
  members?: readonly string[];
}

/** The team graph, the possible duplicates, and the counts. */
export interface MergeResult {
  /** Undirected people graph: members linked to their contacts. */
  graph: PeopleGraph<TeamPerson, TeamRelationship>;
  /** Same name and company, different keys: for a human to check. */
  possibleDuplicates: PossibleDuplicate[];
  /** Counts. */
  report: MergeReport;
}

const WHERE = 'mergeConnectionExports';
export type { PossibleDuplicate };
const FIELDS = ['name', 'firstName', 'lastName', 'profileUrl', 'email', 'company', 'position'] as const;

function memberKey(url: unknown, argument: string): string {
  const key = typeof url === 'string' ? normalizeProfileUrl(url) : null;
  if (key === null) throw new InvalidArgumentError(WHERE, argument, 'a profile URL', url);
  return key;
}

/**
 * Merges team members' connection exports into one graph of the team's network.
 *
 * Each member (export owner or `members` entry) is a node linked to every contact of their export.
 * Contacts are deduplicated across exports by normalised profile URL; a member found in another's
 * export is that member's node; people with local keys (hidden members, rows without a URL) stay
 * distinct. Node attributes come from the first export that names the person, gaps filled by later
 * ones. Edges carry `provenance` (export, file, line, date), `source` and the earliest `connectedOn`.
 *
 * @param exports - `[{ owner, people, source? }]`, or whole exports as `parseLinkedInExport` returns
 * them (their owner and connections are used), one per member: a team is several zips.
 * @param options - `members`: further members' profile URLs.
 * @returns `{ graph, possibleDuplicates, report }`.
 * @throws InvalidArgumentError when an owner or member is not a profile URL, or a person has no key.
 * @remarks Time O(r + n log n) for r rows and n people (the log from sorting duplicates).
 * @example
 * const { graph } = mergeConnectionExports([{ owner: 'https://www.linkedin.com/in/ada', people }]);
 * graph.degree('https://www.linkedin.com/in/ada'); // people.length
 */
export function mergeConnectionExports(
  exports: readonly (ConnectionExport | LinkedInExportResult)[],
  options: MergeOptions = {},
): MergeResult {
  if (!Array.isArray(exports))
    throw new InvalidArgumentError(WHERE, 'exports', 'an array of { owner, people }', exports);
  return mergeExports(exports.map(asConnectionExport), options);
}

function mergeExports(exports: readonly ConnectionExport[], options: MergeOptions): MergeResult {
  const graph = createPeopleGraph<TeamPerson, TeamRelationship>();
  const report: MergeReport = {
    exports: exports.length,
    rows: 0,
    members: 0,
    people: 0,
    edges: 0,
    sharedContacts: 0,
    membersJoined: 0,
    localPeople: 0,
    nameConflicts: 0,
    ownerRows: 0,
  };
  const owners = exports.map((e, i) => memberKey(e?.owner, `exports[${i}].owner`));
  const members = [...owners, ...(options.members ?? []).map((u, i) => memberKey(u, `members[${i}]`))];
  members.forEach((key, i) => {
    if (!graph.hasNode(key))
      graph.addNode(key, {
        identity: 'profile-url',
        member: true,
        profileUrl: i < owners.length ? exports[i]!.owner : options.members![i - owners.length]!,
      });
  });
  const exportsListing = new Map<string, number>();
  exports.forEach((ex, i) => {
    const owner = owners[i]!;
    if (!Array.isArray(ex.people))
      throw new InvalidArgumentError(WHERE, `exports[${i}].people`, 'an array of people', ex.people);
    const listed = new Set<string>();
    ex.people.forEach((p: ImportedPerson, j: number) => {
      if (typeof p?.key !== 'string')
        throw new InvalidArgumentError(
          WHERE,
          `exports[${i}].people[${j}].key`,
          'a string (people as parseLinkedInConnections returns them)',
          p?.key,
        );
      report.rows++;
      const local = p.identity === 'none' || p.identity === 'hidden';
      let key = local ? localKey(owner, p.line) : p.key;
      if (local) while (graph.hasNode(key)) key += '~';
      if (key === owner) {
        report.ownerRows++;
        return;
      }
      if (!graph.hasNode(key)) {
        graph.addNode(key, { identity: p.identity });
        if (local) report.localPeople++;
      }
      const node = graph.getNodeAttributes(key);
      if (p.name && node.name && p.name !== node.name && fold(p.name) !== fold(node.name)) report.nameConflicts++;
      for (const f of FIELDS) if (node[f] === undefined && p[f] !== undefined) node[f] = p[f];
      if (!listed.has(key)) {
        listed.add(key);
        exportsListing.set(key, (exportsListing.get(key) ?? 0) + 1);
      }
      const from: EdgeProvenance = { export: owner, line: p.line };
      if (ex.source !== undefined) from.file = ex.source;
      if (p.connectedOn !== undefined) from.connectedOn = p.connectedOn;
      const edge = graph.edge(owner, key);
      if (edge === undefined) {
        const attributes: TeamRelationship = { source: owner, provenance: [from] };
        if (p.connectedOn !== undefined) attributes.connectedOn = p.connectedOn;
        graph.addEdge(owner, key, attributes);
      } else {
        const a = graph.getEdgeAttributes(edge);
        a.provenance.push(from);
        if (p.connectedOn !== undefined && (a.connectedOn === undefined || p.connectedOn < a.connectedOn))
          a.connectedOn = p.connectedOn;
      }
    });
  });
  const memberSet = new Set(members);
  report.members = memberSet.size;
  for (const [key, count] of exportsListing) {
    if (memberSet.has(key)) report.membersJoined++;
    else if (count >= 2) report.sharedContacts++;
  }
  report.people = graph.order;
  report.edges = graph.size;
  return { graph, possibleDuplicates: possibleDuplicates(graph), report };
}

/** A whole export (`parseLinkedInExport`) as `{ owner, people, source }`; other entries as given. */
function asConnectionExport(entry: ConnectionExport | LinkedInExportResult): ConnectionExport {
  if (
    entry === null ||
    typeof entry !== 'object' ||
    !('connections' in entry) ||
    typeof entry.connections !== 'object' ||
    entry.connections === null
  )
    return entry as ConnectionExport;
  const { owner, connections, source } = entry;
  return source === undefined ? { owner, people: connections.people } : { owner, people: connections.people, source };
}
