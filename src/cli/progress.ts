// Progress bars for long work: a cli-progress bar with ETA on stderr, fed by the library's
// `onProgress` callbacks. Silent (no callback at all) when stderr is not a terminal or when the
// user asked for quiet output, so pipes and CI logs stay clean.

import cliProgress from 'cli-progress';
import type { Progress } from '../types.js';

/** A progress reporter: pass `onProgress` to the library, call `stop` when the work ends. */
export interface ProgressReporter {
  /** The callback for the library's `onProgress` option (undefined when silent). */
  readonly onProgress: ((progress: Progress) => void) | undefined;
  /** Clears the bar. */
  stop(): void;
}

/**
 * The ETA as cli-progress words it, or `–` while it is unknown: cli-progress passes `'NULL'` (no
 * rate yet: a phase starting at its total) or `'INF'`, which its own formatter cut to "LLs".
 *
 * @param t - seconds, or cli-progress's `'NULL'` / `'INF'`.
 * @param options - the bar's options.
 * @param roundToMultipleOf - rounding step.
 * @returns `12s`, `03m20s`… or `–`.
 */
export function etaText(t: unknown, options: cliProgress.Options, roundToMultipleOf: number): string {
  return typeof t === 'number' && Number.isFinite(t)
    ? cliProgress.Format.TimeFormat(t, options, roundToMultipleOf)
    : '–';
}

const KNOWN = '{phase} [{bar}] {percentage}% | ETA {eta_formatted} | {value}/{total}';
// a stream (a pipe): no total, so no bar, percentage or ETA; what was read and how fast
const UNKNOWN = '{phase} {read} read | {rate}';

// On a narrow terminal (which cuts the line: autowrap is off while the bar is drawn) the bar
// shrinks first, down to 8 cells; below that the line keeps the phase and the percentage.
const NARROW = '{phase} {percentage}%';
const MIN_BAR = 8;

function fitLine(
  options: cliProgress.Options,
  params: cliProgress.Params,
  values: Record<string, unknown>,
  columns: number,
): string {
  const format = (f: string, barsize = options.barsize): string =>
    cliProgress.Format.Formatter(
      { ...options, format: f, ...(barsize === undefined ? {} : { barsize }) },
      params,
      values,
    );
  const room = columns - 1; // the last column would wrap on some terminals
  if (values.unknown) return format(UNKNOWN);
  const line = format(KNOWN);
  const over = [...line].length - room;
  if (over <= 0) return line;
  const barsize = (options.barsize ?? 40) - over;
  return barsize >= MIN_BAR ? format(KNOWN, barsize) : format(NARROW);
}

/**
 * Bytes in words: `512 B`, `3.4 MB`, `1.2 GB`.
 *
 * @param bytes - a count of bytes.
 * @returns the count with a decimal unit.
 */
export function byteText(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Creates a reporter for one piece of work, labelled `label`. A progress without a total (a pipe:
 * `total` 0) shows the bytes read and the rate instead of a bar and an ETA.
 *
 * @param label - what is being done, shown before the bar.
 * @param enabled - draw a bar (the caller passes `stderr.isTTY && !quiet`).
 * @param stream - where to draw it (default: process.stderr).
 * @returns the reporter.
 */
export function createProgress(
  label: string,
  enabled: boolean,
  stream: NodeJS.WriteStream = process.stderr,
): ProgressReporter {
  if (!enabled) return { onProgress: undefined, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  let lastTotal = -1;
  let started = 0;
  return {
    onProgress(progress: Progress): void {
      const phase = progress.phase ?? label;
      const unknown = !(progress.total > 0);
      const total = unknown ? Math.max(progress.done, 1) : progress.total;
      const seconds = started === 0 ? 0 : (Date.now() - started) / 1000;
      const payload = {
        phase,
        unknown,
        read: byteText(progress.done),
        rate: seconds > 0 ? `${byteText(progress.done / seconds)}/s` : '–',
      };
      if (!bar) {
        started = Date.now();
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: (options, params, values) => fitLine(options, params, values, stream.columns || 80),
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
            fps: 10,
            formatTime: etaText,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, progress.done, payload);
      }
      if (total !== lastTotal) bar.setTotal(total);
      lastTotal = total;
      bar.update(progress.done, payload);
    },
    stop(): void {
      bar?.stop();
      bar = null;
    },
  };
}
