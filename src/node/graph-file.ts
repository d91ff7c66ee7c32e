// Binary graph files: parse a large graph once, reload it in a fraction of a second.
export { saveGraph, type SaveGraphOptions } from './save-graph.js';
export { loadGraph, type LoadGraphOptions } from './load-graph.js';
