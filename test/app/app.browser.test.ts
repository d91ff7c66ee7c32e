// The app page in headless Chromium, as a person uses it: `handshakes app` writes the page, the
// sample export zip is dropped on it (setInputFiles), and the figures shown equal the CLI's
// `report --json` on the same zip; the networking profile shows the export's connections; the
// page makes no request at all (its CSP forbids connections); French follows --lang.
// The app bundle comes from `npm run build` (dist/app.global.js), else from the published page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { appPage, CHROMIUM, FLAGS, chromiumPresent, openWatched } from '../chromium.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the app page');
const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');
const SAMPLE_ZIP = join(DATA, 'Basic_LinkedInDataExport_11-20-2026.zip');

/** The sample export zip (written by scripts/make-sample.ts), else one zipped from Odile's CSVs. */
function sampleZip(dir: string): string {
  if (existsSync(SAMPLE_ZIP)) return SAMPLE_ZIP;
  const file = join(dir, 'Basic_LinkedInDataExport.zip');
  const csv = (name: string): Uint8Array => strToU8(readFileSync(join(DATA, 'odile-marchetti', name), 'utf8'));
  writeFileSync(
    file,
    zipSync({ 'Connections.csv': csv('Connections.csv'), 'Invitations.csv': csv('Invitations.csv') }),
  );
  return file;
}

describe.skipIf(!present)('the app page in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir('hs-app-');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  it('a dropped export zip gives the figures of `handshakes report --json`, offline, without a request', async () => {
    const zip = sampleZip(dir);
    const out: string[] = [];
    const ownerKey = await owner(zip);
    const code = await run(['report', zip, '--me', ownerKey, '--json', '--out', join(dir, 'cli-report.html')], {
      stdout: (t) => void out.push(t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const cli = JSON.parse(out.join('')) as { figures: { label: string; value: string }[]; summary: string[] };

    const file = join(dir, 'app.html');
    writeFileSync(file, await appPage('en'));
    const html = readFileSync(file, 'utf8');
    expect(html).toContain("connect-src 'none'");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    const { page, problems, requests } = await openWatched(browser, file);
    expect(await page.locator('h1').textContent()).toContain('your network');
    await page.setInputFiles('#app-files', zip);
    await page.waitForSelector('#app-out .cards', { timeout: 60_000 });
    const figures = await page
      .locator('#app-out > .cards .card')
      .evaluateAll((cards) =>
        cards.map((c) => ({ value: c.querySelector('b')!.textContent, label: c.querySelector('span')!.textContent })),
      );
    expect(figures).toEqual(cli.figures.map((f) => ({ value: f.value, label: f.label })));
    // The same sentences; the page names the owner from Profile.csv where the CLI shows the key.
    const name = (await page.locator('#app-out h1').textContent())!.replace(/’s network$/, '');
    expect(await page.locator('#app-out .summary li').allTextContents()).toEqual(
      cli.summary.map((s) => s.replaceAll(ownerKey, name)),
    );
    // The networking profile: its first card is the export's connection count.
    expect(await page.locator('.profile .card b').first().textContent()).toMatch(/^\d[\d,]*$/);
    // The report's search works inside the app too.
    await page.fill('#hs-q', cli.summary[0]!.split(' has ')[0]!);
    await page.press('#hs-q', 'Enter');
    expect(await page.locator('#hs-out').textContent()).toContain('is the person this report is about');
    await page.screenshot({ path: join(dir, 'app.png'), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('speaks French with --lang fr, and the browser’s language with auto', async () => {
    for (const [lang, locale, heading] of [
      ['fr', 'en-US', 'votre réseau'],
      ['auto', 'fr-FR', 'votre réseau'],
      ['auto', 'en-GB', 'your network'],
    ] as const) {
      const file = join(dir, `app-${lang}-${locale}.html`);
      writeFileSync(file, await appPage(lang));
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`file://${file}`, { waitUntil: 'load' });
      expect(await page.locator('h1').textContent()).toContain(heading);
      await context.close();
    }
  });

  it('`handshakes app` writes the page from the built bundle, else from the published docs/handshakes.html', async () => {
    const out: string[] = [];
    const code = await run(['app', '--out', join(dir, 'cli-app.html'), '--lang', 'fr'], {
      stdout: (t) => void out.push(t),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(readFileSync(join(dir, 'cli-app.html'), 'utf8')).toContain('data-lang="fr"');
    expect(await run(['app', '--lang', 'de'], { stdout: () => {}, stderr: () => {} })).toBe(2);
  });
});

/** The export's owner, as the CLI's --me needs it. */
async function owner(zip: string): Promise<string> {
  const { parseLinkedInExport } = await import('../../src/io/parse-linkedin-export.js');
  return parseLinkedInExport(new Uint8Array(readFileSync(zip))).owner;
}
