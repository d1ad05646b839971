/**
 * Per-run folders inside the installed project: scripts placed there resolve `@sinch-numbers/*`
 * from the project's node_modules, exactly as a user's files would. Each suite gets its own
 * folder, so the two suites (or two runs) sharing one cached install never touch each other's files.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIXTURES_DIR } from './workspace.js';

export function scratchDir(projectDir: string, prefix: string): string {
  return mkdtempSync(join(projectDir, `.scratch-${prefix}`));
}

export function removeScratch(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Copies test/fixtures/<name> into `dir` (optionally under another name); returns the copy's path. */
export function copyFixture(name: string, dir: string, as: string = basename(name)): string {
  const target = join(dir, as);
  copyFileSync(join(FIXTURES_DIR, name), target);
  return target;
}

/** The JSON printed after `marker` on the last line that has it. */
export function parseMarkedJson(stdout: string, marker: string): unknown {
  const line = stdout
    .split('\n')
    .reverse()
    .find((text) => text.startsWith(marker));
  if (line === undefined) throw new Error(`no "${marker}" line in the output:\n${stdout}`);
  return JSON.parse(line.slice(marker.length));
}
