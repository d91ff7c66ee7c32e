// handshakes path <file…> --from X --to Y: the shortest chain of introductions (shortestPath).

import type { Command } from 'commander';
import { shortestPath } from '../../paths/shortest-path.js';
import type { Mode } from '../../types.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { displayName, findPerson } from '../find-person.js';
import { loadGraph } from '../load-graph.js';
import { table } from '../output.js';
import { hopsInWords } from '../../viz/words.js';

interface Options extends CommonOptions {
  from: string;
  to: string;
  mode?: Mode;
  directed?: boolean;
}

export function registerPath(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('path')
      .summary('the shortest chain of introductions from one person to another')
      .description('Finds how one person is connected to another: the shortest chain of introductions and its length.')
      .argument('<files...>', 'LinkedIn exports, an edge list, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption('--from <person>', 'where the chain starts: a node key or a display name')
      .requiredOption('--to <person>', 'the person to reach')
      .option('--mode <mode>', 'direction on directed graphs: outbound, inbound or all')
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText('after', '\nExamples:\n  $ handshakes path connections.csv --from "Ada Lovelace" --to "Grace Hopper"\n  $ handshakes path graph.txt --from 0 --to 4038 --json')
    .action(async (files: string[], options: Options) => {
      const bar = ctx.progress('reading', options);
      const { graph } = await loadGraph(files, { directed: options.directed ?? false, ...ctx.long(bar) }).finally(() => bar.stop());
      const from = findPerson(graph, options.from, '--from');
      const to = findPerson(graph, options.to, '--to');
      const path = shortestPath(graph, from, to, options.mode === undefined ? {} : { mode: options.mode });
      const distance = path ? path.length - 1 : null;
      if (options.json) return ctx.json({ from, to, distance, degreesOfSeparation: distance === null ? null : Math.max(0, distance - 1), path });
      if (!path) return ctx.stdout(`${displayName(graph, to)} is out of reach of ${displayName(graph, from)}: no chain of introductions exists.\n`);
      ctx.stdout(`${path.map((k) => displayName(graph, k)).join(' → ')}\n${hopsInWords(distance!)}.\n\n`);
      ctx.stdout(table(['step', 'person', 'key'], path.map((k, i) => [i, displayName(graph, k), k])));
    });
}
