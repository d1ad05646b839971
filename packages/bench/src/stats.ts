/** Summary statistics of samples. Percentiles use the nearest-rank method. */

/** The summary of a set of samples, in the samples' unit. */
export interface Summary {
  n: number;
  median: number;
  p99: number;
  mean: number;
  min: number;
}

/** The `p`-th percentile (0..100) of sorted samples, nearest rank. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? Number.NaN;
}

export function median(samples: readonly number[]): number {
  return percentile(Float64Array.from(samples).sort(), 50);
}

export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    n: sorted.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sorted.length ? sum / sorted.length : Number.NaN,
    min: sorted[0] ?? Number.NaN,
  };
}

/** `a / b`, rounded to 3 decimals; NaN when either side is missing. */
export function ratio(a: number, b: number): number {
  return Math.round((a / b) * 1000) / 1000;
}
