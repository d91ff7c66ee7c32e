// handshakes — the browser-safe core. Re-exports only: read top to bottom, it is the public API.

export {
  HandshakesError,
  NodeNotFoundError,
  InvalidArgumentError,
  UnsupportedGraphError,
  ParseError,
  CorruptFileError,
  AbortError,
  type ErrorCode,
} from './errors.js';
export type { NodeKey, Mode, Progress, LongWorkOptions, Locale } from './types.js';

// model/: people, the people graph, identity
export * from './model/index.js';

// csr/: the typed-array index every hot algorithm runs on
export * from './csr/index.js';

// traversal/: BFS engines over the index
export * from './traversal/index.js';

// paths/: distances and chains of introductions
export * from './paths/index.js';

// reach/: direct versus indirect reach
export * from './reach/index.js';

// separation/: distance distributions, degrees of separation, diameters
export * from './separation/index.js';

// generators/: random and professional network models
export * from './generators/index.js';

// strategies/: contact strategies, invitation triage, small-world check
export * from './strategies/index.js';

// io/: importers and exporters working on strings (no file system)
export * from './io/index.js';
