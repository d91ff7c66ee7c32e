// The networking sentences with counts of 0, 1, 1.5 and 2, in both languages, against text written
// out by hand: "of your 1 connection", "de vos 0 relation". Counts show no decimals, so 1.5 is shown
// "2" and takes the plural (the unit agrees with the number as shown, as everywhere: src/number-words.ts).
import { describe, expect, it } from 'vitest';
import { describeStrategy, reachAssumption, type StrategyDescriptionFigures } from '../../src/io/networking-words.js';

const figures = (n: number): StrategyDescriptionFigures => ({
  known: 0,
  connections: n,
  knownShare: 0,
  received: n,
  receivedAccepted: 0,
  receivedAcceptance: 0,
  coherence: null,
  noteShare: null,
});

// n → [the English phrases, the French ones], as a person would write them.
const EXPECTED: [number, string[], string[]][] = [
  [
    0,
    [
      'of your 0 connections (',
      'of the 0 invitations you received',
      'everyone has 0 connections like you',
      ' 0 members;',
    ],
    ['de vos 0 relation (', 'des 0 invitation reçue (', 'chacun a 0 relation comme vous', ' 0 membre ;'],
  ],
  [
    1,
    ['of your 1 connection (', 'of the 1 invitation you received', 'everyone has 1 connection like you', ' 1 member;'],
    ['de vos 1 relation (', 'des 1 invitation reçue (', 'chacun a 1 relation comme vous', ' 1 membre ;'],
  ],
  [
    1.5,
    [
      'of your 2 connections (',
      'of the 2 invitations you received',
      'everyone has 2 connections like you',
      ' 2 members;',
    ],
    ['de vos 2 relations (', 'des 2 invitations reçues (', 'chacun a 2 relations comme vous', ' 2 membres ;'],
  ],
  [
    2,
    [
      'of your 2 connections (',
      'of the 2 invitations you received',
      'everyone has 2 connections like you',
      ' 2 members;',
    ],
    ['de vos 2 relations (', 'des 2 invitations reçues (', 'chacun a 2 relations comme vous', ' 2 membres ;'],
  ],
];

describe('networking sentences: the noun agrees with the count', () => {
  for (const [n, english, french] of EXPECTED) {
    it(`${n} in English and in French`, () => {
      const estimate = { measured: false as const, direct: n, population: n, clustering: 0.1 };
      const en = describeStrategy('open-bar', figures(n), 'en') + reachAssumption(estimate, 'en');
      const fr = describeStrategy('open-bar', figures(n), 'fr') + reachAssumption(estimate, 'fr');
      for (const phrase of english) expect(en).toContain(phrase);
      for (const phrase of french) expect(fr).toContain(phrase);
    });
  }

  it('says the whole sentence for one connection, as written by hand', () => {
    expect(
      describeStrategy('private-club', { ...figures(1), known: 1, knownShare: 1, receivedAcceptance: null }, 'en'),
    ).toBe(
      'Your history looks like the "private club" strategy: you really know 1 of your 1 connection (100%: messages both ways, or an invitation with a note). A private club reaches less far, but every link is a real introduction.',
    );
  });
});
