/**
 * The spec diff as a report: what `pnpm spec:diff` and `npx @sinch-numbers/fetch spec-diff` both
 * print, so the two cannot differ.
 */
import { bumpFor, type Change, diffModels } from './diff.js';
import { formatChanges } from './format.js';
import type { SpecModel } from './model.js';

/** The report of two models: text, or `{ bump, changes }` as JSON; and whether it breaks. */
export function diffReport(
  before: SpecModel,
  after: SpecModel,
  json: boolean,
): { text: string; changes: Change[]; breaking: boolean } {
  const changes = diffModels(before, after);
  const text = json
    ? JSON.stringify({ bump: bumpFor(changes), changes }, null, 2)
    : formatChanges(changes);
  return { text, changes, breaking: changes.some((c) => c.severity === 'breaking') };
}
