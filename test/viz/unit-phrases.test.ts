// Every number+unit phrase of viz/ and cli/ rendered with 0, 1, 1.5 and 2: English takes the singular
// for 1 only ("1 hop", "1.5 hops"), French for 0, 1 and 1,5 ("0 degré", "1,5 saut", "2 sauts").
import { describe, expect, it } from 'vitest';
import { count } from '../../src/cli/import-summary.js';
import { separationHeadline } from '../../src/cli/separation-headline.js';
import { STUDIES } from '../../src/separation/compare-with-studies.js';
import type { SeparationSummary } from '../../src/separation/separation.js';
import { CHART_WORDS } from '../../src/viz/chart-words.js';
import { fillPage, pageWords } from '../../src/viz/page-words.js';
import { PICTURE_WORDS } from '../../src/viz/picture-words.js';
import { SUMMARY_WORDS } from '../../src/viz/summary-words.js';
import { hopsInWords } from '../../src/viz/words.js';

const VALUES = [0, 1, 1.5, 2];
const [fb, milgram] = [STUDIES[0]!, STUDIES[1]!];

/** The phrase the rule asks for, written out (not through the helper under test). */
const said = (lang: 'en' | 'fr', v: number, one: string, many: string): string =>
  lang === 'en' ? `${v} ${v === 1 ? one : many}` : `${String(v).replace('.', ',')} ${Math.abs(v) < 2 ? one : many}`;

type Render = (n: number) => string;
/** A phrase: how to render it with n, and the units it must say, each for n + offset (offset 0 or −1). */
interface Case {
  name: string;
  render: { en: Render; fr: Render };
  units: { en: [string, string]; fr: [string, string]; offset?: number }[];
}

const S = SUMMARY_WORDS;
const C = CHART_WORDS;
const P = PICTURE_WORDS;
const pair = <A extends unknown[]>(
  entry: { en: (...a: A) => string; fr: (...a: A) => string },
  args: (n: number) => [...A],
): { en: Render; fr: Render } => ({ en: (n) => entry.en(...args(n)), fr: (n) => entry.fr(...args(n)) });
const HOP = { en: ['hop', 'hops'], fr: ['saut', 'sauts'] } as const;
const PERSON = { en: ['person', 'people'], fr: ['personne', 'personnes'] } as const;
const DIRECT = { en: ['direct contact', 'direct contacts'], fr: ['relation directe', 'relations directes'] } as const;
const SEPARATION = {
  en: ['degree of separation', 'degrees of separation'],
  fr: ['degré de séparation', 'degrés de séparation'],
  offset: -1,
} as const;
const u = (x: { en: readonly [string, string]; fr: readonly [string, string]; offset?: number }) => ({
  en: [...x.en] as [string, string],
  fr: [...x.fr] as [string, string],
  ...(x.offset === undefined ? {} : { offset: x.offset }),
});

const page = (
  key: 'chain' | 'cut' | 'brings' | 'appWorking',
  values: (n: number) => Record<string, number | string>,
) => ({
  en: (n: number) => fillPage(pageWords('en')[key], values(n), 'en'),
  fr: (n: number) => fillPage(pageWords('fr')[key], values(n), 'fr'),
});

