// One date column of a LinkedIn table, read with the order of its slashed dates decided once per file:
// a French re-save writes `15/03/2021`, so its `03/04/2021` is 3 March, not 3 April. A first part > 12
// proves day/month, a second part > 12 month/day; both in one file refuse its slashed dates; neither
// keeps LinkedIn's own month/day and says it was assumed. Cells of other forms are read at once.

import { isoDate, parseLinkedInDate, slashedParts } from './parse-linkedin-date.js';

/** How a file's slashed dates (`03/04/2021`) were read, decided once for the whole column. */
export interface SlashedDateReading {
  /** `month-first` (US, LinkedIn's own), `day-first`, or `null` when the file contradicts itself. */
  order: 'month-first' | 'day-first' | null;
  /** `evidence`: a part > 12 decided; `assumed`: every part ≤ 12, month/day taken; `contradictory`: dates refused. */
  basis: 'evidence' | 'assumed' | 'contradictory';
  /** The import report's line: the file, the deciding (or contradicting) lines, and why. */
  note: string;
}

/** Collects a column's cells; `finish` settles the slashed ones. */
export interface DateColumn<T> {
  /** Reads one non-empty cell of row `target` (1-based `line`): assigned now, or by `finish` when slashed. */
  read(raw: string, line: number, target: T): void;
  /** Assigns the slashed cells held back; `null` when the column had none. */
  finish(): SlashedDateReading | null;
}

interface Pending<T> {
  target: T;
  line: number;
  raw: string;
  parts: [number, number, number];
}

const seen = (p: { line: number; raw: string }): string => `line ${p.line} has ${p.raw}`;

/**
 * A date column whose slashed cells are read in one order for the whole file.
 *
 * @param source - the file name, for the note (`'the file'` when not given).
 * @param column - the column's name, for the note (`Connected On`).
 * @param assign - stores a cell's ISO date, or `null` when it cannot be read (or was refused).
 * @returns `{ read, finish }`.
 * @remarks Time O(1) per cell, extra memory O(slashed cells) until `finish`.
 */
export function createDateColumn<T>(
  source: string | undefined,
  column: string,
  assign: (target: T, iso: string | null) => void,
): DateColumn<T> {
  const pending: Pending<T>[] = [];
  let dayFirst: Pending<T> | undefined;
  let monthFirst: Pending<T> | undefined;
  return {
    read(raw, line, target) {
      const parts = slashedParts(raw);
      if (parts === null) return assign(target, parseLinkedInDate(raw));
      const p = { target, line, raw: raw.trim(), parts };
      pending.push(p);
      if (parts[0] > 12 && parts[1] <= 12) dayFirst ??= p;
      else if (parts[1] > 12 && parts[0] <= 12) monthFirst ??= p;
    },
    finish() {
      if (pending.length === 0) return null;
      const file = source ?? 'the file';
      let reading: SlashedDateReading;
      if (dayFirst && monthFirst) {
        const [a, b] = dayFirst.line < monthFirst.line ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
        reading = {
          order: null,
          basis: 'contradictory',
          note: `${file}: ${column} dates like 03/04/2021 refused: ${seen(a)} and ${seen(b)}, one day/month, the other month/day; save the file with one date format`,
        };
      } else if (dayFirst)
        reading = {
          order: 'day-first',
          basis: 'evidence',
          note: `${file}: ${column} dates read day/month (${seen(dayFirst)})`,
        };
      else if (monthFirst)
        reading = {
          order: 'month-first',
          basis: 'evidence',
          note: `${file}: ${column} dates read month/day (${seen(monthFirst)})`,
        };
      else
        reading = {
          order: 'month-first',
          basis: 'assumed',
          note: `${file}: ${column} dates read month/day, assumed: every one fits both orders (${seen(pending[0]!)}); LinkedIn's own is month/day`,
        };
      for (const { target, parts } of pending) {
        const [a, b, year] = parts;
        const iso =
          reading.order === null ? null : reading.order === 'day-first' ? isoDate(year, b, a) : isoDate(year, a, b);
        assign(target, iso);
      }
      pending.length = 0;
      return reading;
    },
  };
}
