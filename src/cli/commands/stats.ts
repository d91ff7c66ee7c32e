// handshakes stats <file…>: separation — the distance distribution and the figures of the
// "six versus 3.5 degrees" debate, beside the published studies (compareWithStudies).

import type { Command } from 'commander';
import { compareWithStudies, CONVENTION_NOTE } from '../../separation/compare-with-studies.js';
import { separation } from '../../separation/separation.js';
import type { Mode } from '../../types.js';
import { choice, common, integer, modeOption, type CommandContext, type CommonOptions } from '../context.js';
import { count } from '../import-summary.js';
import { readInput } from '../read-input.js';
import { cell, table } from '../output.js';

interface Options extends CommonOptions {
  method?: 'auto' | 'exact' | 'sample' | 'hyperball';
  samples?: number;
  component?: 'all' | 'largest';
  seed?: number;
  mode?: Mode;
  directed?: boolean;
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
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes stats sample:team\n  $ handshakes stats sample:friends --method hyperball --json',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, { directed: options.directed ?? false });
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
      const pm = (e: { low: number; high: number } | undefined): string =>
        e ? ` (95% interval ${cell(e.low)}–${cell(e.high)})` : '';
      ctx.stdout(
        `${cell(s.people)} people, ${cell(s.reachablePairs)} connected ordered pairs (${cell(100 * s.connectedFraction)}%), ${count(s.components.count, 'component')} (largest ${cell(s.components.largestSize)}).\nMethod: ${s.reason ?? s.method}.\n` +
          `Mean distance ${cell(s.meanDistance)} hops${pm(s.errors?.meanDistance)}, that is ${cell(s.degreesOfSeparation)} degrees of separation (intermediaries).\n` +
          `Median ${cell(s.medianDistance)} hops, effective diameter (90%) ${cell(s.effectiveDiameter)}, diameter ${cell(s.diameter)}.\n\n`,
      );
      ctx.stdout(
        table(
          ['distance (hops)', 'ordered pairs', 'share'],
          s.distribution.slice(1).map((c, i) => [i + 1, c, `${cell((100 * c) / Math.max(1, s.reachablePairs))}%`]),
        ),
      );
      ctx.stdout(
        `\n${table(['study', 'people', 'hops', 'degrees', 'this graph − study (hops)'], [['this graph', s.people, s.meanDistance, s.degreesOfSeparation, 0], ...studies.studies.map((x) => [x.study, x.people, x.meanDistance, x.degreesOfSeparation, x.differenceInHops])])}`,
      );
      ctx.stdout(`\nhops = mean distance. ${CONVENTION_NOTE}\n`);
    });
}
