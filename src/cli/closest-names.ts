// "Did you mean …?" for a person the graph does not have: the names (or keys) nearest to what was
// typed by edit distance, case-insensitively. Distances are bounded, so a long scan over a big
// index stops early on every candidate of a too-different length.

/** Levenshtein distance between `a` and `b` when at most `limit`, else `limit + 1`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates closest to `query`: edit distance at most a third of its length (at least 2),
 * or containing it; nearest first, then alphabetical; at most `limit`.
 *
 * @param candidates - the names (and keys) to choose from.
 * @param query - what the user typed.
 * @param limit - how many to return (default 3).
 * @returns the suggestions, possibly none.
 * @remarks Time O(c·q·w) for c candidates, a query of q characters and a window w = 2·bound + 1 at most.
 * @example
 * closestNames(['ada.moreau', 'bob.stone'], 'ada.moreaux'); // ['ada.moreau']
 */
export function closestNames(candidates: Iterable<string>, query: string, limit = 3): string[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const bound = Math.max(2, Math.floor(wanted.length / 3));
  const found = new Map<string, number>();
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const d = lower.includes(wanted) ? 1 : boundedEditDistance(wanted, lower, bound);
    if (d <= bound && !(found.get(candidate)! <= d)) found.set(candidate, d);
  }
  return [...found]
    .sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([c]) => c);
}
