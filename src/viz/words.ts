// Small helpers that phrase numbers in words for summaries: plurals and hop/intermediary counts.

import { pe } from './bilingual.js';

/** `count word`, with the plural unless the count shows as 1 (`plural` defaults to word + 's'): `pe`. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return pe(count, word, pluralWord);
}

/** "3 hops (2 intermediaries)": a distance said in both conventions. */
export function hopsInWords(hops: number): string {
  return `${plural(hops, 'hop')} (${plural(Math.max(0, hops - 1), 'intermediary', 'intermediaries')})`;
}
