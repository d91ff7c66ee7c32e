// How a name from someone's export is shown in a picture or a page: cut to a bounded number of
// user-perceived characters (grapheme clusters, so an emoji ZWJ sequence or a combining accent is
// never split) with an ellipsis, and set in a bidi isolate when it holds right-to-left text or bidi
// controls, so a dangling U+202E reorders only the name itself, never the sentence around it.

import type { GraphLike } from '../csr/graph-like.js';
import { displayName } from './display-name.js';

/** Names are cut past this many characters in sentences and tables. */
export const NAME_MAX = 80;
/** Labels drawn in pictures are cut past this many characters. */
export const LABEL_MAX = 40;

// Isolate controls are dropped from the name (a stray PDI would close our isolate early); the
// embeddings and overrides it may hold stay, contained by the isolate.
const ISOLATES = /[\u2066-\u2069]/g;
// Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan…, their presentation forms,
// and the right-to-left blocks of the supplementary planes) and the bidi controls.
const NEEDS_ISOLATE =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u061c\u200f\u202a-\u202e]|\ud802[\udc00-\udfff]|\ud803[\udc00-\udfff]|\ud83a[\udc00-\udfff]|\ud83b[\udc00-\udeff]/;

let segmenter: Intl.Segmenter | null | undefined;

function graphemes(text: string): string[] {
  if (segmenter === undefined)
    segmenter =
      typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * A name as pages and pictures show it: at most `max` characters (grapheme clusters, the last one
 * an ellipsis when cut), bidi-isolated (U+2068 … U+2069) when it holds right-to-left text or bidi
 * controls. Names without either and within `max` come back unchanged.
 *
 * @param name - the name as the source wrote it.
 * @param max - the most characters shown (default {@link NAME_MAX}).
 * @returns the name to show; escape it for the markup it goes into.
 * @remarks Time O(length of the name), extra memory O(max).
 * @example
 * shownName('W'.repeat(100), 5); // 'WWWW…'
 * shownName('Eve \u202eevil'); // '\u2068Eve \u202eevil\u2069'
 */
export function shownName(name: string, max: number = NAME_MAX): string {
  let text = name.replace(ISOLATES, '');
  if (text.length > max) {
    // A name of megabytes is segmented only as far as needed; the window's last cluster may be cut.
    const windowed = text.length > 64 * max;
    const parts = graphemes(windowed ? text.slice(0, 64 * max) : text);
    if (windowed) parts.pop();
    if (windowed || parts.length > max)
      text = `${parts
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
  }
  return NEEDS_ISOLATE.test(text) ? `\u2068${text}\u2069` : text;
}

/**
 * A person's display name (`displayName`) as pages and pictures show it (`shownName`).
 *
 * @param graph - a graphology graph or a `Csr`.
 * @param key - the node key.
 * @param max - the most characters shown (default {@link NAME_MAX}).
 * @returns the name to show.
 * @remarks Time O(length of the name).
 * @example
 * shownNameOf(graph, 'ada', LABEL_MAX); // 'Ada Lovelace'
 */
export function shownNameOf(graph: GraphLike, key: string, max: number = NAME_MAX): string {
  return shownName(displayName(graph, key), max);
}
