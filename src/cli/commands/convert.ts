// handshakes convert <files…> --out <file>: reads any supported input (readGraph) and writes it
// with writeGraph, the format chosen by the output's extension (GEXF, GraphML, graphology JSON,
// edges CSV, .gz of each, the binary index), optionally pseudonymized first so a team can share
// the graph without the people.

import type { Command } from 'commander';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AbstractGraph as Graph } from 'graphology-types';
import { isCsr } from '../../csr/csr.js';
import { MIN_SECRET_LENGTH, pseudonymize } from '../../io/pseudonymize.js';
import { detectGraphFile } from '../../node/detect-graph-file.js';
import { GRAPH_OUTPUT_ENDINGS, graphOutputOf, writeGraph } from '../../node/write-graph.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { count } from '../import-summary.js';
import { refuseOwnOutput } from '../own-output.js';
import { readInput } from '../read-input.js';
import { inputPath } from '../sample.js';
import { UsageError } from '../usage-error.js';

interface Options extends CommonOptions {
  out: string;
  owner?: string[];
  pseudonymize?: string;
  directed?: boolean;
}

// Checked by commander, so a short secret is a usage error before any file is read; the secret
// itself is never printed back (an error may end up in a log or a terminal recording).
function secret(value: string): string {
  const length = value.trim().length;
  // a UsageError, not commander's InvalidArgumentError: commander would quote the value back
  if (length < MIN_SECRET_LENGTH)
    throw new UsageError(
      `--pseudonymize: the secret must have at least ${MIN_SECRET_LENGTH} characters besides spaces (it has ${length}; not shown).`,
    );
  return value;
}

// Refuses what an index without a graphology graph cannot give: pseudonyms. (Its keys and edges
// write to every format: writeGraph takes a Csr.)
function indexOnly(options: Options): void {
  // pseudonymized before every output, the binary index included: nothing identifying leaves
  if (options.pseudonymize !== undefined)
    throw new UsageError('--pseudonymize needs a graph with people (LinkedIn, GEXF, GraphML, JSON), not an edge list.');
}

const isRegularFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (s) => s.isFile(),
    () => true, // a missing file: detection names it
  );

export function registerConvert(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('convert')
      .summary('between formats: LinkedIn exports, GEXF, GraphML, JSON, edges CSV (optionally pseudonymized)')
      .description(
        'Reads the input (format detected from the content) and writes it in the format named by the output extension: .gexf (Gephi), .graphml, .json (graphology), .csv (one edge per row), each gzip-compressed when followed by .gz, or .hsg (the binary index).',
      )
      .argument('<files...>', 'a team.json manifest, LinkedIn exports, GEXF, GraphML or JSON (optionally .gz)')
      .requiredOption(
        '--out <file>',
        'the output file: .gexf, .graphml, .json, .csv (each optionally .gz), or .hsg (the binary index)',
      )
      .option('--owner <urls...>', "each LinkedIn export's owner (profile URL), in file order")
      .option(
        '--pseudonymize <secret>',
        `replace keys and names by keyed hashes (HMAC) before writing; secret of ${MIN_SECRET_LENGTH}+ characters`,
        secret,
      )
      .option('--directed', 'read edge lists as directed'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes convert sample:team --out team.gexf\n  $ handshakes convert sample:team --out shared.json \\\n      --pseudonymize "our team secret 2026"\n  $ handshakes convert sample:friends --out friends.hsg',
    )
    .action(async (files: string[], options: Options) => {
      const output = graphOutputOf(options.out);
      if (!output) throw new UsageError(`--out must end in ${GRAPH_OUTPUT_ENDINGS}; got "${options.out}".`);
      const binary = output.ending === '.hsg';
      // An edge list or a .hsg file loads as the index alone: refuse pseudonyms before reading 10⁷
      // lines. (a pipe is read once, by readGraph: it is refused after reading, if it must be)
      if (files.length === 1 && options.pseudonymize !== undefined && (await isRegularFile(inputPath(files[0]!)))) {
        const { format } = await detectGraphFile('cli', inputPath(files[0]!));
        if (format === 'edge-list' || format === 'binary') indexOnly(options);
      }
      const loaded = await readInput(
        ctx,
        files,
        options,
        {
          directed: options.directed ?? false,
          ...(options.owner ? { owners: options.owner } : {}),
        },
        'no-people',
      );
      if (isCsr(loaded.graph)) indexOnly(options);
      const graph =
        options.pseudonymize === undefined
          ? loaded.graph
          : pseudonymize(loaded.graph as Graph, { secret: options.pseudonymize });
      const out = resolve(ctx.cwd, options.out);
      refuseOwnOutput('--out', out);
      const writing = ctx.progress('writing', options);
      await writeGraph(graph, out, {
        ...ctx.long(writing),
        where: 'cli',
        ...(ctx.onTempFile ? { onTempFile: ctx.onTempFile } : {}),
      }).finally(() => writing.stop());
      const result = {
        from: loaded.format,
        out,
        people: graph.order,
        connections: graph.size,
        pseudonymized: options.pseudonymize !== undefined,
        import: loaded.report,
      };
      if (options.json) return ctx.json(result);
      ctx.stdout(
        `${count(result.people, 'person', 'people')} and ${count(result.connections, 'connection')} (${loaded.format}) written to ${out}${result.pseudonymized ? ', pseudonymized' : ''}${binary ? ' (binary index: reloads in well under a second per 10⁷ edges)' : ''}.\n`,
      );
    });
}
