import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  collectReport,
  renderDistributionSvg,
  renderReachSvg,
  renderReport,
  renderStrategySvg,
} from '../../src/viz/index.js';
import { textWidth } from '../../src/viz/place-labels.js';
import { reachPicture } from '../../src/viz/report-pictures.js';

describe('pictures say what they show, or say in words that there is nothing', () => {
  it('the distribution marks break around the bar values they would cross', () => {
    const svg = renderDistributionSvg({ distribution: [0, 5, 10, 20, 30, 20, 10, 5] }, { width: 560 });
    const labels = [
      ...svg.matchAll(
        /<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle" font-size="12" fill="#1f2328">([\d.]+%)<\/text>/g,
      ),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), w: textWidth(m[3]!, 12) }));
    expect(labels).toHaveLength(7);
    const lines = [
      ...svg.matchAll(/<line x1="([\d.]+)" x2="\1" y1="([\d.]+)" y2="([\d.]+)" stroke="#(?:D55E00|CC79A7|1f2328)"/g),
    ].map((m) => ({ x: Number(m[1]), y1: Number(m[2]), y2: Number(m[3]) }));
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines)
      for (const b of labels)
        if (Math.abs(l.x - b.x) <= b.w / 2)
          expect(l.y2 <= b.y - 12 || l.y1 >= b.y, `mark at ${l.x} crosses the label at ${b.x}`).toBe(true);
  });

  it('the strategy panels wrap a long heading instead of clipping it', () => {
    const timeline = [1, 2].map((round) => ({
      round,
      direct: round,
      secondDegree: round,
      meanDistance: 3,
      coherence: 0.5,
      knownShare: 0.5,
      effort: round,
    }));
    const svg = renderStrategySvg({ strategies: [{ name: 'open-bar', timeline }] });
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(svg).not.toContain('>Mean distance to people reached (hops)<');
    const lines = [...svg.matchAll(/<tspan x="([\d.]+)" dy="\d+">([^<]+)<\/tspan>/g)];
    expect(lines.map((m) => m[2]).join(' ')).toContain('Mean distance to people reached (hops)');
    for (const m of lines) expect(Number(m[1]) + textWidth(m[2]!, 12, true), m[2]).toBeLessThanOrEqual(width);
  });

  it('an estimate without a label is called an estimate in the legend', () => {
    expect(renderReachSvg([{ byDegree: [1, 3, 9] }, { byDegree: [1, 4, 16], estimate: true }])).toContain(
      '>estimated reach<',
    );
  });

  it('a reach curve of one point is said in words, alone or beside a real curve', () => {
    const alone = reachPicture([{ label: 'the team', byDegree: [5, 12] }], 17, '');
    expect(alone.svg).toBeUndefined();
    expect(alone.nothing).toContain('Everyone reachable (12) is a direct contact');
    expect(alone.table!.rows).toEqual([['1st', 12]]);
    const both = reachPicture(
      [
        { label: 'Ada', byDegree: [1, 2, 5] },
        { label: 'the team', byDegree: [3, 7] },
      ],
      10,
      'Reach.',
    );
    expect(both.svg).not.toContain('the team');
    expect(both.caption).toBe('Reach. the team reaches 7 people, all at the 1st degree (a single point: not drawn).');
    const html = renderReport({ summary: [], pictures: [alone] });
    expect(html).toContain('<p class="nothing">Everyone reachable (12)');
  });

  it('a team column that reads all zero is dropped and said in the caption', () => {
    // a, b, c know each other and x: no member brings anyone the others do not.
    const g = new Graph({ type: 'undirected' });
    for (const [u, v] of [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'x'],
    ])
      g.mergeEdge(u, v);
    const data = collectReport(g, { me: 'a', members: ['a', 'b', 'c'], separation: false });
    const team = data.tables!.find((t) => t.title === 'What each member brings')!;
    expect(team.columns).toEqual(['member', 'direct contacts']);
    expect(team.caption).toContain(
      'Not shown, all zero: nobody has any "contacts nobody else has"; nobody has any "people at 2nd degree"; nobody has any "nobody else reaches within 2".',
    );
    expect(data.pictures![1]!.nothing).toBeDefined();
  });
});
