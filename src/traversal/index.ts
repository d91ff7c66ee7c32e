export { createBfs, UNREACHED, DEFAULT_ALPHA, DEFAULT_BETA, type BfsEngine, type BfsRunOptions, type CreateBfsOptions } from './bfs.js';
export { createBidirectionalBfs, type BidirectionalEngine, type BidirectionalResult } from './bidirectional-bfs.js';
export { bfsEngine, bidirectionalEngine } from './engines.js';
export { createMsBfs, DEFAULT_MS_BFS_WORDS, type CreateMsBfsOptions, type MsBfsEngine } from './create-ms-bfs.js';
export { createMsBfsScratch, msBfsBatch, MS_BFS_ALPHA, type MsBfsScratch, type MsBfsOutputs } from './ms-bfs.js';
export { msBfsBatch64 } from './ms-bfs-64.js';
export { createHyperBall, type CreateHyperBallOptions, type HyperBall } from './hyperball.js';
export { hyperBallSeed, hyperBallStep } from './hyperball-steps.js';
