// A French report and a French app page in headless Chromium, as a French reader sees them: no
// English phrase left in the page's text, its pictures' words, hover titles and descriptions, or the
// search's answers (a list of known English phrases: test/viz/english-phrases.ts), and the figures
// of the English page. Skipped with a note when Chromium is absent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../../src/app/render-app.js';
import { findPerson } from '../../src/cli/find-person.js';
import { readTeam } from '../../src/node/read-team.js';
import { mergeConnectionExports, parseLinkedInExport } from '../../src/index.js';
import { collectReport, renderReport } from '../../src/viz/index.js';
import { CHROMIUM, FLAGS, appBundle, chromiumPresent, openWatched } from '../chromium.js';
import { englishIn, numbersIn } from './english-phrases.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the French report and app page');
const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');
const ZIP = join(DATA, 'Basic_LinkedInDataExport_11-20-2026.zip');

/** What the page says: its visible text, every SVG title and description, and the aria labels. */
function said(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      // biome-ignore lint/performance/useDomNodeTextContent: what a reader sees (no script, no hidden node)
      document.body.innerText,
      ...Array.from(document.querySelectorAll('svg title, svg desc, details table')).map((e) => e.textContent),
      ...Array.from(document.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label')),
    ].join('\n'),
  );
}

/** The key figures' values. */
function cards(page: Page, scope = ''): Promise<string[]> {
  return page.locator(`${scope} .cards .card b`).allTextContents();
}

/** The text without the people's and companies' names (data, not words of the page). */
function withoutNames(text: string, names: string[]): string {
  for (const name of [...names].sort((a, b) => b.length - a.length)) text = text.replaceAll(name, ' ');
  return text;
}

describe.skipIf(!present)('French pages in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir('hs-fr-');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  it('the report in French: no English sentence, the English figures, a French search', async () => {
    const { graph, members } = await readTeam(join(DATA, 'team.json'));
    if (!('mapNodes' in graph)) throw new Error('the sample team loads as a graphology graph');
    const me = findPerson(graph, 'Odile Marchetti', '--me');
    const target = findPerson(graph, 'Mateo Brennan', '--to');
    const names = graph.mapNodes((_, a: { name?: string; company?: string }) => [a.name ?? '', a.company ?? '']).flat();
    const pages: Record<'en' | 'fr', Page> = {} as never;
    for (const lang of ['en', 'fr'] as const) {
      const file = join(dir, `report-${lang}.html`);
      writeFileSync(file, renderReport(collectReport(graph, { me, target, members, lang })));
      const { page, problems, requests } = await openWatched(browser, file);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      pages[lang] = page;
    }
    const fr = withoutNames(await said(pages.fr), names.filter(Boolean));
    expect(englishIn(fr)).toEqual([]);
    expect(englishIn(await said(pages.en)).length).toBeGreaterThan(10); // the list does find English
    expect((await cards(pages.fr)).map((v) => numbersIn(v, 'fr'))).toEqual(
      (await cards(pages.en)).map((v) => numbersIn(v, 'en')),
    );
    const summary = async (lang: 'en' | 'fr'): Promise<number[][]> =>
      (await pages[lang].locator('.summary li').allTextContents()).map((s) => numbersIn(s, lang).sort((a, b) => a - b));
    expect(await summary('fr')).toEqual(await summary('en'));
    // The search answers in French too.
    await pages.fr.fill('#hs-q', 'Mateo Brennan');
    await pages.fr.press('#hs-q', 'Enter');
    const answer = (await pages.fr.locator('#hs-out').textContent())!;
    expect(answer).toContain('sauts');
    expect(englishIn(withoutNames(answer, names.filter(Boolean)))).toEqual([]);
    for (const page of Object.values(pages)) await page.close();
  });

  it('the app page in French: the dropped export gives a French report with the English figures', async () => {
    const script = await appBundle();
    const exported = parseLinkedInExport(new Uint8Array(readFileSync(ZIP)));
    const { graph } = mergeConnectionExports([exported]);
    const names = [
      ...graph.mapNodes((_, a: { name?: string; company?: string }) => [a.name ?? '', a.company ?? '']).flat(),
      exported.profile?.name ?? '',
      exported.profile?.firstName ?? '',
      exported.profile?.lastName ?? '',
    ].filter(Boolean);
    // English by --lang; French by --lang fr, and by `auto` in a French browser.
    const pages: Record<'en' | 'fr' | 'auto', Page> = {} as never;
    for (const lang of ['en', 'fr', 'auto'] as const) {
      const file = join(dir, `app-${lang}.html`);
      writeFileSync(file, renderApp(script, lang));
      const context = await browser.newContext({ locale: lang === 'auto' ? 'fr-FR' : 'en-US' });
      const { page, problems, requests } = await openWatched(context, file);
      await page.setInputFiles('#app-files', ZIP);
      await page.waitForSelector('#app-out .cards', { timeout: 60_000 });
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      pages[lang] = page;
    }
    // The report part of the page (the networking profile has its own French, tested with `me`).
    const report = (page: Page): Promise<string> =>
      page.evaluate(() => {
        const out = document.querySelector('#app-out')!.cloneNode(true) as HTMLElement;
        // The profile, and the data the search reads (its JSON keys are not words of the page).
        for (const p of Array.from(out.querySelectorAll('.profile, script'))) p.remove();
        return [
          document.querySelector('main > h1')!.textContent,
          document.querySelector('#app-intro, main > p')?.textContent ?? '',
          out.textContent,
          ...Array.from(document.querySelectorAll('#app-out svg title, #app-out svg desc')).map((e) => e.textContent),
        ].join('\n');
      });
    expect(englishIn(withoutNames(await report(pages.en), names)).length).toBeGreaterThan(10);
    for (const french of [pages.fr, pages.auto]) {
      expect(await french.evaluate(() => document.documentElement.lang)).toBe('fr');
      expect(englishIn(withoutNames(await report(french), names))).toEqual([]);
      expect((await cards(french, '#app-out >')).map((v) => numbersIn(v, 'fr'))).toEqual(
        (await cards(pages.en, '#app-out >')).map((v) => numbersIn(v, 'en')),
      );
    }
    for (const page of Object.values(pages)) await page.context().close();
  });
});
