/**
 * Edit distance between two strings: the fewest insertions, deletions and substitutions that
 * turn one into the other. Behind every "did you mean" (unknown fields here, misspelt commands
 * and flags in the CLI).
 */
export function editDistance(a: string, b: string): number {
  // Two rows of the classic table are enough.
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
