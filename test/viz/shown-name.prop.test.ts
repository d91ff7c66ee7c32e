// shownName, checked against Intl.Segmenter as the oracle of what a character is: at most `max`
// grapheme clusters, never a cluster cut (an emoji ZWJ family, a flag, a combining accent), a
// prefix of the name when cut, right-to-left text and bidi controls isolated, plain names unchanged.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { LABEL_MAX, NAME_MAX, shownName } from '../../src/viz/shown-name.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const clusters = (s: string): string[] => Array.from(segmenter.segment(s), (x) => x.segment);
const FSI = '\u2068';
const PDI = '\u2069';
const bare = (s: string): string => (s.startsWith(FSI) && s.endsWith(PDI) ? s.slice(1, -1) : s);

// Pieces that names from exports hold: letters, emoji sequences, combining marks, bidi controls, RTL.
const PIECES = [
  'a',
  'W',
  ' ',
  'é',
  'e\u0301',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🧑🏽‍💻',
  '\u200d',
  '\u200b',
  '\u202e',
  '\u202c',
  '\u2066',
  '\u2069',
  'م',
  'ש',
  '<',
  '&',
];
const name = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((a) => a.join(''));

describe('shownName', () => {
  it.each([
    ['Ada Lovelace', 'Ada Lovelace'],
    ['W'.repeat(10_000), `${'W'.repeat(NAME_MAX - 1)}…`],
    ['Eve \u202eevil', `${FSI}Eve \u202eevil${PDI}`],
    ['محمد علي', `${FSI}محمد علي${PDI}`],
    // a stray PDI would close the isolate early and let the override out: isolates are dropped
    ['x\u2069\u202ey', `${FSI}x\u202ey${PDI}`],
  ])('%j → %j', (input, shown) => expect(shownName(input)).toBe(shown));

  it('cuts between emoji sequences, never inside one', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(shownName(family.repeat(50), 4)).toBe(`${family.repeat(3)}…`);
    // a name of megabytes is cut from a window of its start
    expect(shownName(family.repeat(200_000), LABEL_MAX)).toBe(`${family.repeat(LABEL_MAX - 1)}…`);
  });

  test.prop([name, fc.integer({ min: 2, max: 90 })])('at most max clusters, a prefix, whole clusters', (input, max) => {
    const shown = bare(shownName(input, max));
    const source = input.replace(/[\u2066-\u2069]/g, '');
    const parts = clusters(shown);
    expect(parts.length).toBeLessThanOrEqual(max);
    if (shown === source) return;
    expect(shown.endsWith('…')).toBe(true);
    const kept = shown.slice(0, -1);
    expect(source.startsWith(kept)).toBe(true);
    // whole clusters: the kept text's clusters are the source's first ones
    expect(clusters(source).slice(0, clusters(kept).length).join('')).toBe(kept);
  });

  test.prop([name])(
    'isolated exactly when it holds right-to-left text or bidi controls; no isolate inside',
    (input) => {
      const shown = shownName(input);
      const inner = bare(shown);
      expect(inner).not.toMatch(/[\u2066-\u2069]/);
      expect(shown !== inner).toBe(/[\u0590-\u08ff\u202a-\u202e]/.test(inner));
    },
  );
});
