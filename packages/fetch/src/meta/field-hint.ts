/**
 * The "did you mean" of an unknown field name: the twin the API confuses it with, or a name
 * within a small edit distance, or the list of names allowed. Used by the argument checks and
 * by the high-level client's option checks, which load it at import without the checker.
 */

import { editDistance } from './edit-distance.js';

/**
 * Names the API confuses across operations; a wrong one gets pointed at its twin. The
 * active-numbers list takes `capability` and `pageSize`, the available-numbers search
 * `capabilities` and `size`.
 */
const TWINS: Record<string, string> = {
  capabilities: 'capability',
  capability: 'capabilities',
  pageSize: 'size',
  size: 'pageSize',
};

/** Explains an unknown field, suggesting the name that was probably meant. */
export function unknownFieldHint(name: string, allowed: Iterable<string>): string {
  const names = [...allowed];
  const twin = TWINS[name];
  const guess =
    twin && names.includes(twin) ? twin : names.find((candidate) => closeTo(name, candidate));
  return guess
    ? `is not a field here; did you mean ${guess}?`
    : `is not a field here; expected one of ${names.join(', ')}`;
}

function closeTo(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 2) return false;
  return editDistance(x, y) <= 2;
}
