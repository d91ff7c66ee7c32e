// Every place that cites a small-world study says the same thing in the same convention
// (degrees = hops − 1): the figures come from STUDIES, worded by studyFigure, and no page, source
// file or rendered output pairs a study's figure with the wrong unit or calls six degrees 6 hops.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CONVENTION_NOTE,
  SIX_DEGREES,
  STUDIES,
  compareWithStudies,
  fromEdges,
  separation,
  studyFigure,
} from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { collectReport, renderDistributionSvg, renderReport } from '../../src/viz.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const squash = (s: string): string => s.replace(/\s+/g, ' ');

function files(dir: string, ext: string): string[] {
  return readdirSync(join(root, dir)).flatMap((f) => {
    const p = join(dir, f);
    return statSync(join(root, p)).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}
const PAGES = ['README.md', ...files('docs', '.md')];
const SOURCES = [...files('src', '.ts'), ...files('examples', '.ts')];

/** Wordings that contradict the convention: a study's hops called degrees or the reverse, six degrees as 6 hops. */
const WRONG: RegExp[] = [
  ...STUDIES.flatMap((s) => [
    new RegExp(`(?<![\\d.])${s.degreesOfSeparation.toString().replace('.', '\\.')} hops`),
    new RegExp(`(?<![\\d.])${s.meanDistance.toString().replace('.', '\\.')} degrees`),
  ]),
  /six degrees[^.]{0,60}\b6 hops/i,
  /about 6 hops/,
  /Milgram 1967/,
];

function wrongIn(text: string): string[] {
  return WRONG.flatMap((re) => (re.test(squash(text)) ? [re.source] : []));
}

describe('study citations', () => {
  it('the one source: studyFigure words each study, published convention first', () => {
    expect(STUDIES.map(studyFigure)).toEqual([
      '5.2 degrees = 6.2 hops',
      '6.6 hops = 5.6 degrees',
      '4.74 hops = 3.74 degrees',
      '3.57 degrees = 4.57 hops',
    ]);
    for (const s of STUDIES) expect(s.meanDistance - s.degreesOfSeparation).toBeCloseTo(1, 12);
    expect(SIX_DEGREES.meanDistance - SIX_DEGREES.degreesOfSeparation).toBe(1);
    for (const s of STUDIES) expect(CONVENTION_NOTE).toContain(`${s.study}: ${studyFigure(s)}`);
    expect(compareWithStudies({ meanDistance: 3 }).studies.map((s) => s.study)).toEqual(STUDIES.map((s) => s.study));
  });

  it.each([...PAGES, ...SOURCES])('%s never pairs a study figure with the wrong unit', (file) => {
    expect(wrongIn(readFileSync(join(root, file), 'utf8'))).toEqual([]);
  });

  it.each(PAGES)('%s cites each study with its figure in both conventions', (file) => {
    // prose paragraphs only: tables and code blocks show the CLI's columns
    const prose = readFileSync(join(root, file), 'utf8')
      .replace(/```[\s\S]*?```/g, '')
      .split(/\n\s*\n/)
      .filter((p) => !p.trimStart().startsWith('|'));
    for (const paragraph of prose) {
      const text = squash(paragraph);
      for (const s of STUDIES)
        if (text.includes(s.study)) expect(text, `${file}: ${text.slice(0, 80)}…`).toContain(studyFigure(s));
    }
  });

  it('the histogram, the report and the CLI print the same figures', async () => {
    const svg = renderDistributionSvg([0, 4, 6]).replaceAll('&amp;', '&');
    for (const year of [1969, 2016]) {
      const s = STUDIES.find((x) => x.year === year)!;
      expect(svg).toContain(`${s.study}: ${studyFigure(s)}`);
    }
    // a — b — c — d
    const path = fromEdges({ sources: [0, 1, 2], targets: [1, 2, 3] }, { nodes: 4 });
    const html = renderReport(collectReport(path, { me: '0' }))
      .replaceAll('&amp;', '&')
      .replaceAll('&quot;', '"');
    expect(html).toContain(squash(CONVENTION_NOTE));
    for (const year of [1969, 2016]) expect(html).toContain(studyFigure(STUDIES.find((x) => x.year === year)!));
    let out = '';
    const code = await run(['stats', join(root, 'examples/data-small/friends.txt')], {
      stdout: (s: string) => void (out += s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    expect(out).toContain(CONVENTION_NOTE);
    for (const text of [svg, html, out]) expect(wrongIn(text)).toEqual([]);
    // In French: the same figures in the same convention (degrés = sauts − 1), French number format.
    const fr = renderReport(collectReport(path, { me: '0', lang: 'fr' })).replaceAll('&amp;', '&');
    for (const s of STUDIES) {
      const [d, h] = [s.degreesOfSeparation, s.meanDistance].map((v) => String(v).replace('.', ','));
      expect(fr).toContain(
        s.reported.convention === 'intermediaries' ? `${d} degrés = ${h} sauts` : `${h} sauts = ${d} degrés`,
      );
      expect(fr).not.toMatch(new RegExp(`(?<![\\d,])(?:${d} sauts|${h} degrés)`));
    }
    expect(fr).toContain('« six degrés » font 7 sauts');
    expect(fr).not.toMatch(/six degrés[^.]{0,60}\b6 sauts/);
    expect(separation(path).degreesOfSeparation).toBeCloseTo(separation(path).meanDistance - 1, 12);
  });
});
