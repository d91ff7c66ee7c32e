// Node file readers and writers of io/: LinkedIn exports, GEXF, GraphML, graphology JSON.
export { readLinkedInConnections, readLinkedInInvitations } from './linkedin-files.js';
export { readLinkedInExport } from './read-linkedin-export.js';
export { readGexf, writeGexf, readGraphml, writeGraphml, readGraphJson, writeGraphJson } from './graph-formats.js';
