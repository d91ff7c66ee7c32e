// Opens the HTML report in a real browser (Debian's headless Chromium, driven by playwright-core),
// as a reader would, at 1280 and 390 px: no horizontal overflow, no text under 11 px on screen,
// no two labels of the ego picture overlapping, charts filling their cards, every SVG well-formed;
// typing a name draws connection()'s first chain; clicking a contact lists whom they bring; no
// request leaves the page. Skipped with a note when Chromium is absent (never in CI).
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connection } from '../../src/index.js';
import { findPerson } from '../../src/cli/find-person.js';
import { readGraph } from '../../src/node/read-graph.js';
import { collectReport, renderReport, type ReportData } from '../../src/viz/index.js';
import { CHROMIUM, FLAGS, chromiumPresent, openWatched } from '../chromium.js';
import { createRng } from '../../src/random.js';
import { village } from './fixtures.js';
import { tempDir } from '../temp-dir.js';

const present = chromiumPresent('the HTML report');
const TEAM = join(import.meta.dirname, '..', '..', 'examples', 'data', 'team.json');

/** What a reader would notice on the page, measured in the page. */
interface Layout {
  overflow: number;
  small: string[];
  overlaps: string[];
  unfilled: string[];
  egoLabels: number;
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const visible = (el: Element): boolean =>
      el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const small: string[] = [];
    for (const t of Array.from(document.querySelectorAll('svg text'))) {
      if (!visible(t)) continue;
      const size = parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).ownerSVGElement!.getScreenCTM()!.a;
      if (size < 11) small.push(`${t.textContent} (${size.toFixed(1)} px)`);
    }
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('svg') || !visible(el)) continue;
      const own = Array.from(el.childNodes).some((c) => c.nodeType === 3 && c.textContent!.trim() !== '');
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (own && size < 11) small.push(`${el.textContent!.slice(0, 30)} (${size} px)`);
    }
    const overlaps: string[] = [];
    let egoLabels = 0;
    for (const svg of Array.from(document.querySelectorAll('svg.hs-ego'))) {
      if (!visible(svg)) continue;
      const boxes = Array.from(svg.querySelectorAll('text')).map((t) => ({
        t: t.textContent!,
        r: t.getBoundingClientRect(),
      }));
      egoLabels += boxes.length;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) overlaps.push(`${boxes[i]!.t} × ${boxes[j]!.t}`);
        }
      }
    }
    const unfilled: string[] = [];
    for (const fig of Array.from(document.querySelectorAll('figure'))) {
      const style = getComputedStyle(fig);
      const inner = fig.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      for (const svg of Array.from(fig.querySelectorAll('svg'))) {
        if (visible(svg) && svg.getBoundingClientRect().width < 0.97 * inner)
          unfilled.push(`${fig.querySelector('h2')!.textContent}: ${svg.getBoundingClientRect().width} of ${inner}`);
      }
    }
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      small,
      overlaps,
      unfilled,
      egoLabels,
    };
  });
}

