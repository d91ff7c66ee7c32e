// The app page in headless Chromium with what others' exports may hold, at desktop and phone
// widths: names that are markup (`<img onerror>`), right-to-left overrides and 300-character names
// are shown as text, never run, and fit the page; a damaged zip is one alert line, the page still
// usable. No console error, no request, at 1280 and 390 px.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPage, CHROMIUM, FLAGS, chromiumPresent, openWatched } from '../chromium.js';
import { FILES, zipOf } from '../io/export-fixture.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the app page with hostile exports');

const MARKUP = '<img src=x onerror="window.pwned=1">';
const RTL = 'Eve \u202eevil\u202c';
const LONG = 'W'.repeat(300);
const HOSTILE = {
  ...FILES,
  'Connections.csv': FILES['Connections.csv']!.replace(
    'Bruno,Silva,',
    `"${MARKUP.replaceAll('"', '""')}",${RTL} ${LONG},`,
  ).replace('Quillstack,Engineer', `"${MARKUP.replaceAll('"', '""')}",${LONG}`),
};

describe.skipIf(!present)('the app page with hostile exports', () => {
  let browser: Browser;
  let file: string;
  const dir = tempDir('hs-app-hostile-');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    file = join(dir, 'app.html');
    writeFileSync(file, await appPage('en'));
    writeFileSync(join(dir, 'hostile.zip'), zipOf('', HOSTILE));
    // a Connections.csv whose declared size is shorter than its data (was read cut, silently)
    const zip = zipOf('', { 'Connections.csv': FILES['Connections.csv']! });
    const view = new DataView(zip.buffer, zip.byteOffset);
    let central = zip.length - 4;
    while (view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 100, true);
    writeFileSync(join(dir, 'damaged.zip'), zip);
  }, 120_000);
  afterAll(async () => browser?.close());

  it.each([1280, 390])('at %i px: hostile names are text that fits, nothing runs or leaves', async (width) => {
    const { page, problems, requests } = await openWatched(browser, file, { width, height: 900 });
    await page.setInputFiles('#app-files', join(dir, 'hostile.zip'));
    await page.waitForSelector('#app-out .cards', { timeout: 60_000 });
    await page.waitForTimeout(200);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      images: document.querySelectorAll('#app-out img').length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      text: document.getElementById('app-out')?.textContent ?? '',
    }));
    expect(seen.pwned).toBeUndefined();
    expect(seen.images).toBe(0);
    expect(seen.text).toContain('<img'); // shown as text
    expect(seen.overflow).toBe(0);
    await page.screenshot({ path: join(dir, `hostile-${width}.png`), fullPage: true });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('a damaged zip is one alert naming the archive and the entry; the next drop still works', async () => {
    const { page, problems, requests } = await openWatched(browser, file, { width: 390, height: 900 });
    await page.setInputFiles('#app-files', join(dir, 'damaged.zip'));
    const alert = page.locator('#app-status [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/damaged\.zip.*Connections\.csv.*CRC-32/);
    expect(await alert.textContent()).not.toMatch(/handshakes\//); // the library's prefix says nothing here
    await page.setInputFiles('#app-files', join(dir, 'hostile.zip'));
    await page.waitForSelector('#app-out .cards', { timeout: 60_000 });
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it.each([
    [
      'en',
      'friends.txt',
      'This file could not be read: friends.txt is not a LinkedIn export: drop the .zip LinkedIn e-mails you',
    ],
    [
      'fr',
      'Connections.csv',
      'Connections.csv n’est pas un export LinkedIn : déposez le .zip que LinkedIn vous envoie',
    ],
  ] as const)('%s: a dropped file that is no zip (%s) says what to drop instead', async (lang, name, words) => {
    const page = join(dir, `app-${lang}.html`);
    writeFileSync(page, await appPage(lang));
    writeFileSync(join(dir, name), name.endsWith('.csv') ? FILES['Connections.csv']! : 'ada bob\nbob eve\n');
    const { page: p, problems } = await openWatched(browser, page, { width: 390, height: 900 });
    await p.setInputFiles('#app-files', join(dir, name));
    const alert = p.locator('#app-status [role="alert"]');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toContain(words);
    expect(await alert.textContent()).not.toMatch(/handshakes\/|pass its bytes/);
    expect(problems).toEqual([]);
    await p.close();
  });
});
