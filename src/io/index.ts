export { parseEdgeList, createEdgeListParser, type EdgeListOptions, type EdgeListReport, type EdgeListResult, type EdgeListParser } from './edge-list.js';
