export {
  parseEdgeList,
  createEdgeListParser,
  type EdgeListOptions,
  type EdgeListReport,
  type EdgeListResult,
  type EdgeListParser,
} from './edge-list.js';
export { parseEdgeListStream } from './parse-edge-list-stream.js';
export type { DecodedText, TextEncodingName } from './decode-text.js';
export { parseLinkedInDate } from './parse-linkedin-date.js';
export type { SlashedDateReading } from './date-column.js';
export type { LinkedInTableReport } from './read-linkedin-table.js';
export type { LinkedInFormat } from './linkedin-columns.js';
export {
  parseLinkedInConnections,
  type ImportedPerson,
  type PersonIdentity,
  type SkippedRow,
  type LinkedInImportReport,
  type LinkedInConnectionsOptions,
  type LinkedInConnectionsResult,
} from './parse-linkedin-connections.js';
export {
  parseLinkedInInvitations,
  type LinkedInInvitation,
  type LinkedInInvitationsOptions,
  type InvitationsReport,
  type InvitationsResult,
} from './parse-linkedin-invitations.js';
export {
  parseLinkedInMessages,
  type MessageCounts,
  type MessagesReport,
  type LinkedInMessagesOptions,
  type LinkedInMessagesResult,
} from './parse-linkedin-messages.js';
export {
  parseLinkedInProfile,
  parseLinkedInPositions,
  type OwnerProfile,
  type OwnerPosition,
} from './parse-linkedin-profile.js';
export { identifyLinkedInFile, type LinkedInFileKind, type LinkedInFileIdentity } from './linkedin-file-kind.js';
export type { LinkedInExportInput } from './export-files.js';
export {
  parseLinkedInExport,
  OwnerUnknownError,
  type LinkedInExportResult,
  type LinkedInExportOptions,
  type ExportFileReport,
} from './parse-linkedin-export.js';
export {
  mergeConnectionExports,
  type ConnectionExport,
  type TeamPerson,
  type TeamRelationship,
  type EdgeProvenance,
  type PossibleDuplicate,
  type MergeReport,
  type MergeOptions,
  type MergeResult,
} from './merge-connection-exports.js';
export {
  parseTeamManifest,
  looksLikeTeamManifest,
  type TeamManifest,
  type TeamManifestMember,
} from './team-manifest.js';
export { pseudonymize, pseudonymizeKey, type PseudonymizeOptions } from './pseudonymize.js';
export { csrToGraph } from './csr-to-graph.js';
export { toGraphJson, graphJsonChunks, parseGraphJson, type GraphJsonWriteOptions } from './graph-json.js';
export { toGexf, parseGexf, type GexfReadOptions } from './gexf.js';
export { toGraphml, graphmlChunks, parseGraphml, type GraphmlReadOptions } from './graphml.js';
export { toCsv, csvChunks, type CsvValue, type CsvWriteOptions } from './to-csv.js';
export { toPeopleCsv, toEdgesCsv, edgesCsvChunks, toReachCsv, type CsvTableOptions } from './to-csv-tables.js';
export {
  networkingProfile,
  type NetworkingProfile,
  type NetworkingProfileOptions,
  type KnownFigures,
  type InvitationFigures,
  type CompanyFigures,
  type ReachFigures,
} from './networking-profile.js';
export type { NetworkGrowth, GrowthMonth } from './networking-growth.js';
