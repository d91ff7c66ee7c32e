import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, reachByDegree, toCsr } from '../../src/index.js';
import {
  collectReport,
  egoLayout,
  renderDistributionSvg,
  renderEgoSvg,
  renderReachSvg,
  renderReport,
  renderStrategySvg,
} from '../../src/viz/index.js';
import { village } from './fixtures.js';

/** Checks the accessible-SVG contract and returns the title and desc texts. */
function accessible(svg: string): { title: string; desc: string } {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" role="img"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  const title = /<title id="([^"]+)-title">([^<]*)<\/title>/.exec(svg);
  const desc = /<desc id="([^"]+)-desc">([^<]*)<\/desc>/.exec(svg);
  expect(title && desc).toBeTruthy();
  expect(svg).toContain(`aria-labelledby="${title![1]}-title ${desc![1]}-desc"`);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  return { title: title![2]!, desc: desc![2]! };
}

const strategies = {
  strategies: ['open-bar', 'neighbourhood-bar', 'private-club'].map((name, k) => ({
    name,
    timeline: Array.from({ length: 5 }, (_, i) => ({
      round: i + 1,
      direct: (3 - k) * (i + 1),
      secondDegree: 10 * (i + 1),
      meanDistance: 4 - 0.1 * i,
      coherence: 0.3 * k,
      knownShare: 0.2 + 0.3 * k,
      effort: k + i,
    })),
  })),
};

