// Node file readers and writers of io/: LinkedIn exports, GEXF, GraphML, graphology JSON.
export { readLinkedInConnections, readLinkedInInvitations } from './linkedin-files.js';
export { readLinkedInExport } from './read-linkedin-export.js';
export type { ReadFileOptions } from './read-text-file.js';
export { writeGraph, type WriteGraphOptions } from './write-graph.js';
export { readGexf, writeGexf, readGraphml, writeGraphml, readGraphJson, writeGraphJson } from './graph-formats.js';
// "open any graph": every format above, detected from the content, LinkedIn exports merged as a team
export {
  readGraph,
  type ReadGraphOptions,
  type ReadGraphResult,
  type TeamGraphRead,
  type EdgeListRead,
  type BinaryGraphRead,
  type DocumentGraphRead,
} from './read-graph.js';
export { readTeam, type ReadTeamOptions } from './read-team.js';
export type { GraphFileFormat } from './detect-graph-file.js';
export type { TeamGraph, TeamImportReport, TeamFileReport } from './merge-export-files.js';
