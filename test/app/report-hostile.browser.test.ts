// The HTML report and the pictures in headless Chromium with what other people's profiles may hold:
// names, companies and titles that are markup (`</script>`, `<img onerror>`, attribute breakouts),
// `javascript:` profile URLs, right-to-left overrides left open, zero-width joiners, emoji ZWJ
// sequences, 10,000-character names. At 1280 and 390 px: nothing runs (a window flag, and no
// Content-Security-Policy violation, which would mean markup reached the page), no link anywhere,
// names cut to whole characters, an open override reorders only its own name, the page does not
// overflow. Each check is also made with the page's CSP removed, so escaping is tested, not the CSP.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeopleGraph } from '../../src/index.js';
import { collectReport, renderEgoSvg, renderReachSvg, renderReport } from '../../src/viz/index.js';
import { CHROMIUM, FLAGS, chromiumPresent, openWatched } from '../chromium.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the report with hostile names');

const HOSTILE = [
  '</script><script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=2">',
  '"><svg onload=window.pwned=3>',
  "' onmouseover='window.pwned=4",
  'Dangling \u202eoverride',
  'Zo\u200de\u200b\u200c',
  '👩‍👩‍👧‍👦 Family 🏳️‍🌈',
  'W'.repeat(10_000),
];

/**
 *   me ── c0 … c7 (names, companies and titles from HOSTILE, profile URLs `javascript:`)
 *          └── three people each at 2nd degree ── t (3rd degree, the target)
 */
function hostileGraph(): ReturnType<typeof createPeopleGraph> {
  const g = createPeopleGraph();
  g.addNode('me', { name: 'Me </script><b>x' });
  HOSTILE.forEach((h, i) => {
    const company = HOSTILE[(i + 3) % HOSTILE.length]!;
    g.addNode(`c${i}`, { name: h, company, position: h, profileUrl: 'javascript:window.pwned=9' });
    g.addEdge('me', `c${i}`);
    for (let j = 0; j < 3; j++) {
      g.addNode(`s${i}-${j}`, { name: `${HOSTILE[(i + j + 1) % HOSTILE.length]} ${j}`, company: HOSTILE[j]! });
      g.addEdge(`c${i}`, `s${i}-${j}`);
    }
  });
  g.addNode('t', { name: HOSTILE[4]! });
  g.addEdge('s0-0', 't');
  return g;
}

describe.skipIf(!present)('the report and pictures with hostile names', () => {
  let browser: Browser;
  const dir = tempDir('hs-report-hostile-');
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    const g = hostileGraph();
    const report = renderReport(collectReport(g, { me: 'me', target: 't', members: ['me', 'c1'] }));
    const pictures =
      '<!doctype html><meta charset="utf-8"><body style="margin:0">' +
      renderEgoSvg(g, 'me') +
      renderReachSvg([
        { label: HOSTILE[0]!, byDegree: [1, 8, 24, 25] },
        { label: HOSTILE[7]!, byDegree: [1, 3, 5] },
      ]);
    for (const [name, html] of [
      ['report', report],
      ['pictures', pictures],
    ] as const) {
      pages[name] = join(dir, `${name}.html`);
      writeFileSync(pages[name], html);
      pages[`${name} without CSP`] = join(dir, `${name}-open.html`);
      writeFileSync(
        pages[`${name} without CSP`]!,
        html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
      );
    }
  }, 120_000);
  afterAll(async () => browser?.close());

  const cases = ['report', 'report without CSP', 'pictures', 'pictures without CSP'].flatMap((p) =>
    [1280, 390].map((w) => [p, w] as const),
  );
  it.each(cases)('%s at %i px: nothing runs, no link, labels cut, no overflow', async (which, width) => {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const { page, problems, requests } = await openWatched(context, pages[which]!, { width, height: 900 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    if (which.startsWith('report')) {
      // the chain to the target, whose name holds an open right-to-left override
      await page.locator('form input').first().fill('Dangling');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
    }
    const seen = await page.evaluate(() => {
      const w = window as unknown as { pwned?: number; violations: string[] };
      // the words after a name with an open override read left to right: "hops" in that order
      let reversed: boolean | null = null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const at = text.indexOf(' hops away');
        if (at < 0 || !node.parentElement?.textContent?.includes('\u202e')) continue;
        const x = (i: number): number => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return range.getBoundingClientRect().left;
        };
        reversed = x(at + 1) > x(at + 4); // 'h' right of 's'
      }
      const labels = Array.from(document.querySelectorAll('svg text')).map((t) => t.getBoundingClientRect().width);
      return {
        pwned: w.pwned,
        violations: w.violations,
        links: document.querySelectorAll('a, [href], [xlink\\:href]').length,
        injected: document.querySelectorAll('img, iframe, object, embed, svg svg, [onload], [onerror], [onmouseover]')
          .length,
        scripts: Array.from(document.querySelectorAll('script'))
          .map((s) => s.type || 'js')
          .sort(),
        reversed,
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        widestTable: Math.max(0, ...Array.from(document.querySelectorAll('table')).map((t) => t.scrollWidth)),
        widestLabel: Math.max(0, ...labels),
        text: document.body.textContent ?? '',
      };
    });
    await page.screenshot({ path: join(dir, `${which.replace(/\W+/g, '-')}-${width}.png`), fullPage: true });
    expect(seen.pwned).toBeUndefined();
    expect(seen.violations).toEqual([]);
    expect(seen.links).toBe(0);
    expect(seen.injected).toBe(0);
    expect(seen.scripts).toEqual(which.startsWith('report') ? ['application/json', 'js'] : []);
    expect(seen.text.includes('javascript:')).toBe(false);
    // 10,000 characters cut, with an ellipsis (no toContain: a failure would print the page)
    expect(seen.text.includes('W'.repeat(100))).toBe(false);
    if (which.startsWith('report')) {
      expect(seen.text).toContain('</script><script>window.pwned=1</script>'); // shown as text
      expect(seen.reversed).toBe(false);
      expect(seen.overflow).toBe(0);
      // a table may scroll in its card, but by a name's width at most, not by 10,000 characters
      expect(seen.widestTable).toBeLessThan(2400);
    }
    expect(seen.widestLabel).toBeLessThan(700); // a legend line at most; a 10,000-character label was 150,000 px
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await context.close();
  });
});
