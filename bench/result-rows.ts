// The rows of a bench's markdown result (bench/results/<domain>.md), keyed by their identifying
// cells, and a before/after verdict over repeated runs of each side: a row is "within noise" when
// the two sides' ranges overlap. Used by bench/compare.ts (best of runs) and bench/ab.ts
// (alternated runs of two checkouts); test/bench/result-rows.test.ts checks both.

const TIME = /^(\d+(?:\.\d+)?)\s*(µs|ms|s)$/;
const SCALE: Record<string, number> = { µs: 1e-6, ms: 1e-3, s: 1 };

/**
 * A cell that names the row (text, or a count such as 100,000), not a measurement, nor empty. `×`
 * and `%` are not word characters, so they are matched without `\b`: with it, a ratio such as "26×
 * faster" read as a name, and rows whose ratio differed between runs could not be paired. A
 * parameter written `name=value` (`p=0.1`, `n=10,000`) names the row even with a decimal point:
 * without that, "Watts–Strogatz n=10,000, k=10, p=0.1 → Csr" read as a measurement and the row
 * had an empty name.
 */
function identifies(cell: string): boolean {
  if (cell === '') return false;
  if (/^[\d,]+$/.test(cell)) return true;
  const unnamed = cell.replace(/\b[A-Za-z]\w*\s*=\s*[\d.,]*\d/g, '');
  return !/\d\s*(?:(?:µs|ms|s|MB|GB)\b|[×%])|\d\.\d/.test(unnamed);
}

/**
 * The first time (seconds) of each row of every table in a result file, keyed by its identifying
 * cells joined with ` · `; in a table with a CPU column (`CPU`, `CPU time`, `CPU (median)`; not a ratio), that time too, as the row's key
 * plus ` (CPU)`. Rows whose key repeats within the file are left out (nothing fair to pair them
 * with), and so are rows without a time.
 *
 * @example
 * resultRows('| q | t |\n| --- | --- |\n| bfs | 2.0 ms |'); // Map { 'bfs' => 0.002 }
 */
export function resultRows(markdown: string): Map<string, number> {
  const out = new Map<string, number>();
  const repeated = new Set<string>();
  let inTable = false;
  let cpuColumn = -1;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
    if (!inTable) {
      inTable = true; // the header row
      cpuColumn = cells.findIndex((c) => /^CPU\b(?!\s*ratio)/i.test(c));
      continue;
    }
    const time = cells.find((c) => TIME.test(c));
    if (time === undefined) continue;
    const key = cells.filter(identifies).join(' · ');
    const add = (k: string, cell: string): void => {
      const [, value, unit] = TIME.exec(cell) as RegExpExecArray;
      if (out.has(k)) repeated.add(k);
      out.set(k, Number(value) * SCALE[unit as string]!);
    };
    add(key, time);
    const cpu = cells[cpuColumn];
    if (cpuColumn >= 0 && cpu !== undefined && cpu !== time && TIME.test(cpu)) add(`${key} (CPU)`, cpu);
  }
  for (const key of repeated) out.delete(key);
  return out;
}

/** One row's times over the runs of each side. */
export interface RowSpread {
  /** Median of the runs before, and after (seconds). */
  median: [number, number];
  /** Fastest and slowest run before, and after. */
  range: [[number, number], [number, number]];
  /** After / before, of the medians. */
  ratio: number;
  /** `within noise` when the two ranges overlap, else `faster` or `slower`; `one run` when a side has one. */
  verdict: 'within noise' | 'faster' | 'slower' | 'one run';
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 === 1 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
};

/**
 * Medians, ranges and a verdict per row present in every run of both sides.
 *
 * @param before - the rows of each run before (as `resultRows` gives them).
 * @param after - the rows of each run after.
 * @returns one entry per row key, in the order of the first run after.
 * @example
 * const a = new Map([['bfs', 2]]), b = new Map([['bfs', 3]]);
 * rowSpreads([a, b], [b, a]).get('bfs')!.verdict; // 'within noise'
 */
export function rowSpreads(before: Map<string, number>[], after: Map<string, number>[]): Map<string, RowSpread> {
  const out = new Map<string, RowSpread>();
  if (before.length === 0 || after.length === 0) return out;
  for (const key of after[0]!.keys()) {
    const b = before.map((run) => run.get(key));
    const a = after.map((run) => run.get(key));
    if (b.some((x) => x === undefined || x <= 0) || a.some((x) => x === undefined)) continue;
    const bs = b as number[];
    const as = a as number[];
    const range: RowSpread['range'] = [
      [Math.min(...bs), Math.max(...bs)],
      [Math.min(...as), Math.max(...as)],
    ];
    const verdict =
      bs.length < 2 || as.length < 2
        ? 'one run'
        : range[1][0] > range[0][1]
          ? 'slower'
          : range[1][1] < range[0][0]
            ? 'faster'
            : 'within noise';
    out.set(key, { median: [median(bs), median(as)], range, ratio: median(as) / median(bs), verdict });
  }
  return out;
}

/**
 * The rows of every run after that no run before has (rows a bench gained, such as a warm figure
 * beside a first call): median and range of the runs after, in the order of the first run after.
 *
 * @example
 * rowsOnlyAfter([new Map()], [new Map([['warm', 2]]), new Map([['warm', 4]])]).get('warm');
 * // { median: 3, range: [2, 4] }
 */
export function rowsOnlyAfter(
  before: Map<string, number>[],
  after: Map<string, number>[],
): Map<string, { median: number; range: [number, number] }> {
  const out = new Map<string, { median: number; range: [number, number] }>();
  if (after.length === 0) return out;
  for (const key of after[0]!.keys()) {
    if (before.some((run) => run.has(key))) continue;
    const a = after.map((run) => run.get(key));
    if (a.some((x) => x === undefined)) continue;
    const as = a as number[];
    out.set(key, { median: median(as), range: [Math.min(...as), Math.max(...as)] });
  }
  return out;
}

/** A time in seconds as the tables show it (ms below 1 s). */
export function showTime(s: number): string {
  return s >= 1 ? `${s.toFixed(2)} s` : `${(s * 1e3).toPrecision(3)} ms`;
}
