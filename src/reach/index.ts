export { reachByDegree, type ReachByDegreeOptions, type ReachByDegreeResult } from './reach-by-degree.js';
export type { DegreeSummary, ReachCurvePoint } from './degree-summary.js';
export { groupReach, type GroupReachOptions, type GroupReachResult, type MemberReach } from './group-reach.js';
export type { DegreeOverlap, MemberOverlap } from './member-overlaps.js';
// The multi-source BFS kernel behind groupReach (it lives in traversal/, exported here).
export { mutualConnections, type MutualConnectionsOptions } from './mutual-connections.js';
export { suggestConnections, type SuggestConnectionsOptions, type Suggestion } from './suggest-connections.js';
export { egoNetwork, type EgoNetworkOptions } from './ego-network.js';
export { estimateReach, type EstimateReachOptions, type EstimateReachResult } from './estimate-reach.js';
