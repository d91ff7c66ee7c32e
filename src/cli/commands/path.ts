// handshakes path <file…> --from X --to Y: how X is connected to Y (connection) — the degree,
// the people both know, the shortest chains and how many there are; with --introducers, X's
// contacts ranked as introducers to Y (introducers).

import type { Command } from 'commander';
import { connection } from '../../paths/connection.js';
import { introducers } from '../../paths/introducers.js';
import type { Mode } from '../../types.js';
import { degreeName } from '../../viz/render-ego-svg.js';
import { hopsInWords } from '../../viz/words.js';
import { common, integer, modeOption, type CommandContext, type CommonOptions } from '../context.js';
import { displayName, findPerson } from '../find-person.js';
import { readInput } from '../read-input.js';
import { table } from '../output.js';

interface Options extends CommonOptions {
  from: string;
  to: string;
  introducers?: boolean;
  limit: number;
  avoid?: string[];
  maxLength?: number;
  mode?: Mode;
  owner?: string[];
  directed?: boolean;
}

export function registerPath(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('path')
      .summary(
        'how one person is connected to another: chains of introductions, best introducers (connection, introducers)',
      )
      .description(
        'Finds how one person is connected to another, the way LinkedIn\'s "how you\'re connected" does: the degree, the people both know, the shortest chains of introductions and their number. With --introducers: which direct contacts to ask first.',
      )
      .argument(
        '<files...>',
        'a team.json manifest, LinkedIn exports, an edge list, GEXF, GraphML or JSON (optionally .gz)',
      )
      .requiredOption('--from <person>', 'where the chain starts: a node key or a display name')
      .requiredOption('--to <person>', 'the person to reach')
      .option('--introducers', "rank --from's direct contacts as introducers to --to instead")
      .option('--limit <n>', 'chains (or introducers) to list', integer('--limit'), 5)
      .option('--avoid <people...>', 'people the chain must not go through')
      .option('--max-length <n>', 'longest chain considered, in hops', integer('--max-length'))
      .addOption(modeOption())
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order")
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes path sample:team --from "Odile Marchetti" --to "Mateo Brennan"\n  $ handshakes path sample:team --from "Odile Marchetti" --to "Mateo Brennan" \\\n      --introducers\n  $ handshakes path sample:friends --from ada.moreau --to zoe.duarte --json',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      const { graph } = loaded;
      const from = findPerson(graph, options.from, '--from');
      const to = findPerson(graph, options.to, '--to');
      const constraints = {
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        ...(options.avoid === undefined ? {} : { avoid: options.avoid.map((p) => findPerson(graph, p, '--avoid')) }),
        ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
      };
      const name = (key: string): string => displayName(graph, key);
      if (options.introducers) {
        const ranked = introducers(graph, from, to, { ...constraints, limit: options.limit });
        if (options.json) return ctx.json({ me: from, target: to, introducers: ranked, import: loaded.report });
        if (ranked.length === 0) return ctx.stdout(`None of ${name(from)}'s contacts can reach ${name(to)}.\n`);
        ctx.stdout(`Whom ${name(from)} should ask to meet ${name(to)}, best first:\n\n`);
        return ctx.stdout(
          table(
            ['contact', 'hops from them to the target', 'shortest chains through them'],
            ranked.map((r) => [name(r.contact), r.distance, r.paths]),
          ),
        );
      }
      const c = connection(graph, from, to, { ...constraints, pathLimit: options.limit });
      if (options.json) return ctx.json({ ...c, import: loaded.report });
      if (c.degree === null)
        return ctx.stdout(`${name(to)} is out of reach of ${name(from)}: no chain of introductions exists.\n`);
      ctx.stdout(
        `${name(to)} is ${c.degree > 0 ? `a ${degreeName(c.degree)}-degree contact of ${name(from)}` : name(from)}: ${hopsInWords(c.degree)}, ${c.pathCount.toLocaleString('en-US')} shortest chain${c.pathCount === 1n ? '' : 's'}.\n`,
      );
      if (c.mutualConnections.length > 0)
        ctx.stdout(`People both know: ${c.mutualConnections.map(name).join(', ')}.\n`);
      ctx.stdout(
        `\n${table(
          ['chain of introductions'],
          c.paths.map((p) => [p.map(name).join(' → ')]),
        )}`,
      );
    });
}
