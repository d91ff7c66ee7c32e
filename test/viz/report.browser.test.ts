// Opens the HTML report in a real browser (Debian's headless Chromium, driven by playwright-core):
// no console errors, no network request, every SVG well-formed and drawn with a non-empty size,
// and a screenshot taken. Skipped with a note when Chromium is absent (never in CI).
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumPresent } from '../chromium.js';
import { collectReport, renderReport, renderStrategySvg } from '../../src/viz/index.js';
import { village } from './fixtures.js';

const present = chromiumPresent('the HTML report');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

describe.skipIf(!present)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'hs-browser-'));
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  it('opens offline with no console error, every SVG drawn, and a screenshot', async () => {
    const g = village();
    const data = collectReport(g, { me: '0', target: '200' });
    expect(data.pictures!.map((p) => p.title)).toEqual(['Who is how far', 'Reach by degree', 'How far apart are people?']);
    data.pictures!.push(
      {
        title: 'Strategies',
        svg: renderStrategySvg({ strategies: [{ name: 'open-bar', timeline: [1, 2, 3].map((round) => ({ round, direct: round * 9, secondDegree: round * 90, meanDistance: 4 - round / 10, coherence: 0.4, knownShare: 0.3, effort: round * 2 })) }] }),
      },
    );
    const file = join(dir, 'report.html');
    writeFileSync(file, renderReport(data));

    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file}`, { waitUntil: 'load' });

    expect(await page.title()).toBe('Ada Test’s network');
    const sizes = await page.locator('figure svg').evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes).toHaveLength(data.pictures!.length);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(100);
    }
    // Each picture is also well-formed standalone XML (what a user saves as .svg).
    const parseErrors = await page.evaluate((svgs) => svgs.map((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null), data.pictures!.map((p) => p.svg));
    expect(parseErrors).toEqual(data.pictures!.map(() => null));
    expect(await page.locator('table').count()).toBe(data.tables!.length);
    expect(data.tables!.map((t) => t.title)).toEqual(['Reach table', 'Beside the published studies', 'Chains of introductions to 200', 'Whom to ask: Ada Test\'s best introducers to 200']);
    expect(await page.locator('.summary li').count()).toBe(data.summary.length);

    const shot = join(dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    console.log(`screenshot: ${shot}`);
    expect(problems).toEqual([]);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    await page.close();
  });
});