const CASES: Case[] = [
  { name: 'summaryReach', render: pair(S.summaryReach, (n) => ['A', n, 7]), units: [u(DIRECT)] },
  {
    name: 'summaryReach (indirect)',
    render: pair(S.summaryReach, (n) => ['A', 7, n]),
    units: [u({ en: ['more person', 'more people'], fr: ['autre personne', 'autres personnes'] })],
  },
  { name: 'summaryWithin', render: pair(S.summaryWithin, (n) => [n, 7, 9]), units: [u(PERSON)] },
  { name: 'summaryUnreachable', render: pair(S.summaryUnreachable, (n) => [n]), units: [u(PERSON)] },
  { name: 'summaryEveryone', render: pair(S.summaryEveryone, (n) => [n]), units: [u(HOP)] },
  {
    name: 'figureWithin',
    render: pair(S.figureWithin, (n) => [n]),
    units: [u({ en: ['degree', 'degrees'], fr: ['degré', 'degrés'] })],
  },
  {
    name: 'teamSummary',
    render: pair(S.teamSummary, (n) => [n, 9, 3, 3, 3]),
    units: [u({ en: ['member', 'members'], fr: ['membre', 'membres'] })],
  },
  { name: 'teamSummary (reached)', render: pair(S.teamSummary, (n) => [3, n, 3, 3, 3]), units: [u(PERSON)] },
  {
    name: 'teamFigure',
    render: pair(S.teamFigure, (n) => [n]),
    units: [u({ en: ['member', 'members'], fr: ['membre', 'membres'] })],
  },
  {
    name: 'separationSummary',
    render: pair(S.separationSummary, (n) => [n, fb, milgram]),
    units: [u(HOP), u(SEPARATION)],
  },
  {
    name: 'separationNote',
    render: pair(S.separationNote, (n) => ['exact', n]),
    units: [u({ en: ['connected pair', 'connected pairs'], fr: ['paire reliée', 'paires reliées'] })],
  },
  {
    name: 'chainSummary',
    render: pair(S.chainSummary, (n) => ['Zoé', n, n, 'a → Zoé']),
    units: [
      u(HOP),
      u({ en: ['intermediary', 'intermediaries'], fr: ['intermédiaire', 'intermédiaires'], offset: -1 }),
      u({ en: ['shortest chain', 'shortest chains'], fr: ['chaîne la plus courte', 'chaînes les plus courtes'] }),
    ],
  },
  { name: 'egoLegendFirst', render: pair(C.egoLegendFirst, (n) => [n, 1, false]), units: [u(DIRECT)] },
  { name: 'egoLegendSecond', render: pair(C.egoLegendSecond, (n) => [n]), units: [u(PERSON)] },
  { name: 'egoGroupMark', render: pair(C.egoGroupMark, (n) => ['G', n, n]), units: [u(DIRECT), u(PERSON)] },
  { name: 'egoBarMark', render: pair(C.egoBarMark, (n) => [n, 'G']), units: [u(PERSON)] },
  { name: 'egoCentreMark', render: pair(C.egoCentreMark, (n) => ['A', n]), units: [u(DIRECT)] },
  { name: 'egoDesc', render: pair(C.egoDesc, (n) => ['A', n, '', n, '', 0, 0]), units: [u(DIRECT), u(PERSON)] },
  { name: 'reachDesc', render: pair(C.reachDesc, (n) => ['A', n, n, 2]), units: [u(DIRECT), u(PERSON)] },
  {
    name: 'meanMark',
    render: pair(C.meanMark, (n) => ['this network', n]),
    units: [u(HOP), u({ en: ['degree', 'degrees'], fr: ['degré', 'degrés'], offset: -1 })],
  },
  {
    name: 'barMark',
    render: pair(C.barMark, (n) => [n, n, 50]),
    units: [u(HOP), u(SEPARATION), u({ en: ['pair', 'pairs'], fr: ['paire', 'paires'] })],
  },
  {
    name: 'distributionDesc',
    render: pair(C.distributionDesc, (n) => [n, n, 50, n, []]),
    units: [
      u({ en: ['connected pair', 'connected pairs'], fr: ['paire reliée', 'paires reliées'] }),
      u(HOP),
      u(SEPARATION),
    ],
  },
  { name: 'reachDot', render: pair(P.reachDot, (n) => ['A', n]), units: [u(PERSON)] },
  {
    name: 'page: chain',
    render: page('chain', (n) => ({ name: 'Zoé', hops: n, degree: n - 1 })),
    units: [u(HOP), u({ en: ['intermediary', 'intermediaries'], fr: ['intermédiaire', 'intermédiaires'], offset: -1 })],
  },
  { name: 'page: cut', render: page('cut', (n) => ({ count: n, radius: n })), units: [u(PERSON), u(HOP)] },
  { name: 'page: brings', render: page('brings', (n) => ({ name: 'Zoé', count: n })), units: [u(PERSON)] },
  {
    name: 'page: appWorking',
    render: page('appWorking', (n) => ({ count: n })),
    units: [u({ en: ['file', 'files'], fr: ['fichier', 'fichiers'] })],
  },
];

describe('number+unit phrases agree with their number, in English and French', () => {
  it.each(
    CASES.flatMap((c) => (['en', 'fr'] as const).flatMap((lang) => VALUES.map((n) => [c.name, lang, n, c] as const))),
  )('%s (%s) with %s', (_, lang, n, c) => {
    const text = c.render[lang](n);
    for (const unit of c.units) {
      const v = n + (unit.offset ?? 0);
      if (v < 0) continue;
      const [one, many] = unit[lang];
      expect(text, `${c.name} (${lang}, ${n})`).toContain(said(lang, v, one, many));
    }
  });

  it('says the classic cases in full', () => {
    expect(C.barMark.en(1, 1, 50)).toBe('1 hop (0 degrees of separation): 1 pair, 50%');
    expect(C.barMark.fr(2, 1.5, 50)).toBe('2 sauts (1 degré de séparation) : 1,5 paire, 50 %');
    expect(hopsInWords(1)).toBe('1 hop (0 intermediaries)');
    expect(count(1.5, 'hop')).toBe('1.5 hops');
    expect(count(1, 'row')).toBe('1 row');
    expect(count(1234, 'row')).toBe('1,234 rows');
  });

  it.each(VALUES)('the stats headline says median and mean %s right', (n) => {
    const s = {
      people: 2,
      reachablePairs: 2,
      connectedFraction: 1,
      meanDistance: n,
      degreesOfSeparation: Math.max(0, n - 1),
      medianDistance: n,
      effectiveDiameter: n,
      diameter: n,
      components: { count: 1, largestSize: 2 },
      method: 'exact',
      errors: null,
    } as unknown as SeparationSummary;
    const text = separationHeadline(s, true);
    expect(text).toContain(`Median ${said('en', n, 'hop', 'hops')},`);
    expect(text).toContain(`Mean distance ${said('en', n, 'hop', 'hops')}, that is`);
    expect(text).toContain(said('en', Math.max(0, n - 1), 'degree of separation', 'degrees of separation'));
  });
});
