export {
  createBfs,
  UNREACHED,
  type BfsEngine,
  type BfsRunOptions,
  type CreateBfsOptions,
  type LevelCounts,
} from './bfs.js';
export { createBidirectionalBfs, type BidirectionalEngine, type BidirectionalResult } from './bidirectional-bfs.js';
export { createMsBfs, type CreateMsBfsOptions, type MsBfsEngine } from './create-ms-bfs.js';
export type { MsBfsOutputs } from './ms-bfs.js';
export { createHyperBall, type CreateHyperBallOptions, type HyperBall } from './hyperball.js';
