// The report in French: one table holds every sentence in both languages, and a French report —
// summary, cards, pictures (their words, hover titles and descriptions), tables, captions — has no
// English phrase left while its figures equal the English report's. The browser twin,
// french.browser.test.ts, checks what a reader sees in Chromium, the app page included.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPerson } from '../../src/cli/find-person.js';
import { readTeam } from '../../src/node/read-team.js';
import { REPORT_WORDS, reportWords } from '../../src/viz/report-words.js';
import { collectReport, renderReport, type ReportData } from '../../src/viz/index.js';
import { englishIn, numbersIn } from './english-phrases.js';

const TEAM = join(import.meta.dirname, '..', '..', 'examples', 'data', 'team.json');

/** The text a reader meets: the page's text with the SVGs' titles and descriptions, tags removed. */
function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, ' ');
}

async function reports(): Promise<{ en: ReportData; fr: ReportData; names: string[] }> {
  const { graph, members } = await readTeam(TEAM);
  const me = findPerson(graph, 'Odile Marchetti', '--me');
  const target = findPerson(graph, 'Mateo Brennan', '--to');
  const options = { me, target, members, explore: false } as const;
  if (!('mapNodes' in graph)) throw new Error('the sample team loads as a graphology graph');
  const names = graph.mapNodes((_, a: { name?: string }) => a.name ?? '');
  const companies = graph.mapNodes((_, a: { company?: string }) => a.company ?? '');
  return {
    en: collectReport(graph, options),
    fr: collectReport(graph, { ...options, lang: 'fr' }),
    names: [...names, ...companies].filter(Boolean),
  };
}

describe('the report words, English and French side by side', () => {
  it('has both languages for every entry, of the same shape', () => {
    for (const [key, entry] of Object.entries(REPORT_WORDS)) {
      expect(typeof entry.fr, key).toBe(typeof entry.en);
      if (typeof entry.en === 'function') expect((entry.fr as () => unknown).length, key).toBe(entry.en.length);
      if (Array.isArray(entry.en)) expect((entry.fr as readonly string[]).length, key).toBe(entry.en.length);
      if (typeof entry.en === 'string') expect(entry.fr, key).not.toBe(entry.en);
    }
    expect(reportWords(undefined).title('Ada')).toBe(reportWords('en').title('Ada'));
  });

  it('follows the convention in French: degrés = sauts − 1, six degrés are 7 sauts', () => {
    const fr = reportWords('fr');
    expect(fr.conventionNote).toContain('« six degrés » font 7 sauts');
    expect(fr.conventionNote).toContain('Travers & Milgram 1969 : 5,2 degrés = 6,2 sauts');
    expect(fr.conventionNote).toContain('Backstrom et al. 2012 : 4,74 sauts = 3,74 degrés');
    expect(fr.chainSummary('Zoé', 3, 2, 'a → b → c → Zoé')).toBe(
      'Zoé est à 3 sauts (2 intermédiaires), par 2 chaînes les plus courtes : a → b → c → Zoé.',
    );
    expect(fr.chainSummary('Zoé', 1, 1, 'a → Zoé')).toBe(
      'Zoé est à 1 saut (0 intermédiaire), par 1 chaîne la plus courte : a → Zoé.',
    );
    expect(fr.degree(1)).toBe('1er');
    expect(fr.degree(2)).toBe('2e');
    expect(fr.num(1204.5)).toBe('1\u202f204,5');
  });

  it('a French report has no English sentence left, and the figures of the English one', async () => {
    const { en, fr, names } = await reports();
    let text = textOf(renderReport(fr));
    // People's and companies' names are data, not words of the page.
    for (const name of names.sort((a, b) => b.length - a.length)) text = text.replaceAll(name, ' ');
    expect(englishIn(text)).toEqual([]);
    expect(englishIn(textOf(renderReport(en))).length).toBeGreaterThan(10); // the check can fail

    expect(fr.figures!.map((f) => numbersIn(f.value, 'fr'))).toEqual(en.figures!.map((f) => numbersIn(f.value, 'en')));
    const sorted = (xs: number[]): number[] => [...xs].sort((a, b) => a - b);
    expect(fr.summary).toHaveLength(en.summary.length);
    fr.summary.forEach((s, i) => {
      expect(sorted(numbersIn(s, 'fr')), s).toEqual(sorted(numbersIn(en.summary[i]!, 'en')));
    });
    expect(fr.tables!.map((t) => t.rows)).toEqual(
      en.tables!.map((t) => t.rows.map((r) => r.map((c) => (typeof c === 'string' ? expect.any(String) : c)))),
    );
  });
});
