// handshakes team <exports…>: merge the team's exports (mergeConnectionExports) and measure the
// team's reach together (groupReach): by degree, what each member brings, and the overlaps.

import type { Command } from 'commander';
import { groupReach } from '../../reach/group-reach.js';
import { degreeName } from '../../viz/render-ego-svg.js';
import { common, integer, type CommandContext, type CommonOptions } from '../context.js';
import { displayName, findPerson } from '../find-person.js';
import { count } from '../import-summary.js';
import { readInput } from '../read-input.js';
import { cell, table } from '../output.js';
import { UsageError } from '../usage-error.js';

interface Options extends CommonOptions {
  owner?: string[];
  members?: string[];
  maxDegree?: number;
  directed?: boolean;
}

export function registerTeam(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('team')
      .summary("a team's reach together: by degree, each member's unique contribution, overlaps (groupReach)")
      .description(
        "Merges the team members' LinkedIn exports (or reads one graph) and measures the team's reach together: people at each degree, what each member brings that nobody else does, and how much members overlap.",
      )
      .argument('<files...>', 'a team.json manifest, LinkedIn exports (with --owner), or one graph file with --members')
      .option('--owner <urls...>', "each export's owner (profile URL), in file order")
      .option('--members <people...>', "the team members (default: the exports' owners and the manifest's members)")
      .option('--max-degree <n>', 'count up to this degree only', integer('--max-degree'))
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes team sample:team\n  $ handshakes team sample:odile-marchetti sample:tobias-wendt \\\n      --owner https://www.linkedin.com/in/odile-marchetti \\\n      https://www.linkedin.com/in/tobias-wendt\n  $ handshakes team sample:friends --members ada.moreau zoe.duarte --json',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      const { graph } = loaded;
      const members = options.members ? options.members.map((m) => findPerson(graph, m, '--members')) : loaded.members;
      if (members.length === 0)
        throw new UsageError('name the team: --members <people…> (or give LinkedIn exports or a team.json).');
      const result = groupReach(
        graph,
        members,
        options.maxDegree === undefined ? {} : { maxDegree: options.maxDegree },
      );
      if (options.json) return ctx.json({ team: members, ...result, import: loaded.report });
      ctx.stdout(
        `A team of ${members.length} reaches ${count(result.reached, 'person', 'people')}: ${cell(result.first)} directly (1st degree), ${cell(result.second)} at 2nd degree, ${cell(result.thirdPlus)} at 3rd+; ${cell(result.outOfNetwork)} out of network.\n\n`,
      );
      ctx.stdout(
        table(
          ['degree', 'people', 'within reach'],
          result.byDegree
            .slice(1)
            .map((c, i) => [degreeName(i + 1), c, result.cumulative[i + 1]! - result.byDegree[0]!]),
        ),
      );
      ctx.stdout(
        `\n${table(
          ['member', 'direct', 'only they know', '2nd degree', 'only they reach at 2nd'],
          [...result.members].map(([k, m]) => [
            displayName(graph, k),
            m.direct,
            m.uniqueDirect,
            m.second,
            m.uniqueSecond,
          ]),
        )}`,
      );
      const top = [...result.overlap].sort((a, b) => b.first.shared - a.first.shared).slice(0, 10);
      if (top.length > 0)
        ctx.stdout(
          `\n${table(
            ['members', 'shared contacts', 'Jaccard (1st)', 'shared at 2nd', 'Jaccard (2nd)'],
            top.map((o) => [
              `${displayName(graph, o.a)} & ${displayName(graph, o.b)}`,
              o.first.shared,
              o.first.jaccard,
              o.second.shared,
              o.second.jaccard,
            ]),
          )}`,
        );
    });
}
