import { describe, expect, it } from 'vitest';
import { boundedEditDistance, closestNames } from '../../src/cli/closest-names.js';
import { escapeTerminal } from '../../src/cli/terminal-text.js';

describe('escapeTerminal', () => {
  it.each([
    ['CSI colour', 'Ada\u001b[31mRed', 'Ada\\x1b[31mRed'],
    ['OSC 0 window title', 'Bob\u001b]0;pwned\u0007', 'Bob\\x1b]0;pwned\\x07'],
    [
      'OSC 8 hyperlink',
      '\u001b]8;;https://evil\u001b\\click\u001b]8;;\u001b\\',
      '\\x1b]8;;https://evil\\x1b\\click\\x1b]8;;\\x1b\\',
    ],
    ['right-to-left override', 'Eve\u202egnp.exe', 'Eve\\u{202e}gnp.exe'],
    ['isolates and marks', '\u2066a\u2069\u200f\u061c', '\\u{2066}a\\u{2069}\\u{200f}\\u{61c}'],
    ['C1 CSI and DEL', 'x\u009b2Jy\u007f', 'x\\x9b2Jy\\x7f'],
    ['carriage return', 'ok\rfake', 'ok\\x0dfake'],
  ])('escapes %s', (_, raw, shown) => expect(escapeTerminal(raw)).toBe(shown));

  it('keeps line feeds, tabs and every other character', () => {
    const text = 'Rémi Castellane\tÅsa Öberg → 李小龍 🙂\n';
    expect(escapeTerminal(text)).toBe(text);
  });
});

describe('closestNames', () => {
  it('finds the nearest names by bounded edit distance, case-insensitively', () => {
    expect(closestNames(['ada.moreau', 'bob.stone', 'ada.morel'], 'ada.moreaux')).toEqual(['ada.moreau', 'ada.morel']);
    expect(closestNames(['Odile Marchetti', 'Mateo Brennan'], 'odile marchettt')).toEqual(['Odile Marchetti']);
    expect(closestNames(['Odile Marchetti'], 'marchetti')).toEqual(['Odile Marchetti']);
    expect(closestNames(['xyz'], 'completely different')).toEqual([]);
  });

  it('bounds the edit distance', () => {
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
    expect(boundedEditDistance('', '', 0)).toBe(0);
  });
});
