/** "Did you mean" for misspelt commands and flags. */
import { editDistance } from '@sinch-numbers/fetch/meta';

/** The choice closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const choice of choices) {
    const distance = editDistance(input.toLowerCase(), choice.toLowerCase());
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  // A third of the word, at least 1 and at most 3 edits: beyond that it is a different word.
  const allowed = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}
