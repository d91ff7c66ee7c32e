// The headline ratios and their targets (docs/performance.md's summary, issue 19), read from the
// results each bench writes (bench/results/<domain>[.full].json). bench/run.ts prints them as a
// ✓/✗ table after every run and appends one line per run to RESULTS.md's history. A ratio whose
// bench did not run, or whose shape changed, shows as "—" rather than stopping the table.

/** One headline figure: where it is read, and the bound it must meet. */
export interface Target {
  /** Short name, as in the history lines. */
  name: string;
  /** The bench that writes it (bench/results/<domain>.json). */
  domain: string;
  /** What it is and where the target comes from. */
  what: string;
  /** Reads the figure from the bench's `data`; undefined when absent. */
  // biome-ignore lint/suspicious/noExplicitAny: each bench writes its own JSON shape
  read: (data: any) => number | undefined;
  /** `<=`: at most `bound`; `>=`: at least `bound`. */
  op: '<=' | '>=';
  /** The target. */
  bound: number;
  /** Unit suffix of the figure (`×`, ` s`, ` %`, ` MB`). */
  unit: string;
  /** Only measured with `--full`. */
  fullOnly?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: rows of bench JSON
type Row = any;
const last = <T>(xs: T[] | undefined, pick: (x: T) => boolean): T | undefined => xs?.filter(pick).at(-1);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);

