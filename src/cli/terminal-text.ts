// Text for a terminal: names from an export may hold escape sequences (colours, OSC 0 window
// titles, OSC 8 hyperlinks), BEL, or bidirectional overrides that reorder what is shown. Every
// such character is written as a visible escape instead; line feeds and tabs stay.

// C0 controls but tab and line feed, DEL, C1 controls, and the Unicode bidi controls
// (ALM, LRM, RLM, LRE…RLO, LRI…PDI).
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes text safe to print on a terminal: control and bidi characters become `\xHH` / `\u{HHHH}`.
 *
 * @param text - the text.
 * @returns the text with every unsafe character escaped; unchanged when there is none.
 * @remarks Time O(length).
 * @example
 * escapeTerminal('Ada\u001b]0;pwned\u0007'); // 'Ada\\x1b]0;pwned\\x07'
 */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
