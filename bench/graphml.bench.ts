// Reading GraphML: our streaming reader (parseGraphml, src/io/graphml-reader.ts) beside the former
// path run in this script (xmldom's DOM made readable by prepareGraphmlDocument, then
// graphology-graphml, kept as test/io/graphml-oracle-document.ts), on Barabási–Albert graphs
// written by graphmlChunks as `handshakes convert` writes them: 10⁵ edges (quick), 10⁶ (`--full`).
// Each read runs in its own process, so its peak RSS is its own (the text included).
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { barabasiAlbert, graphmlChunks, parseGraphml } from '../src/index.js';
import { oldParseGraphml } from '../test/io/graphml-oracle-document.js';
import { FULL, OUT, ROOT, fmtTime, loadNote, peakRssMb, table, writeResults } from './lib.js';

interface Read {
  seconds: number;
  peakRssMb: number;
  textRssMb: number;
  order: number;
  size: number;
}

// child: node bench/graphml.bench.ts --child <file> <new|old>
if (process.argv[2] === '--child') {
  const [file, reader] = process.argv.slice(3) as [string, 'new' | 'old'];
  const text = readFileSync(file, 'utf8');
  const textRssMb = peakRssMb();
  const t0 = process.hrtime.bigint();
  const g = reader === 'new' ? parseGraphml(text) : oldParseGraphml(text);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const read: Read = { seconds, peakRssMb: peakRssMb(), textRssMb, order: g.order, size: g.size };
  process.stdout.write(JSON.stringify(read));
  process.exit(0);
}

const SIZES = FULL ? [100_000, 1_000_000] : [100_000];
const ATTACH = 10;

async function writeFile(edges: number): Promise<string> {
  const path = join(OUT, `ba-${edges}.graphml`);
  if (existsSync(path)) return path;
  const csr = barabasiAlbert({ people: edges / ATTACH, attach: ATTACH, seed: 42, output: 'csr' });
  const out = createWriteStream(path);
  for (const chunk of graphmlChunks(csr))
    if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
  return path;
}

function readIn(file: string, reader: 'new' | 'old'): Read {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--max-old-space-size=20000', join('bench', 'graphml.bench.ts'), '--child', file, reader],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(out) as Read;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

const rows: (string | number)[][] = [];
const data: Record<string, unknown>[] = [];
for (const edges of SIZES) {
  const file = await writeFile(edges);
  const mb = statSync(file).size / 1e6;
  const runs = { new: edges >= 1_000_000 ? 3 : 5, old: edges >= 1_000_000 ? 1 : 3 };
  const reads = { new: [] as Read[], old: [] as Read[] };
  // alternated, so a change in the machine's load falls on both
  for (let i = 0; i < Math.max(runs.new, runs.old); i++)
    for (const reader of ['new', 'old'] as const) if (i < runs[reader]) reads[reader].push(readIn(file, reader));
  const [n, o] = [reads.new, reads.old];
  if (n[0]!.order !== o[0]!.order || n[0]!.size !== o[0]!.size) throw new Error('the readers disagree');
  const time = { new: median(n.map((r) => r.seconds)), old: median(o.map((r) => r.seconds)) };
  const rss = { new: median(n.map((r) => r.peakRssMb)), old: median(o.map((r) => r.peakRssMb)) };
  const text = median(n.map((r) => r.textRssMb));
  rows.push([
    `${edges.toLocaleString('en')} edges (${mb.toFixed(0)} MB)`,
    `${fmtTime(time.old)} (${o.length})`,
    `${fmtTime(time.new)} (${n.length})`,
    `${(time.old / time.new).toFixed(1)}×`,
    `${rss.old.toFixed(0)} MB`,
    `${rss.new.toFixed(0)} MB`,
    `${text.toFixed(0)} MB`,
  ]);
  data.push({ edges, mb, time, rss, textRssMb: text, runs: { new: n.length, old: o.length } });
}

writeResults(
  'graphml',
  'Reading GraphML: streaming reader vs xmldom + graphology-graphml',
  [
    'Barabási–Albert graphs (attach 10, seed 42) written by `graphmlChunks` (as `handshakes convert` writes them), read by `parseGraphml` (one pass over the text, no DOM) and by the former path (xmldom DOM, `prepareGraphmlDocument`, graphology-graphml), each read in its own process, the two alternated; median time (runs in brackets) and median peak RSS of the process, the text included (the "text" column: peak RSS once the text is read, before parsing).',
    '',
    table(
      ['file', 'xmldom + graphology-graphml', 'streaming reader', 'speed-up', 'old peak RSS', 'new peak RSS', 'text'],
      rows,
    ),
    '',
    loadNote(),
  ].join('\n'),
  data,
);
