// handshakes stats <file…>: separation — the distance distribution and the figures of the
// "six versus 3.5 degrees" debate, beside the published studies (compareWithStudies).

import type { Command } from 'commander';
import { compareWithStudies, CONVENTION_NOTE } from '../../separation/compare-with-studies.js';
import { separation } from '../../separation/separation.js';
import type { Mode } from '../../types.js';
import { choice, common, integer, modeOption, type CommandContext, type CommonOptions } from '../context.js';
import { readInput } from '../read-input.js';
import { count } from '../import-summary.js';
import { cell, table } from '../output.js';
import { separationHeadline } from '../separation-headline.js';

/** Rows of the distance table: one per distance, or ranges of equal width past this many (a path's 10⁶ distances). */
const MAX_ROWS = 60;

// [distance or "from–to", ordered pairs, share] rows; ranges when there are more than MAX_ROWS distances.
function distanceRows(distribution: readonly number[], reachablePairs: number): { rows: unknown[][]; width: number } {
  const depth = distribution.length - 1;
  const width = depth > MAX_ROWS ? Math.ceil(depth / MAX_ROWS) : 1;
  const rows: unknown[][] = [];
  for (let from = 1; from <= depth; from += width) {
    const to = Math.min(depth, from + width - 1);
    let pairs = 0;
    for (let d = from; d <= to; d++) pairs += distribution[d]!;
    rows.push([
      width === 1 ? from : `${cell(from)}–${cell(to)}`,
      Math.round(pairs), // a sampled estimate: whole pairs in text (--json keeps the estimate)
      `${cell((100 * pairs) / Math.max(1, reachablePairs))}%`,
    ]);
  }
  return { rows, width };
}

interface Options extends CommonOptions {
  method?: 'auto' | 'exact' | 'sample' | 'hyperball';
  samples?: number;
  component?: 'all' | 'largest';
  seed?: number;
  mode?: Mode;
  directed?: boolean;
  owner?: string[];
}

export function registerStats(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('stats')
      .summary('how far apart people are: distance distribution, degrees of separation, studies (separation)')
      .description(
        'Measures how far apart people are — mean distance in hops, degrees of separation (hops − 1), median, effective diameter, diameter — and places the figures beside Milgram, Facebook and MSN.',
      )
      .argument('<files...>', 'LinkedIn exports, an edge list, GEXF, GraphML or JSON (optionally .gz)')
      .addOption(
        choice(
          '--method <method>',
          'auto (by estimated cost), exact, sample or hyperball',
          ['auto', 'exact', 'sample', 'hyperball'],
          'auto',
        ),
      )
      .option('--samples <n>', 'BFS sources for --method sample', integer('--samples'))
      .addOption(
        choice('--component <which>', 'all pairs, or the largest connected component only', ['all', 'largest'], 'all'),
      )
      .option('--seed <n>', 'seed of sampling and HyperBall', integer('--seed'))
      .addOption(modeOption())
      .option('--directed', 'read edge lists as directed')
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order"),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes stats sample:team\n  $ handshakes stats sample:friends --method hyperball --json',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      const { graph } = loaded;
      const bar = ctx.progress('distances', options);
      const summary = separation(graph, {
        method: options.method ?? 'auto',
        component: options.component ?? 'all',
        ...(options.samples === undefined ? {} : { samples: options.samples }),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        ...ctx.long(bar),
      });
      bar.stop();
      const studies = compareWithStudies(summary);
      // One person's export is a star around its owner: distances of 1 and 2 by construction.
      if (loaded.format === 'linkedin' && loaded.members.length <= 1)
        ctx.stderr(
          "warning: one export is a star around its owner (every distance is 1 or 2): it says nothing about separation next to Milgram's six; load a team's exports (a team.json or several Connections.csv) instead.\n",
        );
      if (options.json) return ctx.json({ summary, studies, import: loaded.report });
      const s = summary;
      const g = loaded.graph;
      const undirected = s.mode === 'all' || ('kind' in g ? !g.directed : g.type === 'undirected');
      ctx.stdout(separationHeadline(s, undirected));
      const { rows, width } = distanceRows(s.distribution, s.reachablePairs);
      const estimated = s.errors !== null;
      ctx.stdout(
        table(
          [{ title: 'distance (hops)', align: 'right' }, estimated ? 'ordered pairs (≈)' : 'ordered pairs', 'share'],
          rows,
        ),
      );
      if (width > 1)
        ctx.stdout(
          `(${count(s.distribution.length - 1, 'distance')} in ranges of ${count(width, 'hop')}; --json has every distance.)\n`,
        );
      ctx.stdout(
        `\n${table(['study', 'people', 'hops', 'degrees', 'this graph − study (hops)'], [['this graph', s.people, s.meanDistance, s.degreesOfSeparation, 0], ...studies.studies.map((x) => [x.study, x.people, x.meanDistance, x.degreesOfSeparation, x.differenceInHops])])}`,
      );
      ctx.stdout(`\nhops = mean distance. ${CONVENTION_NOTE}\n`);
    });
}
