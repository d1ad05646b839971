import { bumpFor, type Change, type Severity } from './diff.js';

const HEADINGS: Record<Severity, string> = {
  breaking: 'Breaking changes',
  addition: 'Additions',
  notice: 'Worth a look (safe for most clients)',
  docs: 'Documentation only',
};

/** Renders changes as a plain-text report grouped by severity, worst first. */
export function formatChanges(changes: readonly Change[]): string {
  if (changes.length === 0) return 'No changes.';
  const lines: string[] = [];
  for (const severity of ['breaking', 'addition', 'notice', 'docs'] as const) {
    const group = changes.filter((c) => c.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity]} (${group.length}):`);
    for (const change of group) lines.push(`  - ${change.location}: ${change.message}`);
    lines.push('');
  }
  lines.push(`Release bump for client packages: ${bumpFor(changes)}`);
  return lines.join('\n');
}
