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

/**
 * Creates a reporter for one piece of work, labelled `label`.
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
  return {
    onProgress(progress: Progress): void {
      const phase = progress.phase ?? label;
      const total = progress.total > 0 ? progress.total : Math.max(progress.done, 1);
      if (!bar) {
        bar = new cliProgress.SingleBar(
          {
            stream,
            format: '{phase} [{bar}] {percentage}% | ETA {eta_formatted} | {value}/{total}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
            fps: 10,
            formatTime: etaText,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, progress.done, { phase });
      }
      if (total !== lastTotal) bar.setTotal(total);
      lastTotal = total;
      bar.update(progress.done, { phase });
    },
    stop(): void {
      bar?.stop();
      bar = null;
    },
  };
}
