// The growth of a network from its `Connected On` dates: connections per month (every month from
// the first to the last, empty ones included) with the cumulative curve, the batch days (at least
// `threshold` new connections on one day) and the longest stretch without any new connection.

/** One month of growth. */
export interface GrowthMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Connections made that month. */
  added: number;
  /** Connections made up to the end of that month (dated ones). */
  total: number;
}

/** How a network grew. */
export interface NetworkGrowth {
  /** Every month from the first connection to the last. */
  byMonth: GrowthMonth[];
  /** Days with at least `threshold` new connections, busiest first. */
  batches: {
    /** ISO date of the day. */
    date: string;
    /** Connections added that day. */
    added: number;
  }[];
  /** The longest stretch between two consecutive connection days, or `null` with fewer than two days. */
  longestQuiet: {
    /** ISO date of the connection day before the stretch. */
    from: string;
    /** ISO date of the connection day after it. */
    to: string;
    /** Days between the two. */
    days: number;
  } | null;
  /** First and last connection dates, when any is dated. */
  first: string | null;
  /** Last connection date. */
  last: string | null;
  /** Connections without a readable date (not in the curve). */
  undated: number;
}

const DAY = 86_400_000;

/**
 * Connections per month, batch days and the longest quiet stretch, from ISO dates.
 *
 * @param dates - each connection's ISO `YYYY-MM-DD` date, or `undefined` when unknown.
 * @param threshold - the new connections a day needs to count as a batch (default 10).
 * @returns the monthly curve, the batches, the longest quiet stretch and the counts.
 * @remarks Time O(c + d log d + M) for c connections on d distinct days spanning M months.
 * @example
 * networkGrowth(['2026-01-05', '2026-03-01']).byMonth.map((m) => m.added); // [1, 0, 1]
 */
export function networkGrowth(dates: Iterable<string | undefined>, threshold = 10): NetworkGrowth {
  const perDay = new Map<string, number>();
  let undated = 0;
  for (const date of dates) {
    if (date === undefined) undated++;
    else perDay.set(date, (perDay.get(date) ?? 0) + 1);
  }
  const days = [...perDay.keys()].sort();
  const growth: NetworkGrowth = {
    byMonth: [],
    batches: [],
    longestQuiet: null,
    first: days[0] ?? null,
    last: days.at(-1) ?? null,
    undated,
  };
  if (days.length === 0) return growth;
  const perMonth = new Map<string, number>();
  for (const [day, n] of perDay) perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + n);
  let [year, month] = days[0]!.split('-').map(Number) as [number, number];
  const end = days.at(-1)!.slice(0, 7);
  let total = 0;
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    const added = perMonth.get(key) ?? 0;
    total += added;
    growth.byMonth.push({ month: key, added, total });
    if (key >= end) break;
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  growth.batches = days
    .filter((d) => perDay.get(d)! >= threshold)
    .map((date) => ({ date, added: perDay.get(date)! }))
    .sort((a, b) => b.added - a.added || (a.date < b.date ? -1 : 1));
  for (let i = 1; i < days.length; i++) {
    const gap = Math.round((Date.parse(days[i]!) - Date.parse(days[i - 1]!)) / DAY);
    if (growth.longestQuiet === null || gap > growth.longestQuiet.days)
      growth.longestQuiet = { from: days[i - 1]!, to: days[i]!, days: gap };
  }
  return growth;
}
