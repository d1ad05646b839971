/**
 * The hidden `--debug-memory` flag: samples the process's memory while a command runs and
 * reports the peaks on stderr at the end. Tests use it to show that `export` streams (its peak
 * heap stays flat however many numbers pass through) instead of trusting it.
 */

/** Peak memory seen, in bytes. */
export interface MemoryPeaks {
  readonly rss: number;
  readonly heapUsed: number;
}

/** A running sampler. */
export interface MemoryProbe {
  /** Takes a sample now (commands call it at points of interest, e.g. after each page). */
  sample(): void;
  /** Stops sampling and returns the peaks. */
  stop(): MemoryPeaks;
}

/** Starts sampling every `intervalMs` (the timer never keeps the process alive). */
export function startMemoryProbe(intervalMs = 5): MemoryProbe {
  let rss = 0;
  let heapUsed = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    if (usage.rss > rss) rss = usage.rss;
    if (usage.heapUsed > heapUsed) heapUsed = usage.heapUsed;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { rss, heapUsed };
    },
  };
}

/** The report line: machine-readable first, megabytes for people after. */
export function formatMemoryPeaks(peaks: MemoryPeaks): string {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return (
    `debug-memory: peakRss=${peaks.rss} peakHeapUsed=${peaks.heapUsed} ` +
    `(${mb(peaks.rss)} MB rss, ${mb(peaks.heapUsed)} MB heap used)`
  );
}