describe.skipIf(!present)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir('hs-browser-');
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => browser?.close());

  /** Writes a report and opens it, watched. */
  async function open(
    data: ReportData,
    name: string,
    width: number,
  ): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderReport(data));
    return openWatched(browser, file, { width, height: 900 });
  }

  it.each([1280, 390])(
    'reads well at %i px: no overflow, text ≥ 11 px, ego labels apart, charts filling their cards',
    async (width) => {
      const { graph, members } = await readGraph([TEAM]);
      const me = findPerson(graph, 'Odile Marchetti', '--me');
      const data = collectReport(graph, { me, members, footer: 'sample team' });
      const { page, problems, requests } = await open(data, `team-${width}`, width);
      const layout = await measure(page);
      expect(layout.overflow).toBe(0);
      expect(layout.small).toEqual([]);
      expect(layout.overlaps).toEqual([]);
      expect(layout.egoLabels).toBeGreaterThan(10);
      expect(layout.unfilled).toEqual([]);
      // Each picture is also well-formed standalone XML (what a user saves as .svg).
      const svgs = data.pictures!.flatMap((p) =>
        [p.svg, p.narrow, p.medium].filter((s): s is string => s !== undefined),
      );
      const parseErrors = await page.evaluate(
        (list) =>
          list.map(
            (s) =>
              new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null,
          ),
        svgs,
      );
      expect(parseErrors).toEqual(svgs.map(() => null));
      const shot = join(dir, `team-${width}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(20_000);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    },
  );

  it.each([1280, 390])(
    'at 5,000 contacts the ego picture still reads at %i px: labels apart, text ≥ 11 px',
    async (width) => {
      // 5,000 contacts in 60 companies, each knowing two of 3,000 people at 2nd degree.
      const g = new Graph({ type: 'undirected' });
      const random = createRng(5);
      g.addNode('me', { name: 'Mia Centre' });
      for (let i = 0; i < 5000; i++) {
        g.addNode(`c${i}`, { name: `Contact Number ${i}`, company: `Company ${Math.floor(60 * random() ** 2)}` });
        g.addEdge('me', `c${i}`);
        for (let k = 0; k < 2; k++) g.mergeEdge(`c${i}`, `s${Math.floor(random() * 3000)}`);
      }
      const { page, problems } = await open(collectReport(g, { me: 'me', separation: false }), `big-${width}`, width);
      const layout = await measure(page);
      expect(layout.overlaps).toEqual([]);
      expect(layout.small).toEqual([]);
      expect(layout.overflow).toBe(0);
      expect(layout.egoLabels).toBeGreaterThan(12);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it('typing a name draws connection()’s first chain and lists the introducers; a click lists whom a contact brings', async () => {
    const g = village();
    const data = collectReport(g, { me: '0', target: '200' });
    expect(data.pictures!.map((p) => p.title)).toEqual([
      'Who is how far',
      'Reach by degree',
      'How far apart are people?',
    ]);
    const { page, problems, requests } = await open(data, 'village', 1000);
    expect(await page.title()).toBe('Ada Test’s network');
    expect(await page.locator('.summary li').count()).toBe(data.summary.length);
    const distances = new Map<number, string>();
    for (const key of g.nodes()) {
      const d = connection(g, '0', key).degree;
      if (d !== null && d >= 1 && !distances.has(d)) distances.set(d, key);
    }
    expect(distances.size).toBeGreaterThanOrEqual(4);
    for (const [d, key] of distances) {
      const name = g.getNodeAttribute(key, 'name') ?? key;
      await page.fill('#hs-q', name);
      await page.press('#hs-q', 'Enter');
      const chain = await page
        .locator('ol.hs-chain li')
        .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
      expect(chain, `chain to ${name} (${d} hops)`).toEqual(connection(g, '0', key).paths[0]);
      // Drawn on every ego picture: as many highlighted points as people on the chain.
      expect(await page.locator('svg.hs-ego .hs-hl circle').count()).toBe(3 * chain.length);
      // The drawn chain starts on the person at the centre of each picture.
      const starts = await page
        .locator('svg.hs-ego')
        .evaluateAll((svgs) =>
          svgs.map((s) => [
            s.querySelector('.hs-hl circle')!.getAttribute('cx'),
            s.querySelector('circle.hs-me')!.getAttribute('cx'),
          ]),
        );
      for (const [start, centre] of starts) expect(Number(start)).toBeCloseTo(Number(centre), 1);
      if (d >= 2) expect(await page.locator('ul.hs-introducers li').count()).toBeGreaterThan(0);
    }
    await page.fill('#hs-q', 'nobody of that name');
    await page.press('#hs-q', 'Enter');
    expect(await page.locator('#hs-out').textContent()).toContain('Nobody named');
    // A 1st-degree contact: keyboard through its table button, mouse through its dot.
    const intro = data.tables!.find((t) => t.keys)!;
    const first = intro.keys![0]!;
    const brings = g.neighbors(first).filter((v) => connection(g, '0', v).degree === 2);
    await page.locator(`button.hs-bring[data-key="${first}"]`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#hs-out').textContent()).toContain(`brings ${brings.length} people at 2nd degree`);
    expect(
      (
        await page
          .locator('#hs-out ul.hs-people li')
          .evaluateAll((lis) => lis.map((li) => li.querySelector('[data-key]')!.getAttribute('data-key')))
      ).sort(),
    ).toEqual(brings.sort());
    await page.locator(`.v-wide circle.hs-p1[data-key="${first}"]`).click();
    expect(await page.locator('#hs-out').textContent()).toContain(`brings ${brings.length} people`);
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
