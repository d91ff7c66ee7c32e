// handshakes demo: the main job on the bundled sample — load it, reach by degree, a chain of
// introductions, and the HTML report. Each step is one library call, printed as it goes.

import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { shortestPath } from '../../paths/shortest-path.js';
import { reachByDegree } from '../../reach/reach-by-degree.js';
import { collectReport } from '../../viz/collect-report.js';
import { renderReport } from '../../viz/render-report.js';
import { HandshakesError, message } from '../../errors.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { displayName } from '../find-person.js';
import { loadGraph } from '../load-graph.js';
import { samplePath } from '../sample.js';
import { hopsInWords } from '../../viz/words.js';

interface Options extends CommonOptions {
  out: string;
}

const SAMPLE = { file: 'data-small/friends.txt', me: 'ada.moreau', target: 'zoe.duarte' };

export function registerDemo(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('demo')
      .summary('the main job on the bundled sample: reach, a chain of introductions, the HTML report')
      .description('Runs the main job on the sample network bundled with handshakes and writes the HTML report.')
      .option('--out <file>', 'where to write the HTML report', 'handshakes-demo.html'),
  )
    .addHelpText('after', '\nExamples:\n  $ handshakes demo\n  $ handshakes demo --out /tmp/demo.html --json')
    .action(async (options: Options) => {
      const file = samplePath(SAMPLE.file);
      if (!file) throw new HandshakesError('INVALID_ARGUMENT', message('cli', `the bundled sample examples/${SAMPLE.file} is missing from this installation.`));
      const say = (text: string): void => void (options.json ? undefined : ctx.stdout(text));
      const bar = ctx.progress('reading', options);
      const { graph } = await loadGraph([file], ctx.long(bar)).finally(() => bar.stop());
      say(`Sample: ${file}\n\n`);
      const reach = reachByDegree(graph, SAMPLE.me);
      const name = displayName(graph, SAMPLE.me);
      say(`1. Reach of ${name}: ${reach.direct} direct contacts, ${reach.indirect} more people through introductions (${reach.byDegree.slice(1).map((c, i) => `${c} at degree ${i + 1}`).join(', ')}).\n`);
      const path = shortestPath(graph, SAMPLE.me, SAMPLE.target);
      say(`2. ${name} to ${displayName(graph, SAMPLE.target)}: ${path ? `${path.join(' → ')}, ${hopsInWords(path.length - 1)}` : 'no chain of introductions'}.\n`);
      const out = resolve(ctx.cwd, options.out);
      await writeFile(out, renderReport(collectReport(graph, { me: SAMPLE.me, target: SAMPLE.target, footer: 'Made with handshakes demo on the bundled fictional sample.' })));
      say(`3. Report written to ${out}\n`);
      if (options.json) ctx.json({ sample: file, reach, path, report: out });
    });
}
