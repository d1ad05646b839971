/**
 * Timing lines for the slow steps (pack, install, type-check, each runtime). They are printed
 * rather than asserted: the point is to see in CI logs where the minutes go.
 */
export function logTiming(label: string, ms: number): void {
  console.log(`[compat] ${label}: ${(ms / 1000).toFixed(1)} s`);
}

/** Runs `fn` and prints how long it took, also when it fails. */
export async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    logTiming(label, performance.now() - start);
  }
}
