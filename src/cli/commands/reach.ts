// handshakes reach <file…> --from X: reachByDegree — people at each degree, direct versus indirect.

import type { Command } from 'commander';
import { reachByDegree } from '../../reach/reach-by-degree.js';
import type { Mode } from '../../types.js';
import { degreeName } from '../../viz/render-ego-svg.js';
import { common, integer, modeOption, type CommandContext, type CommonOptions } from '../context.js';
import { displayName, findPerson } from '../find-person.js';
import { count } from '../import-summary.js';
import { readInput } from '../read-input.js';
import { table } from '../output.js';

interface Options extends CommonOptions {
  from: string;
  maxDegree?: number;
  mode?: Mode;
  directed?: boolean;
  owner?: string[];
}

export function registerReach(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('reach')
      .summary('people within 1st, 2nd, 3rd… degree of one person (reachByDegree)')
      .description(
        'Counts the people one person reaches at each degree: 1st-degree (direct) contacts, 2nd-degree (their contacts), and so on.',
      )
      .argument('<files...>', 'LinkedIn exports, an edge list, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption('--from <person>', 'the person: a node key or a display name')
      .option('--max-degree <n>', 'count up to this degree only', integer('--max-degree'))
      .addOption(modeOption())
      .option('--directed', 'read edge lists as directed')
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order"),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes reach sample:odile-marchetti --from me\n  $ handshakes reach sample:friends --from ada.moreau --max-degree 2 --json',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      const { graph } = loaded;
      const person = findPerson(graph, options.from, '--from');
      const result = reachByDegree(graph, person, {
        ...(options.maxDegree === undefined ? {} : { maxDegree: options.maxDegree }),
        ...(options.mode === undefined ? {} : { mode: options.mode }),
      });
      if (options.json) return ctx.json({ ...result, import: loaded.report });
      ctx.stdout(
        `Reach of ${displayName(graph, person)}: ${count(result.direct, 'direct contact')}, ${count(result.indirect, 'more person', 'more people')} indirectly, ${count(result.unreachable, 'person', 'people')} out of reach.\n\n`,
      );
      ctx.stdout(
        table(
          ['degree', 'people', 'within reach'],
          result.byDegree.slice(1).map((c, i) => [degreeName(i + 1), c, result.cumulative[i + 1]! - 1]),
        ),
      );
    });
}
