// Turns the level ends of a (single- or multi-source) BFS into the reach figures shared by
// reachByDegree and groupReach: counts by degree, cumulative counts, LinkedIn's buckets
// (1st, 2nd, 3rd+, out of network) and the reach curve. Invariant: levelEnds is increasing and
// levelEnds[0] is the number of sources.

/** One point of a reach curve. */
export interface ReachCurvePoint {
  /** The degree d. */
  degree: number;
  /** People within ≤ d degrees, the source(s) excluded. */
  people: number;
  /** `people` as a share of everyone else in the graph (0 when nobody else exists). */
  share: number;
}

/** Reach figures by degree, common to one person and a team. */
export interface DegreeSummary {
  /** `byDegree[d]`: people at distance exactly d (`byDegree[0]`: the source(s)). */
  byDegree: number[];
  /** People within ≤ d, for every d (`cumulative[d] = byDegree[0] + … + byDegree[d]`). */
  cumulative: number[];
  /** LinkedIn's 1st degree: people at distance 1. */
  first: number;
  /** LinkedIn's 2nd degree: people at distance 2. */
  second: number;
  /** LinkedIn's 3rd+: people at distance 3 or more (within `maxDegree`). */
  thirdPlus: number;
  /** Out of network: people not reached (or beyond `maxDegree`). */
  outOfNetwork: number;
  /** For every d from 0, the people within ≤ d (source(s) excluded) and their share of the rest. */
  reachCurve: ReachCurvePoint[];
  /** Direct reach: 1st-degree people (`first`). */
  direct: number;
  /** Indirect reach: people at distance ≥ 2 (within `maxDegree`). */
  indirect: number;
  /** Everyone reached, the source(s) excluded (`direct + indirect`). */
  reached: number;
  /** People not reached (or beyond `maxDegree`): `order − sources − reached`. */
  unreachable: number;
}

/**
 * Summarises BFS levels.
 *
 * @param levelEnds - index past the last node of each level, from level 0.
 * @param order - number of nodes in the graph.
 * @param maxDegree - levels beyond it are ignored (they count as unreachable).
 * @returns the figures.
 * @remarks Time O(D) for D levels.
 */
export function degreeSummary(levelEnds: readonly number[], order: number, maxDegree = Infinity): DegreeSummary {
  const levels = Math.min(levelEnds.length, maxDegree + 1);
  const sources = levelEnds[0] ?? 0;
  const others = order - sources;
  const byDegree: number[] = [];
  const cumulative: number[] = [];
  const reachCurve: ReachCurvePoint[] = [];
  let previous = 0;
  for (let d = 0; d < levels; d++) {
    const end = levelEnds[d]!;
    byDegree.push(end - previous);
    cumulative.push(end);
    reachCurve.push({ degree: d, people: end - sources, share: others > 0 ? (end - sources) / others : 0 });
    previous = end;
  }
  const reached = previous - sources;
  const first = byDegree[1] ?? 0;
  const second = byDegree[2] ?? 0;
  return {
    byDegree,
    cumulative,
    first,
    second,
    thirdPlus: reached - first - second,
    outOfNetwork: others - reached,
    reachCurve,
    direct: first,
    indirect: reached - first,
    reached,
    unreachable: others - reached,
  };
}
