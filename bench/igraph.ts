// The igraph baseline (python3-igraph, run with /usr/bin/python3 where it is installed): single-
// source BFS times and distances from k sources on the C generator's graph files. Returns null,
// with a note for the results, when Python or igraph is missing (benchmarks then skip it).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib.js';

const PYTHON = process.env.HANDSHAKES_PYTHON ?? '/usr/bin/python3';

/** What the igraph script measured. */
export interface IgraphReference {
  version: string;
  bfs_times_s: number[];
  k: number;
  k_time_s: number;
  per_source_ms: number;
}

/** Why igraph was skipped, when it was. */
export let igraphNote = '';

/** Runs bench/igraph-baseline.py on PREFIX.txt / PREFIX.src, or returns null (see `igraphNote`). */
export function igraphReference(prefix: string, runs: number, k: number): IgraphReference | null {
  try {
    execFileSync(PYTHON, ['-c', 'import igraph'], { stdio: 'ignore' });
  } catch {
    igraphNote = `igraph skipped: \`${PYTHON} -c "import igraph"\` failed (apt-get install python3-igraph).`;
    return null;
  }
  const out = execFileSync(
    PYTHON,
    [join(ROOT, 'bench', 'igraph-baseline.py'), `${prefix}.txt`, `${prefix}.src`, String(runs), String(k)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as IgraphReference;
}
