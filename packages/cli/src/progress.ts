/**
 * A one-line progress bar for long exports. It is drawn on stderr and only when stderr is a
 * terminal: piped or redirected stderr (CI logs, `2>file`) gets no carriage-return noise.
 */

const WIDTH = 24;
const REDRAW_MS = 100;

/** The stream the bar draws on. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): boolean;
}

/** A progress display; the no-op one is used when there is no terminal. */
export interface Progress {
  /** Adds `count` done items; `total` updates the expected total when it becomes known. */
  advance(count: number, total?: number): void;
  /** Erases the bar. */
  finish(): void;
}

const silent: Progress = { advance() {}, finish() {} };

/** A bar on `stream` when it is a terminal, otherwise a no-op. */
export function createProgress(
  stream: ProgressStream,
  label: string,
  now: () => number = Date.now,
): Progress {
  if (!stream.isTTY) return silent;
  const started = now();
  let done = 0;
  let total: number | undefined;
  let lastDraw = 0;
  let drawn = false;

  const draw = () => {
    const seconds = Math.max((now() - started) / 1000, 0.001);
    const rate = Math.round(done / seconds);
    let bar = '';
    if (total !== undefined && total > 0) {
      const ratio = Math.min(done / total, 1);
      const filled = Math.round(ratio * WIDTH);
      bar = `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.floor(ratio * 100)}% `;
    }
    const of = total !== undefined ? `/${total.toLocaleString('en-US')}` : '';
    stream.write(
      `\r\u001b[2K${bar}${done.toLocaleString('en-US')}${of} ${label} (${rate.toLocaleString('en-US')}/s)`,
    );
    drawn = true;
  };

  return {
    advance(count, newTotal) {
      done += count;
      if (newTotal !== undefined) total = newTotal;
      const t = now();
      // Redrawing on every item would cost more than the export itself.
      if (t - lastDraw >= REDRAW_MS) {
        lastDraw = t;
        draw();
      }
    },
    finish() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
