// handshakes demo: the main job on the bundled fictional team — import the members' LinkedIn
// exports, the team's reach, a chain of introductions, the HTML report, and what one member's
// whole export says about how she networks. Each step is one library call, printed as it goes.

import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { connection } from '../../paths/connection.js';
import { introducers } from '../../paths/introducers.js';
import { compareWithStudies, studyFigure } from '../../separation/compare-with-studies.js';
import { separation } from '../../separation/separation.js';
import { groupReach } from '../../reach/group-reach.js';
import { networkingProfile } from '../../io/networking-profile.js';
import { readLinkedInExport } from '../../node/read-linkedin-export.js';
import { collectReport } from '../../viz/collect-report.js';
import { renderReport } from '../../viz/render-report.js';
import { hopsInWords } from '../../viz/words.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { displayName } from '../find-person.js';
import { readInput } from '../read-input.js';
import { count } from '../import-summary.js';
import { cell } from '../output.js';
import { samplePath } from '../../node/sample-path.js';

interface Options extends CommonOptions {
  out: string;
}

/** The bundled sample: a fictional team's exports, who asks, and whom they want to meet. */
export const SAMPLE = {
  manifest: 'team' as const,
  me: 'https://www.linkedin.com/in/odile-marchetti',
  target: 'https://www.linkedin.com/in/mateo-brennan',
  export: 'linkedin-export' as const,
};

export function registerDemo(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('demo')
      .summary('the main job on the bundled sample team: import, team reach, an introduction, the HTML report')
      .description(
        "Runs the main job on the fictional team bundled with handshakes (examples/data): imports the members' LinkedIn exports, measures the team's reach, finds a chain of introductions, and writes the HTML report.",
      )
      .option('--out <file>', 'where to write the HTML report', 'handshakes-demo.html'),
  )
    .addHelpText('after', '\nExamples:\n  $ handshakes demo\n  $ handshakes demo --out /tmp/demo.html --json')
    .action(async (options: Options) => {
      const file = samplePath(SAMPLE.manifest);
      const say = (text: string): void => void (options.json ? undefined : ctx.stdout(text));
      const { graph, members, report } = await readInput(ctx, [file], options);
      const merge = (report as { merge: { exports: number; people: number; edges: number; sharedContacts: number } })
        .merge;
      say(`Sample: ${file} (fictional people)\n\n`);
      say(
        `1. Imported ${count(merge.exports, 'LinkedIn export')}: ${count(merge.people, 'person', 'people')}, ${count(merge.edges, 'connection')}, ${count(merge.sharedContacts, 'contact')} shared by several members.\n`,
      );
      const team = groupReach(graph, members);
      say(
        `2. The team of ${members.length} reaches ${count(team.reached, 'person', 'people')}: ${cell(team.first)} directly, ${cell(team.second)} at 2nd degree, ${cell(team.thirdPlus)} at 3rd+.\n`,
      );
      const sep = separation(graph);
      const studies = compareWithStudies(sep);
      say(
        `3. People are ${count(sep.meanDistance, 'hop')} apart on average: ${count(sep.degreesOfSeparation, 'degree of separation', 'degrees of separation')} (${sep.method}), against ${studies.studies.map((s) => `${studyFigure(s)} (${s.study})`).join(', ')}.\n`,
      );
      const me = displayName(graph, SAMPLE.me);
      const link = connection(graph, SAMPLE.me, SAMPLE.target, { pathLimit: 1 });
      const best = introducers(graph, SAMPLE.me, SAMPLE.target, { limit: 3 });
      say(
        `4. ${me} to ${displayName(graph, SAMPLE.target)}: ${link.degree === null ? 'no chain of introductions' : `${hopsInWords(link.degree)}, ${link.pathCount} shortest chains, e.g. ${link.paths[0]!.map((k) => displayName(graph, k)).join(' → ')}; ask ${best.map((b) => displayName(graph, b.contact)).join(', ')} first`}.\n`,
      );
      const out = await ctx.output(options.out, (tmp) =>
        writeFile(
          tmp,
          renderReport(
            collectReport(graph, {
              me: SAMPLE.me,
              target: SAMPLE.target,
              members,
              footer: 'Made with handshakes demo on the bundled fictional sample team.',
            }),
          ),
        ),
      );
      say(`5. Report written to ${out}\n`);
      const zip = samplePath(SAMPLE.export);
      const profile = zip ? networkingProfile(await readLinkedInExport(zip)) : null;
      if (profile) {
        const i = profile.invitations;
        say(
          `6. ${me}'s own LinkedIn export (${zip}): she really knows ${cell(profile.known.known)} of her ${cell(profile.connections)} connections; invitations with a note were accepted ${cell(Math.round((i.acceptanceWithNote ?? 0) * 100))}% of the time (${i.acceptedWithNote}/${i.sentWithNote}), without ${cell(Math.round((i.acceptanceWithoutNote ?? 0) * 100))}% (${i.acceptedWithoutNote}/${i.sent - i.sentWithNote}); her history looks like the ${profile.strategy.looksLike.replace('-', ' ')} strategy. More: handshakes me ${zip}\n`,
        );
      }
      if (options.json)
        ctx.json({
          sample: file,
          import: merge,
          team,
          separation: sep,
          studies,
          connection: link,
          introducers: best,
          report: out,
          networkingProfile: profile,
        });
    });
}
