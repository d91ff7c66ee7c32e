// Shared vocabulary: node keys, traversal direction, progress and cancellation options.

/** A node key as accepted at the API; coerced once with `String()`. */
export type NodeKey = string | number;

/**
 * Direction of traversal on directed graphs: `outbound` follows out-edges (and undirected edges),
 * `inbound` follows in-edges, `all` ignores direction. Undirected graphs ignore it.
 */
export type Mode = 'outbound' | 'inbound' | 'all';

/** Progress report for long work. */
export interface Progress {
  /** Work units done so far. */
  done: number;
  /** Total work units, when known. */
  total: number;
  /** What is being done, in a few words. */
  phase?: string;
}

/** Options shared by every long-running function. */
export interface LongWorkOptions {
  /** Called now and then with how far the work has come. */
  onProgress?: (progress: Progress) => void;
  /** Cancels the work; the function then throws an `AbortError`. */
  signal?: AbortSignal;
}

/** The language of drafted notes and reports: English or French. */
export type Locale = 'en' | 'fr';
