// Text folded for matching people and companies across files: accents, case and punctuation
// dropped (NFKD, then combining marks removed), runs of anything but letters and digits made one
// space. "Société Générale, S.A." and "societe generale sa" fold alike.

/**
 * Folds text for matching: no accents, lower case, punctuation and spacing as single spaces.
 *
 * @param text - the text (`undefined` folds to `''`).
 * @returns the folded text.
 * @remarks Time O(length).
 */
export function foldText(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** a / b, or `null` when b is 0 (a share of nothing). */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
