export { isCsr, type Csr } from './csr.js';
export type { NodeKeys } from './node-keys.js';
export { fromEdges, type EdgeArrays, type FromEdgesOptions } from './from-edges.js';
export type { IndexMemory } from './index-memory.js';
export { toCsr, type ToCsrOptions, type EdgeFilter } from './to-csr.js';
export { nodeId, type GraphLike } from './graph-like.js';
export { adjacency, type Adjacency } from './adjacency.js';
