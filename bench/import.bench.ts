// Import benchmarks: parsing a generated 100,000-row Connections.csv, and merging 5 exports of
// 5,000 rows into a team graph, each beside a naive baseline run in this script (a split-based CSV
// parse; a graphology mergeEdge loop on raw lowercase URLs), then writing the team graph.
// `--full` parses 10⁶ rows and merges 100 exports, with more repetitions.
import Graph from 'graphology';
import {
  mergeConnectionExports,
  parseLinkedInConnections,
  toGexf,
  toGraphJson,
  toGraphml,
  type ImportedPerson,
} from '../src/index.js';
import { FULL, loadNote, fmtTime, peakRssMb, table, timeMedian, writeResults } from './lib.js';
import { createRng } from '../src/random.js';

const ROWS = FULL ? 1_000_000 : 100_000;
const EXPORTS = FULL ? 100 : 5; // quick: the GEXF writer alone took 25 s on 20 exports
const RUNS = 3;
const WRITE_RUNS = FULL ? 3 : 1; // quick: one timed write after one untimed, JSON alike
const PER_EXPORT = 5_000;

const FIRST = ['Ada', 'Bruno', 'Chloé', 'Dario', 'Elif', 'Farah', 'Hana', 'Iker', 'Søren', 'Zoé'];
const LAST = ['Abbott', 'Bergström', 'García', 'Moreau', 'Nakamura', 'Okafor', 'Silva', 'Müller'];
const COMPANIES = [
  'Quillstack',
  'Harbor & Finch, Inc.',
  'Ledgerline Bank',
  '@Home Studio',
  'Sunvale Power',
  'Paperkite Media',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A current-format export of `rows` people drawn from a pool of `pool` ids. */
function makeExport(rows: number, pool: number, seed: number): string {
  const rand = createRng(seed);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const used = new Set<number>();
  while (used.size < rows) used.add(Math.floor(rand() * pool));
  for (const id of used) {
    const first = FIRST[id % FIRST.length]!;
    const last = LAST[(id >> 4) % LAST.length]!;
    const company = COMPANIES[id % COMPANIES.length]!;
    const slug = encodeURIComponent(`${first}-${last}-${id.toString(36)}`.toLowerCase());
    lines.push(
      `${first},${last},https://www.linkedin.com/in/${slug},,${company.includes(',') ? `"${company}"` : company},Engineer,${String(1 + (id % 28)).padStart(2, '0')} ${MONTHS[id % 12]} ${2010 + (id % 16)}`,
    );
  }
  return lines.join('\n');
}

/** Baseline: what most scripts do — skip three lines, split on newlines and commas (no quotes, no checks). */
function naiveParse(text: string): { key: string; name: string; company: string }[] {
  const out: { key: string; name: string; company: string }[] = [];
  const lines = text.split('\n');
  for (let i = 4; i < lines.length; i++) {
    const c = lines[i]!.split(',');
    out.push({ key: c[2]!.toLowerCase(), name: `${c[0]} ${c[1]}`, company: c[4]! });
  }
  return out;
}

/** Baseline merge: graphology mergeNode/mergeEdge on the raw keys, no normalisation nor provenance. */
function naiveMerge(exports: { owner: string; people: { key: string }[] }[]): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const ex of exports) for (const p of ex.people) g.mergeEdge(ex.owner, p.key);
  return g;
}

const rows: (string | number)[][] = [];
const data: Record<string, unknown> = {};

// 1. parsing one big export
const big = makeExport(ROWS, ROWS * 4, 1);
const ours = timeMedian(() => parseLinkedInConnections(big), RUNS);
const naive = timeMedian(() => naiveParse(big), RUNS);
const parsed = parseLinkedInConnections(big);
if (parsed.report.imported !== ROWS) throw new Error(`expected ${ROWS} people, got ${parsed.report.imported}`);
rows.push([
  `parse ${ROWS.toLocaleString('en')}-row Connections.csv (${(big.length / 1e6).toFixed(1)} MB)`,
  fmtTime(ours.median),
  fmtTime(naive.median),
  (ours.median / naive.median).toFixed(2),
  `${Math.round(ROWS / ours.median / 1000)}k rows/s`,
]);
data.parse = { rows: ROWS, bytes: big.length, ours: ours.median, naive: naive.median };

// 2. merging a team's exports (overlapping pool: about a third of contacts shared)
const pool = Math.round((EXPORTS * PER_EXPORT) / 3);
const texts = Array.from({ length: EXPORTS }, (_, i) => makeExport(PER_EXPORT, pool, 100 + i));
const exports = texts.map((t, i) => ({
  owner: `https://www.linkedin.com/in/member-${i}`,
  people: parseLinkedInConnections(t).people as ImportedPerson[],
}));
const naiveExports = texts.map((t, i) => ({ owner: `https://www.linkedin.com/in/member-${i}`, people: naiveParse(t) }));
const merge = timeMedian(() => mergeConnectionExports(exports), RUNS);
const naiveM = timeMedian(() => naiveMerge(naiveExports), RUNS);
const team = mergeConnectionExports(exports);
rows.push([
  `merge ${EXPORTS} exports × ${PER_EXPORT.toLocaleString('en')} rows → ${team.report.people.toLocaleString('en')} people, ${team.report.edges.toLocaleString('en')} edges`,
  fmtTime(merge.median),
  fmtTime(naiveM.median),
  (merge.median / naiveM.median).toFixed(2),
  `${Math.round((EXPORTS * PER_EXPORT) / merge.median / 1000)}k rows/s`,
]);
data.merge = {
  exports: EXPORTS,
  perExport: PER_EXPORT,
  people: team.report.people,
  edges: team.report.edges,
  ours: merge.median,
  naive: naiveM.median,
};

// 3. writing the team graph (JSON is the baseline: graphology's own export + JSON.stringify)
const json = timeMedian(() => toGraphJson(team.graph), WRITE_RUNS);
for (const [name, write] of [
  ['GEXF', toGexf],
  ['GraphML', toGraphml],
] as const) {
  const t = timeMedian(() => write(team.graph), WRITE_RUNS);
  rows.push([
    `write the team graph as ${name}`,
    fmtTime(t.median),
    fmtTime(json.median),
    (t.median / json.median).toFixed(2),
    '',
  ]);
  data[name] = { ours: t.median, json: json.median };
}

const md = [
  table(['workload', 'handshakes', 'baseline', 'ratio', 'throughput'], rows),
  '',
  'Baselines, run in the same script: a naive `split`-based parse (skips exactly three lines, no quoting, no checks, no normalisation; wrong on real files, shown only as a speed floor); a graphology `mergeEdge` loop on raw lowercased URLs (no normalisation, attributes or provenance); for the writers, `toGraphJson`.',
  `Medians of ${RUNS} runs after one warm-up (writers: ${WRITE_RUNS}).${FULL ? '' : ' Quick sizes: `--full` parses 10⁶ rows and merges 100 exports.'} Peak RSS ${peakRssMb().toFixed(0)} MB. ${loadNote()} GEXF writing is graphology-gexf's writer.`,
].join('\n');
writeResults('import', 'Import: LinkedIn exports, team merge, graph formats', md, data);