export const TARGETS: Target[] = [
  {
    name: 'BFS / C',
    domain: 'bfs',
    what: 'direction-optimising BFS against the C reference, largest graph, best to best (≤ 1.5×)',
    read: (d) => num(last<Row>(d.rows, (r) => r.engine === 'handshakes direction-optimising')?.ratioToCDo),
    op: '<=',
    bound: 1.5,
    unit: '×',
  },
  {
    name: 'graphology / BFS',
    domain: 'bfs',
    what: 'graphology singleSourceLength against our BFS, 10⁵ nodes (> 100×)',
    read: (d) => {
      const g = last<Row>(d.rows, (r) => r.engine === 'graphology singleSourceLength');
      const h = d.rows?.find((r: Row) => r.engine === 'handshakes direction-optimising' && r.n === g?.n);
      return g && h ? num(g.minS / h.minS) : undefined;
    },
    op: '>=',
    bound: 100,
    unit: '×',
  },
  {
    name: 'load / C',
    domain: 'load',
    what: 'readEdgeList of the 10⁷-edge text against the C parse (issue 19: ≤ 1.2×)',
    read: (d) => num(last<Row>(Array.isArray(d) ? d : d.rows, (r) => r.what === 'readEdgeList, text')?.ratio),
    op: '<=',
    bound: 1.2,
    unit: '×',
  },
  {
    name: 'load gz / zcat+C',
    domain: 'load',
    what: 'readEdgeList of the gzipped 10⁷-edge text against zcat plus the C parse (issue 19: ≤ 1.2×)',
    read: (d) => num(last<Row>(Array.isArray(d) ? d : d.rows, (r) => r.what === 'readEdgeList, gzip')?.ratio),
    op: '<=',
    bound: 1.2,
    unit: '×',
  },
  {
    name: 'load 2 workers / C',
    domain: 'load',
    what: 'readEdgeList of the 10⁷-edge text with 2 workers against the C parse (issue 19: ≤ 0.8×)',
    read: (d) =>
      num(last<Row>(Array.isArray(d) ? d : d.rows, (r) => r.what === 'readEdgeList, text, 2 workers')?.ratio),
    op: '<=',
    bound: 0.8,
    unit: '×',
  },
  {
    name: 'reload s/10⁷',
    domain: 'load',
    what: 'loadGraph per 10⁷ edges, checksum verified (< 1 s)',
    read: (d) => num(last<Row>(Array.isArray(d) ? d : d.rows, (r) => r.what === 'loadGraph per 10⁷ edges')?.seconds),
    op: '<=',
    bound: 1,
    unit: ' s',
  },
  {
    name: 'MS-BFS / C',
    domain: 'separation',
    what: 'WebAssembly 128-source kernel per source against C at 10⁶ nodes / 10⁷ edges, best of three rounds (issue 19: ≤ 1.0×; before 2026-12-07 a single run at 10⁵)',
    read: (d) =>
      num(
        d['1e6 plain']?.ratioToC ??
          d['WebAssembly kernel, 128 sources per pass (one v128 word, the default)']?.ratioToC,
      ),
    op: '<=',
    bound: 1,
    unit: '×',
  },
  {
    name: 'sampled 10⁶ / C',
    domain: 'separation',
    what: "the kernel with each source's counts (sampled separation) per source against C at 10⁶ / 10⁷, best of three (issue 19: ≤ 1.0×)",
    read: (d) => num(d['1e6 counts']?.ratioToC),
    op: '<=',
    bound: 1,
    unit: '×',
  },
  {
    name: 'exact / C',
    domain: 'separation',
    what: 'exact distribution on one thread against C (≤ 2×)',
    read: (d) => num(d['exact distribution, this thread']?.ratioToC),
    op: '<=',
    bound: 2,
    unit: '×',
  },
  {
    name: 'HyperBall error',
    domain: 'separation',
    what: 'HyperBall (log2m 6) mean distance against the exact one, absolute relative error (≤ 2%)',
    read: (d) => {
      const e = num(d['hyperball log2m = 6, this thread']?.relativeError);
      return e === undefined ? undefined : Math.abs(e) * 100;
    },
    op: '<=',
    bound: 2,
    unit: ' %',
  },
  {
    name: 'small BFS wasm / JS',
    domain: 'calls',
    what: 'BFS per source on small graphs (ca-GrQc, 2,000 people), WebAssembly engine against JavaScript engine, the worse of the two (issue 18: ≤ 1.0×; 1.4–1.6× with a spread literal per kernel call)',
    read: (d) => num(d.bfsRatio),
    op: '<=',
    bound: 1,
    unit: '×',
  },
  {
    name: 'kernel call ns',
    domain: 'calls',
    what: "a kernel call through its table (`with`, arguments by name) beyond the raw export's cost, CPU ns (≤ 500)",
    read: (d) => num(d.callOverheadNs),
    op: '<=',
    bound: 500,
    unit: ' ns',
  },
  {
    name: 'paths ms',
    domain: 'paths',
    what: 'shortestPath median on the big graph of the paths bench (< 5 ms)',
    read: (d) => {
      const r = last<Row>(d.rows, (x) => x.query === 'shortestPath');
      return r ? num(r.median * 1e3) : undefined;
    },
    op: '<=',
    bound: 5,
    unit: ' ms',
  },
  {
    name: 'bytes/edge',
    domain: 'scale',
    what: 'index bytes per undirected edge (≤ 10)',
    read: (d) => (num(d.indexBytes) && num(d.m) ? d.indexBytes / d.m : undefined),
    op: '<=',
    bound: 10,
    unit: '',
  },
  {
    name: 'large BFS / normal',
    domain: 'huge-paths',
    what: 'BFS past 4 GiB (JavaScript kernels) against the WebAssembly copy (≤ 3×)',
    read: (d) => num(d.bfs),
    op: '<=',
    bound: 3,
    unit: '×',
  },
  {
    name: 'large HyperBall / normal',
    domain: 'huge-paths',
    what: 'HyperBall past 4 GiB (rows through a window) against the WebAssembly copy, CPU time (≤ 1.5×)',
    read: (d) => num(d.hyperballWindow),
    op: '<=',
    bound: 1.5,
    unit: '×',
  },
  {
    name: '10⁹ peak RSS',
    domain: 'huge',
    what: 'peak RSS of the 10⁸-node / 10⁹-edge run (≤ 20 GB)',
    read: (d) => num(d.peakRssMb),
    op: '<=',
    bound: 20000,
    unit: ' MB',
    fullOnly: true,
  },
];

/** Whether a figure meets its target. */
export function met(t: Target, value: number): boolean {
  return t.op === '<=' ? value <= t.bound : value >= t.bound;
}

/** The figure as printed: 2 significant decimals for ratios, whole MB. */
export function show(t: Target, value: number): string {
  const digits = t.unit === ' MB' || value >= 100 ? 0 : 2;
  return `${value.toFixed(digits)}${t.unit}`;
}
