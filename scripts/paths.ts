import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Absolute path of a file given relative to the repository root. */
export const fromRoot = (path: string) => fileURLToPath(new URL(path, `file://${repoRoot}`));

/**
 * The vendor's published documents, kept outside the repository (they are not ours to
 * redistribute). `SINCH_REFERENCE_DIR` overrides the default location beside the checkout.
 * Returns undefined when they are not on this machine.
 */
export function referenceFile(name: string): string | undefined {
  const dir = process.env.SINCH_REFERENCE_DIR ?? fromRoot('../shared/reference/');
  const file = `${dir.replace(/\/?$/, '/')}${name}`;
  return existsSync(file) ? file : undefined;
}
