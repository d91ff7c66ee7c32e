// handshakes app --out handshakes.html: writes the local-first page (renderApp around the app
// bundle), where a person drops their export zips. The bundle is dist/app.global.js in a source
// checkout (npm run build), else the one inside docs/handshakes.html, the page the package ships.

import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appBundle, renderApp } from '../../app/render-app.js';
import { common, type CommandContext, type CommonOptions } from '../context.js';
import { UsageError } from '../usage-error.js';

interface Options extends CommonOptions {
  out: string;
  lang: string;
}

/** The app bundle: dist/app.global.js above this file, else the published page's; null when neither is there. */
async function findBundle(): Promise<string | null> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    for (const candidate of [join(dir, 'app.global.js'), join(dir, 'dist', 'app.global.js')])
      if (existsSync(candidate)) return readFile(candidate, 'utf8');
    const page = join(dir, 'docs', 'handshakes.html');
    if (existsSync(page)) return appBundle(await readFile(page, 'utf8'));
    dir = dirname(dir);
  }
  return null;
}

export function registerApp(program: Command, ctx: CommandContext): void {
  common(
    program
      .command('app')
      .summary('one local-first HTML page: drop your LinkedIn export zips, get the report in the browser')
      .description(
        'Writes one self-contained HTML file (the library, pictures and WebAssembly kernels inlined) that reads LinkedIn export zips in the browser. It makes no network request and stores nothing.',
      )
      .option('--out <file>', 'where to write the page', 'handshakes.html')
      .option('--lang <lang>', 'language of the page: en, fr, or auto (the browser’s)', 'auto'),
  )
    .addHelpText(
      'after',
      '\nExamples:\n  $ handshakes app --out handshakes.html\n  $ handshakes app --lang fr --out reseau.html',
    )
    .action(async (options: Options) => {
      if (!['en', 'fr', 'auto'].includes(options.lang))
        throw new UsageError(`--lang must be en, fr or auto, got "${options.lang}".`);
      const bundle = await findBundle();
      if (bundle === null)
        throw new UsageError(
          'the app bundle dist/app.global.js is missing: run `npm run build` first (a source checkout).',
        );
      const html = renderApp(bundle, options.lang as 'en' | 'fr' | 'auto');
      // whole or not at all, and a missing folder is one line naming the file, as every --out
      const out = await ctx.output(options.out, (tmp) => writeFile(tmp, html));
      if (options.json) return ctx.json({ out, bytes: Buffer.byteLength(html), lang: options.lang });
      ctx.stdout(
        `App page written to ${out} (${Math.round(Buffer.byteLength(html) / 1024)} KB): open it in a browser and drop your LinkedIn export zip.\n`,
      );
    });
}
