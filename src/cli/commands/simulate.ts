// handshakes simulate: simulateStrategies — "open bar", "neighbourhood bar" and "private club"
// side by side on a generated professional network; optionally the chart as an SVG file.

import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { simulateStrategies } from '../../strategies/simulate-strategies.js';
import { renderStrategySvg } from '../../viz/render-strategy-svg.js';
import { common, integer, type CommandContext, type CommonOptions } from '../context.js';
import { count } from '../import-summary.js';
import { cell, table } from '../output.js';

interface Options extends CommonOptions {
  people: number;
  rounds: number;
  invitations: number;
  seed: number;
  svg?: string;
}

export function registerSimulate(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('simulate')
      .summary('contact strategies side by side: open bar, neighbourhood bar, private club (simulateStrategies)')
      .description(
        'Simulates the three ways of handling invitations on a generated professional network and compares direct reach, 2nd-degree reach, distance, coherence, known contacts and effort.',
      )
      .option('--people <n>', 'people in the generated population', integer('--people'), 2000)
      .option('--rounds <n>', 'rounds of invitations', integer('--rounds'), 20)
      .option('--invitations <n>', 'invitations each person sends per round', integer('--invitations'), 3)
      .option('--seed <n>', 'seed: the same seed gives the same result', integer('--seed'), 42)
      .option('--svg <file>', 'also write the comparison chart as an SVG file'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes simulate\n  $ handshakes simulate --people 2000 --rounds 20 --svg strategies.svg --json',
    )
    .action(async (options: Options) => {
      const bar = ctx.progress('simulating', options);
      const result = simulateStrategies({
        population: options.people,
        rounds: options.rounds,
        invitationsPerRound: options.invitations,
        seed: options.seed,
        ...ctx.long(bar),
      });
      bar.stop();
      let svg: string | undefined;
      if (options.svg) svg = await ctx.output(options.svg, (tmp) => writeFile(tmp, renderStrategySvg(result)));
      if (options.json) return ctx.json(svg ? { ...result, svg } : result);
      const s = result.settings;
      ctx.stdout(
        `${count(s.people, 'person', 'people')}, a cohort of ${cell(s.cohort)} per strategy, ${count(s.rounds, 'round')} of up to ${count(s.invitationsPerRound, 'invitation')} (seed ${s.seed}).\n\n`,
      );
      ctx.stdout(
        table(
          ['strategy', 'direct', '2nd degree', 'mean distance', 'coherence', 'really known', 'effort'],
          result.strategies.map((r) => [
            r.name,
            r.final.direct,
            r.final.secondDegree,
            r.final.meanDistance,
            `${cell(100 * r.final.coherence)}%`,
            `${cell(100 * r.final.knownShare)}%`,
            r.final.effort,
          ]),
        ),
      );
      if (svg) ctx.stdout(`\nChart written to ${svg}\n`);
    });
}
