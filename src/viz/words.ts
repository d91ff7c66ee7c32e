// Small helpers that phrase numbers in words for summaries: plurals and hop/intermediary counts.

import { formatNumber } from './svg.js';

/** `count word`, with the plural when count ≠ 1 (`plural` defaults to word + 's'). */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${formatNumber(count)} ${count === 1 ? word : pluralWord}`;
}

/** "3 hops (2 intermediaries)": a distance said in both conventions. */
export function hopsInWords(hops: number): string {
  return `${plural(hops, 'hop')} (${plural(Math.max(0, hops - 1), 'intermediary', 'intermediaries')})`;
}
