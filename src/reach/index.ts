export { reachByDegree, type ReachByDegreeOptions, type ReachByDegreeResult } from './reach-by-degree.js';
