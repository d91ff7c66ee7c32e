// The app page fed an export whose names and companies are a 10,000-character word, markup that
// closes the page's script (`</script>`), a `javascript:` profile URL, an emoji ZWJ family and an
// open right-to-left override, at 1280 and 390 px: the long word is cut, so no table runs 150,000 px
// wide in its card; nothing runs (window flag, no Content-Security-Policy violation), no link.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPage, CHROMIUM, FLAGS, chromiumPresent, openWatched } from '../chromium.js';
import { FILES, zipOf } from '../io/export-fixture.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the app page with long names');

const q = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const LONG = 'W'.repeat(10_000);
const SCRIPT = '</script><script>window.pwned=1</script>';
const ROWS = [
  `${q(SCRIPT)},${q('<img src=x onerror="window.pwned=2">')},javascript:window.pwned=3,,${q(SCRIPT)},${q(SCRIPT)},20 Nov 2026`,
  `${q(LONG)},${q(LONG)},https://www.linkedin.com/in/long,,${q(LONG)},${q(LONG)},20 Nov 2026`,
  `${q('👩‍👩‍👧‍👦 Family')},${q('Dangling \u202eoverride')},https://www.linkedin.com/in/family,,${q(LONG)},x,20 Nov 2026`,
];
const lines = FILES['Connections.csv']!.split('\n');
lines.splice(5, 0, ...ROWS);

describe.skipIf(!present)('the app page with long and hostile names', () => {
  let browser: Browser;
  let file: string;
  const dir = tempDir('hs-app-long-');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    file = join(dir, 'app.html');
    writeFileSync(file, await appPage('en'));
    writeFileSync(join(dir, 'long.zip'), zipOf('', { ...FILES, 'Connections.csv': lines.join('\n') }));
  }, 120_000);
  afterAll(async () => browser?.close());

  it.each([1280, 390])('at %i px: long words cut, nothing runs, no link', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective));
    });
    const { page, problems, requests } = await openWatched(context, file, { width, height: 900 });
    await page.setInputFiles('#app-files', join(dir, 'long.zip'));
    await page.waitForSelector('#app-out .cards', { timeout: 60_000 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      violations: (window as unknown as { violations: string[] }).violations,
      links: document.querySelectorAll('a, [href]').length,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      widestTable: Math.max(0, ...Array.from(document.querySelectorAll('table')).map((t) => t.scrollWidth)),
      long: (document.getElementById('app-out')?.textContent ?? '').includes('W'.repeat(100)),
      shown: (document.getElementById('app-out')?.textContent ?? '').includes('</script><script>window.pwned=1'),
    }));
    await page.screenshot({ path: join(dir, `long-${width}.png`), fullPage: true });
    expect(seen).toEqual({
      pwned: undefined,
      violations: [],
      links: 0,
      overflow: 0,
      widestTable: seen.widestTable,
      long: false,
      shown: true,
    });
    // a table may scroll in its card by a cut name's width, not by 10,000 characters (148,457 px before)
    expect(seen.widestTable).toBeLessThan(2400);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
