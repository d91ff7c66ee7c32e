export { createBfs, UNREACHED, DEFAULT_ALPHA, DEFAULT_BETA, type BfsEngine, type BfsRunOptions } from './bfs.js';
export { createBidirectionalBfs, type BidirectionalEngine, type BidirectionalResult } from './bidirectional-bfs.js';
export { bfsEngine, bidirectionalEngine } from './engines.js';
