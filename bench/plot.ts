// Draws docs/perf-*.svg from bench/results/*.json: log-log pictures of BFS time, load time and
// memory against graph size (edges), one line per implementation. Plain SVG strings, no DOM.
// Also copies the result tables (bench/results/*.md) between the markers of docs/performance.md.
// Run: node --import tsx bench/plot.ts (after the benches).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.js';

type Point = [number, number];
type Series = Map<string, Point[]>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: results files of several benches
function results(name: string): any[] {
  return [`${name}.json`, `${name}.full.json`]
    .map((f) => join(ROOT, 'bench', 'results', f))
    .filter(existsSync)
    .map((f) => JSON.parse(readFileSync(f, 'utf8')).data);
}

function add(series: Series, name: string, x: number, y: number): void {
  if (!(x > 0 && y > 0)) return;
  const points = series.get(name) ?? [];
  if (!points.some(([px]) => Math.abs(px - x) < 0.01 * x)) points.push([x, y]); // first source wins
  series.set(
    name,
    points.sort((a, b) => a[0] - b[0]),
  );
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b'];
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** `10ᵉ` with a unit, for decade ticks. */
const fmt = (e: number, unit: string): string =>
  `10${[...String(e)].map((ch) => (ch === '-' ? '⁻' : SUPERSCRIPT[+ch])).join('')}${unit}`;

/** A log-log line chart as an SVG string. */
function chart(title: string, yLabel: string, yUnit: string, series: Series): string {
  const W = 640;
  const H = 400;
  const L = 70;
  const R = 230;
  const T = 40;
  const B = 50;
  const all = [...series.values()].flat();
  const lx = all.map((p) => Math.log10(p[0]));
  const ly = all.map((p) => Math.log10(p[1]));
  const [x0, x1] = [Math.floor(Math.min(...lx)), Math.ceil(Math.max(...lx))];
  const [y0, y1] = [Math.floor(Math.min(...ly)), Math.ceil(Math.max(...ly))];
  const sx = (x: number): number => L + ((Math.log10(x) - x0) / Math.max(1, x1 - x0)) * (W - L - R);
  const sy = (y: number): number => H - B - ((Math.log10(y) - y0) / Math.max(1, y1 - y0)) * (H - T - B);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${L}" y="22" font-size="15" font-weight="bold">${title}</text>`,
  ];
  for (let e = x0; e <= x1; e++) {
    const x = sx(10 ** e);
    out.push(
      `<line x1="${x}" y1="${T}" x2="${x}" y2="${H - B}" stroke="#ddd"/>`,
      `<text x="${x}" y="${H - B + 18}" text-anchor="middle">${fmt(e, '')}</text>`,
    );
  }
  for (let e = y0; e <= y1; e++) {
    const y = sy(10 ** e);
    out.push(
      `<line x1="${L}" y1="${y}" x2="${W - R}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${L - 6}" y="${y + 4}" text-anchor="end">${fmt(e, ` ${yUnit}`)}</text>`,
    );
  }
  out.push(`<text x="${(L + W - R) / 2}" y="${H - 10}" text-anchor="middle">undirected edges (log scale)</text>`);
  out.push(
    `<text transform="translate(16 ${(T + H - B) / 2}) rotate(-90)" text-anchor="middle">${yLabel} (log scale)</text>`,
  );
  [...series].forEach(([name, points], i) => {
    const color = COLORS[i % COLORS.length]!;
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"/>`,
    );
    for (const [x, y] of points)
      out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3.5" fill="${color}"/>`);
    out.push(
      `<rect x="${W - R + 15}" y="${T + 20 * i}" width="14" height="3" fill="${color}"/>`,
      `<text x="${W - R + 35}" y="${T + 20 * i + 5}">${name}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

const bfsTime: Series = new Map();
const memory: Series = new Map();
for (const d of results('bfs')) {
  for (const r of d.rows ?? d) add(bfsTime, r.engine, r.m, (r.minS ?? r.medianS) * 1e3);
  for (const r of d.memory ?? []) add(memory, r.engine, r.m, r.mb);
}
for (const d of results('scale')) {
  const step = (name: string) => d.steps.find((s: { step: string }) => s.step.startsWith(name));
  const ours = d.bfs?.handshakesDoS ?? step('direction-optimising BFS')?.seconds;
  const noted = /C reference ([\d.]+) (ms|s)\b/.exec(step('direction-optimising BFS')?.note ?? '');
  const c = d.bfs?.cDoS ?? (noted ? Number(noted[1]) * (noted[2] === 'ms' ? 1e-3 : 1) : NaN);
  const m = d.m ?? d.n * 10;
  add(bfsTime, 'handshakes direction-optimising', m, ours * 1e3);
  add(bfsTime, 'C reference direction-optimising', m, c * 1e3);
  add(memory, 'handshakes CSR index', m, d.indexBytes / 2 ** 20);
  add(
    memory,
    'handshakes process peak RSS',
    m,
    d.peakRssMb ?? Math.max(...d.steps.map((s: { peakRssMb: number }) => s.peakRssMb)),
  );
  const load = step('readEdgeList');
  if (load) add(memory, 'handshakes process peak RSS', m, load.peakRssMb);
}
const loadTime: Series = new Map();
for (const d of results('load'))
  for (const r of d) if (!/per 10⁷|saveGraph/.test(r.what)) add(loadTime, r.what, r.edges, r.seconds);
for (const d of results('scale')) {
  const m = d.m ?? d.n * 10;
  for (const s of d.steps) {
    if (s.step.startsWith('readEdgeList')) add(loadTime, 'readEdgeList, text', m, s.seconds);
    if (s.step.startsWith('loadGraph')) add(loadTime, 'loadGraph (checksum verified)', m, s.seconds);
  }
}

const docs = join(ROOT, 'docs');
writeFileSync(join(docs, 'perf-bfs-time.svg'), chart('Single-source BFS time', 'best of 7 sources', 'ms', bfsTime));
writeFileSync(join(docs, 'perf-load-time.svg'), chart('Loading time', 'time', 's', loadTime));
writeFileSync(join(docs, 'perf-memory.svg'), chart('Memory of the graph', 'memory', 'MB', memory));
const START = '<!-- results:start -->';
const END = '<!-- results:end -->';
const page = join(docs, 'performance.md');
if (existsSync(page)) {
  const text = readFileSync(page, 'utf8');
  const sections = [
    'bfs',
    'bfs.full',
    'load',
    'load.full',
    'scale',
    'scale.full',
    'memory',
    'memory.full',
    'planner',
    'planner.full',
    'worker-start',
  ]
    .map((f) => join(ROOT, 'bench', 'results', `${f}.md`))
    .filter(existsSync)
    .map((f) => readFileSync(f, 'utf8').replace(/^## /, '### ').trim());
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a >= 0 && b > a)
    writeFileSync(page, `${text.slice(0, a + START.length)}\n\n${sections.join('\n\n')}\n\n${text.slice(b)}`);
}
console.log(
  'wrote docs/perf-bfs-time.svg, docs/perf-load-time.svg, docs/perf-memory.svg and the tables of docs/performance.md',
);
