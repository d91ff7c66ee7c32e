// handshakes report <file…> --me X --out report.html: collectReport + renderReport, written to a file.

import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { collectReport } from '../../viz/collect-report.js';
import { renderReport } from '../../viz/render-report.js';
import { pageWords } from '../../viz/page-words.js';
import { choice, common, type CommandContext, type CommonOptions } from '../context.js';
import { findPerson } from '../find-person.js';
import { readInput } from '../read-input.js';

interface Options extends CommonOptions {
  me: string;
  to?: string;
  members?: string[];
  owner?: string[];
  out: string;
  directed?: boolean;
  lang: 'en' | 'fr';
}

export function registerReport(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('report')
      .summary('one self-contained HTML report: summary, pictures, reach and introducers')
      .description(
        'Writes one HTML file that opens offline: the summary in words, the ego network on hop rings, the reach curve, and the tables.',
      )
      .argument('<files...>', 'LinkedIn exports, an edge list, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption('--me <person>', 'the person the report is about: a node key or a display name')
      .option('--to <person>', 'add the chain of introductions to this person')
      .option(
        '--members <people...>',
        "add the team's reach (default: a team.json's or the exports' members, when several)",
      )
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order")
      .option('--out <file>', 'where to write the HTML', 'handshakes-report.html')
      .option('--directed', 'read edge lists as directed')
      .addOption(
        choice(
          '--lang <lang>',
          "the page's language: every sentence, label, chart and number format",
          ['en', 'fr'],
          'en',
        ),
      ),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes report sample:team --me "Odile Marchetti" --to "Mateo Brennan"\n  $ handshakes report sample:odile-marchetti --me me --out report.html\n  $ handshakes report sample:friends --me ada.moreau --to zoe.duarte \\\n      --members ada.moreau omar.moreau',
    )
    .action(async (files: string[], options: Options) => {
      const loaded = await readInput(ctx, files, options, {
        directed: options.directed ?? false,
        ...(options.owner ? { owners: options.owner } : {}),
      });
      const { graph } = loaded;
      const members = options.members
        ? options.members.map((m) => findPerson(graph, m, '--members'))
        : loaded.members.length > 1
          ? loaded.members
          : [];
      const me = findPerson(graph, options.me, '--me');
      const target = options.to === undefined ? undefined : findPerson(graph, options.to, '--to');
      const data = collectReport(graph, {
        me,
        ...(target === undefined ? {} : { target }),
        ...(members.length > 0 ? { members } : {}),
        footer: pageWords(options.lang).madeFrom.replace('{files}', files.join(', ')),
        lang: options.lang,
        signal: ctx.signal,
      });
      const out = await ctx.output(options.out, (tmp) => writeFile(tmp, renderReport(data)));
      if (options.json)
        return ctx.json({
          out,
          import: loaded.report,
          ...data,
          pictures: data.pictures?.map((p) => ({ title: p.title, caption: p.caption })),
        });
      ctx.stdout(`${data.summary.join('\n')}\n\nReport written to ${out}\n`);
    });
}