describe('pictures', () => {
  const g = village();

  it('renderEgoSvg draws every person once, names the centre, and counts degrees in words', () => {
    const layout = egoLayout(g, '0');
    const svg = renderEgoSvg(g, '0', { layout });
    const { title, desc } = accessible(svg);
    expect(title).toBe('Ada Test’s network by degree');
    const counts = [0, 0, 0];
    for (const p of layout.values()) counts[p.distance]!++;
    expect(desc).toContain(`${counts[1]} at 1st degree, ${counts[2]} at 2nd degree`);
    expect(svg.match(/<circle [^>]*fill="#(?!fff)[^"]+" stroke="#fff"/g)!.length).toBe(layout.size);
    expect(svg.match(/<line /g)!.length).toBe(layout.links.length);
  });

  it('renderEgoSvg escapes names and works on a Csr', () => {
    const h = new Graph();
    h.mergeEdge('a', 'b');
    h.setNodeAttribute('a', 'name', 'Ann <script>&"');
    const svg = renderEgoSvg(h, 'a');
    expect(svg).toContain('Ann &lt;script&gt;&amp;&quot;');
    expect(svg).not.toContain('<script>');
    expect(accessible(renderEgoSvg(toCsr(g), '0', { maxDegree: 1 })).title).toBe('0’s network by degree');
  });

  it('renderDistributionSvg marks 6.2 and 4.57 hops and the mean of the histogram', () => {
    const svg = renderDistributionSvg({ distribution: [0, 20, 60, 20] });
    const { desc } = accessible(svg);
    expect(desc).toContain(
      '100 connected pairs. Most pairs are 2 hops apart (60%). Mean distance 2 hops, that is 1 degree of separation',
    );
    expect(svg).toContain('Travers &amp; Milgram 1969: 5.2 degrees = 6.2 hops');
    expect(svg).toContain('Edunov et al. 2016: 3.57 degrees = 4.57 hops');
    expect(svg.match(/<rect [^>]*fill="#0072B2"/g)!.length).toBe(3);
    expect(renderDistributionSvg([0, 1, 1], { marks: false })).not.toContain('Milgram');
    expect(accessible(renderDistributionSvg([0])).desc).toBe('No connected pairs: the histogram is empty.');
    expect(renderDistributionSvg({ distribution: [0, 2, 2], meanDistance: 1.25 })).toContain(
      'mean 1.25 hops = 0.25 degrees',
    );
  });

  it('renderReachSvg plots cumulative reach per series', () => {
    const reach = reachByDegree(g, '0');
    const svg = renderReachSvg(
      [
        { ...reach, label: 'Ada' },
        { label: 'estimate', byDegree: [1, 5, 25], estimate: true },
      ],
      { total: g.order },
    );
    const { desc } = accessible(svg);
    expect(desc).toContain(`Ada: ${reach.direct} direct contacts; ${reach.reached} people within`);
    expect(desc).toContain('estimate: 5 direct contacts; 30 people within 2nd degree.');
    expect(svg).toContain(`everyone (${g.order})`);
    expect(svg).toContain('stroke-dasharray="6 4"');
  });

  it('renderStrategySvg draws six panels with a line per strategy', () => {
    const svg = renderStrategySvg(strategies);
    const { desc } = accessible(svg);
    expect(svg.match(/<polyline /g)!.length).toBe(18);
    expect(desc).toContain(
      'open bar after 5 rounds: 15 direct contacts, 50 at 2nd degree, 20% really known, 4 profiles qualified.',
    );
    expect(renderStrategySvg(strategies, { metrics: ['direct'] }).match(/<polyline /g)!.length).toBe(3);
  });

  it('renderReport is one self-contained page with the pictures inline', () => {
    const svg = renderDistributionSvg([0, 3, 1]);
    const html = renderReport({
      title: 'Reach of <team>',
      summary: ['Ada reaches 3 people.'],
      figures: [{ label: 'people', value: '4' }],
      pictures: [{ title: 'Distances', svg }],
      tables: [{ title: 'Reach', columns: ['who', 'people'], rows: [['Ada & co', 1234]] }],
    });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Reach of &lt;team&gt;</title>');
    expect(html).toContain(svg);
    expect(html).toContain('<td>Ada &amp; co</td><td class="n">1,234</td>');
    expect(html).not.toMatch(/<script|<link|src="http|url\(http|@import/);
  });

  it.each([
    ['renderDistributionSvg', () => renderDistributionSvg({ distribution: [0, -1] })],
    ['renderReachSvg', () => renderReachSvg({ byDegree: 'x' } as never)],
    ['renderStrategySvg', () => renderStrategySvg({ strategies: [] })],
    ['renderReport summary', () => renderReport({ summary: 'x' } as never)],
    ['renderReport picture', () => renderReport({ summary: [], pictures: [{ title: 't', svg: '<img src=x>' }] })],
  ])('%s rejects bad input', (_, call) => {
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('collectReport', () => {
  const g = village();

  it('says in words what the library measures, and renders to one page', async () => {
    const { groupReach, separation, connection } = await import('../../src/index.js');
    const data = collectReport(g, { me: '0', target: '200', members: ['0', '1', '2'] });
    const reach = reachByDegree(g, '0');
    const team = groupReach(g, ['0', '1', '2']);
    const sep = separation(g);
    const link = connection(g, '0', '200');
    expect(data.summary[0]).toBe(
      `Ada Test has ${reach.direct} direct contacts (1st degree) and reaches ${reach.indirect} more people indirectly, through introductions.`,
    );
    expect(data.summary.join(' ')).toContain(`the team of 3 members reaches ${team.reached} people`);
    expect(data.summary.join(' ')).toContain(`${sep.meanDistance.toFixed(2).replace(/0$/, '')} hops apart on average`);
    expect(data.summary.join(' ')).toContain(`200 is ${link.degree} hops`);
    const members = data.tables!.find((t) => t.title === 'What each member brings')!;
    expect(members.rows.map((r) => r[1])).toEqual([...team.members.values()].map((m) => m.direct));
    expect(JSON.parse(JSON.stringify(data))).toEqual(data); // plain, JSON-safe data
    expect(renderReport(data)).toContain('<h2>Whom to ask: Ada Test&#39;s best introducers to 200</h2>');
    expect(collectReport(g, { me: '0', separation: false }).pictures).toHaveLength(2);
  });
});
