// The contract between the BFS driver (bfs.ts, Beamer's direction rule) and the kernels that run
// one level: JavaScript (bfs-steps.ts) or WebAssembly (wasm/wasm-level-steps.ts). Both keep the
// visited nodes in `queue`, level after level, and `dist` = -1 for nodes not reached.

/** Levels whose counts `levelCounts` records as it goes (deeper BFS count in a pass over the queue). */
export const COUNT_LEVELS = 65536;

/** Counters after the last step. */
export interface StepState {
  /** Index in the queue past the last visited node. */
  tail: number;
  /** Adjacency entries of the nodes found by the last step (the next frontier's edges). */
  nextEdges: number;
  /** Adjacency entries scanned so far in this run (for MTEPS). */
  scanned: number;
}

/** One engine's level kernels and scratch (allocated once, reused by every run). */
export interface LevelSteps {
  /** Which kernels run the levels. */
  readonly kernel: 'wasm' | 'js';
  /** Hops from the source; -1 when not reached. */
  readonly dist: Int32Array;
  /** Visited nodes in BFS order. */
  readonly queue: Int32Array;
  /** Counters, refreshed after every step. */
  readonly state: StepState;
  /** Undoes the last run (which visited `count` nodes) and starts one from `source`. */
  begin(source: number, count: number): void;
  /** Expands queue[from, to) top-down; sums the new frontier's degrees when `countEdges`. */
  topDown(from: number, to: number, depth: number, countEdges: boolean): void;
  /**
   * Expands top-down level after level from queue[from, to) (at distance `depth`) in one call
   * while levels stay small (at most `maxFrontier` new nodes), for at most `maxLevels` levels and,
   * when `alpha` > 0, until Beamer's rule on `unexplored` edges would turn to bottom-up. Writes
   * the queue index past each new level to `ends` and returns how many levels it expanded and the
   * unexplored edges left.
   * Optional: kernels without it run level by level.
   */
  topDownRun?(
    from: number,
    to: number,
    depth: number,
    maxLevels: number,
    maxFrontier: number,
    unexplored: number,
    alpha: number,
  ): { levels: number; ends: Int32Array; unexplored: number };
  /**
   * Undoes the last run (which visited `count` nodes) and runs a whole top-down BFS from `source`,
   * at most `maxDistance` hops, in one pass; then resets `dist` to -1 everywhere and returns a view
   * of `queue` holding the nodes at each distance (index 0: the source) and the last node visited.
   */
  levelCounts(source: number, count: number, maxDistance: number): { counts: Int32Array; last: number };
  /** Prepares bottom-up levels: visited = queue[0, levelEnd), frontier = queue[levelStart, levelEnd). */
  enterBottomUp(levelStart: number, levelEnd: number): void;
  /** Finds the nodes at distance depth + 1 bottom-up (appends them to the queue in id order). */
  bottomUp(depth: number): void;
}
