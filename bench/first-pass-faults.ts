// Where the paths bench's `connection` first pass spends its extra time: page faults, CPU and the
// V8 heap's physical size after each phase of the bench's sequence (load, BFS, shortestPath,
// connection warm-up, first pass, second pass), in fresh processes alternated between this tree
// and another checkout. Issue 18: 79ca6e2's first pass was 1.30–1.39× faster.
//
//   npx tsx bench/first-pass-faults.ts <other checkout> [--runs N]
//
// Each run is `node --import tsx bench/first-pass-faults.ts --child <tree>`: it imports that tree's
// src and prints one JSON line. The parent prints medians per tree and phase.

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { cGraph } from './lib.js';

type Phase = [faults: number, cpuMs: number, heapKiB: number];
const PHASES = ['load', 'bfs', 'shortestPath', 'connection warm-up', 'connection first pass', 'connection again'];
const HERE = resolve(import.meta.dirname, '..');

async function child(tree: string, file: string): Promise<void> {
  const v8 = await import('node:v8');
  const { readEdgeList } = await import(`${tree}/src/node.ts`);
  const { connection, shortestPath } = await import(`${tree}/src/index.ts`);
  const { bfsEngine } = await import(`${tree}/src/traversal/engines.ts`);
  const out: Record<string, Phase> = {};
  const now = (): [number, number] => {
    const u = process.cpuUsage();
    return [process.resourceUsage().minorPageFault, (u.user + u.system) / 1000];
  };
  let [f0, c0] = now();
  const mark = (name: string): void => {
    const [f, c] = now();
    out[name] = [f - f0, +(c - c0).toFixed(1), Math.round(v8.getHeapStatistics().total_physical_size / 1024)];
    [f0, c0] = [f, c];
  };
  const csr = await readEdgeList(file);
  mark('load');
  const key = (id: number): string => csr.keys.key(id);
  let x = 7; // the paths bench's pairs: its LCG, seed 7
  const rnd = (): number => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const list = Array.from({ length: 300 }, () => [Math.floor(rnd() * csr.order), Math.floor(rnd() * csr.order)]);
  const bfs = bfsEngine(csr);
  for (const [s] of list.slice(0, 70)) bfs.run(s!);
  mark('bfs');
  for (const [s, t] of [...list.slice(0, 20), ...list]) shortestPath(csr, key(s!), key(t!));
  mark('shortestPath');
  for (const [s, t] of list.slice(0, 20)) connection(csr, key(s!), key(t!));
  mark('connection warm-up');
  for (const [s, t] of list) connection(csr, key(s!), key(t!));
  mark('connection first pass');
  for (const [s, t] of list) connection(csr, key(s!), key(t!));
  mark('connection again');
  console.log(JSON.stringify(out));
}

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[v.length >> 1]!;

const args = process.argv.slice(2);
if (args[0] === '--child') await child(args[1]!, args[2]!);
else {
  const other = args[0];
  if (!other) throw new Error('usage: npx tsx bench/first-pass-faults.ts <other checkout> [--runs N]');
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
  const prefix = cGraph('ba', 1e5, 1e6);
  if (!prefix) throw new Error('needs the C generator of ../shared/tools (the paths bench graph)');
  const trees = [resolve(other), HERE];
  const seen = new Map<string, Record<string, Phase>[]>(trees.map((t) => [t, []]));
  for (let r = 0; r < runs; r++) {
    for (const tree of trees) {
      const line = execFileSync(
        process.execPath,
        ['--import', 'tsx', import.meta.filename, '--child', tree, `${prefix}.txt`],
        { cwd: HERE, encoding: 'utf8' },
      );
      seen.get(tree)!.push(JSON.parse(line.trim().split('\n').pop()!));
    }
  }
  console.log('| tree | phase | page faults | CPU ms | V8 heap, physical KiB (end) |\n|---|---|---|---|---|');
  for (const tree of trees)
    for (const phase of PHASES) {
      const at = (i: number): number => median(seen.get(tree)!.map((run) => run[phase]![i]!));
      console.log(`| ${tree} | ${phase} | ${at(0)} | ${at(1)} | ${at(2)} |`);
    }
}
