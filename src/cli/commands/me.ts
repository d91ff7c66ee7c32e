// handshakes me <export.zip> [teammates' exports…]: what your LinkedIn export says about how you
// network (networkingProfile), in English or French; with teammates' exports, indirect reach is
// measured on the merged graph and the next batch of invitations is drafted (draftInvitationNotes).

import type { Command } from 'commander';
import { readFile, writeFile } from 'node:fs/promises';
import { HandshakesError, message } from '../../errors.js';
import { csvRecords } from '../../io/csv-records.js';
import { mergeConnectionExports } from '../../io/merge-connection-exports.js';
import { networkingProfile } from '../../io/networking-profile.js';
import { suggestConnections } from '../../reach/suggest-connections.js';
import { draftInvitationNotes, type InvitationNote } from '../../strategies/draft-invitation-notes.js';
import type { Locale } from '../../types.js';
import { common, integer, type CommandContext, type CommonOptions } from '../context.js';
import { readExport } from '../read-input.js';
import { meReport } from '../me-report.js';
import { meText } from '../me-text.js';
import { renderReport } from '../../viz/render-report.js';
import { inputPath } from '../sample.js';
import { UsageError } from '../usage-error.js';

interface Options extends CommonOptions {
  owner?: string;
  out?: string;
  lang: string;
  sectors?: string;
  batch: number;
}

async function readSectors(path: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new HandshakesError('PARSE_ERROR', message('cli', `${path}: ${(error as Error).message}`), { cause: error });
  }
  const sectors = new Map<string, string>();
  let first = true;
  for (const { cells } of csvRecords(text, ',', { where: 'cli', source: path })) {
    if (first && ((first = false), /^company$/i.test(cells[0]?.trim() ?? ''))) continue;
    if (cells.length >= 2 && cells[0]!.trim()) sectors.set(cells[0]!.trim(), cells[1]!.trim());
  }
  return sectors;
}

export function registerMe(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('me')
      .summary('what your LinkedIn export says about how you network (networkingProfile)')
      .description(
        "Reads your LinkedIn data export as downloaded (the zip, a gzip of it, or the extracted folder) and describes how you network: growth, who you really know, invitations and notes, companies, reach and which strategy your history looks like. Message contents are never read past the parse nor printed. Teammates' exports after yours measure indirect reach and draft the next batch of invitations.",
      )
      .argument('<exports...>', "your export (zip, .zip.gz or folder), then teammates' exports")
      .option('--owner <url>', 'your profile URL, when the export does not show it')
      .option('--lang <lang>', 'language of the report: en or fr', 'en')
      .option('--out <file>', 'also write the report as one self-contained HTML page')
      .option('--sectors <file>', 'a Company,Sector CSV, to measure how coherent your network is with your sector')
      .option('--batch <n>', "invitations to draft when teammates' exports are given", integer('--batch'), 15),
  )
    .addHelpText(
      'after',
      '\nExamples (sample:linkedin-export is a bundled fictional export; give your own):\n  $ handshakes me sample:linkedin-export\n  $ handshakes me sample:linkedin-export --lang fr --out mon-reseau.html\n  $ handshakes me sample:linkedin-export --json',
    )
    .action(async (inputs: string[], options: Options) => {
      const files = inputs.map(inputPath); // sample:linkedin-export, or the user's zips and folders
      if (options.lang !== 'en' && options.lang !== 'fr')
        throw new UsageError(`--lang must be en or fr, got ${JSON.stringify(options.lang)}.`);
      const locale: Locale = options.lang;
      const mine = await readExport(files[0]!, options.owner);
      const teammates = [];
      for (const file of files.slice(1)) teammates.push(await readExport(file, undefined));
      const team = teammates.length > 0 ? mergeConnectionExports([mine, ...teammates]).graph : undefined;
      const sectors = options.sectors === undefined ? undefined : await readSectors(options.sectors);
      if (team) {
        // what the notes can name: your current company, and everyone's sector when --sectors is given
        const current = mine.positions?.find((p) => p.finishedOn === undefined);
        if (current) team.setNodeAttribute(mine.owner, 'company', current.company);
        if (sectors)
          team.forEachNode(
            (key, a) =>
              void (typeof a.company === 'string' && sectors.has(a.company)
                ? team.setNodeAttribute(key, 'sector', sectors.get(a.company))
                : undefined),
          );
      }
      const profile = networkingProfile(mine, { locale, ...(team ? { team } : {}), ...(sectors ? { sectors } : {}) });
      let notes: InvitationNote[] = [];
      if (team && options.batch > 0) {
        // who to invite: the suggestions that grow your reach most, then 2nd-degree people by mutual connections
        const suggested = suggestConnections(team, mine.owner, { count: options.batch }).map((s) => s.key);
        // whole-graph edge iteration: per-node lookups trip on keys named like `constructor` (graphology 0.26)
        const contacts = new Set<string>();
        team.forEachEdge(
          (_e, _a, u, v) => void (u === mine.owner ? contacts.add(v) : v === mine.owner ? contacts.add(u) : undefined),
        );
        const mutual = new Map<string, number>();
        const count = (contact: string, other: string): void =>
          void (contacts.has(contact) && other !== mine.owner && !contacts.has(other)
            ? mutual.set(other, (mutual.get(other) ?? 0) + 1)
            : undefined);
        team.forEachEdge((_e, _a, u, v) => (count(u, v), count(v, u)));
        const candidates = [...suggested, ...[...mutual].sort((a, b) => b[1] - a[1]).map(([key]) => key)];
        notes = draftInvitationNotes(team, mine.owner, candidates, {
          batchSize: options.batch,
          locale,
          ...(mine.profile?.firstName ? { signature: mine.profile.firstName } : {}),
        });
      }
      const who = mine.profile?.name ?? mine.owner;
      // whole or not at all (temporary file + rename), like every other output of the CLI
      const out =
        options.out === undefined
          ? undefined
          : await ctx.output(options.out, (tmp) =>
              writeFile(tmp, renderReport(meReport(profile, who, mine.files, notes, locale))),
            );
      if (options.json)
        return ctx.json({
          profile,
          files: mine.files,
          invitationNotes: notes,
          ...(out === undefined ? {} : { report: out }),
        });
      ctx.stdout(meText(profile, who, mine.files, notes, locale));
      if (out !== undefined) ctx.stdout(`\n${locale === 'fr' ? 'Rapport écrit dans' : 'Report written to'} ${out}\n`);
    });
}
