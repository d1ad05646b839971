import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTarget, targets } from './generate.js';
import { fromRoot } from './paths.js';

describe('generated code', () => {
  for (const target of targets) {
    it(`${target.output} matches what ${target.spec} generates`, async () => {
      const committed = await readFile(fromRoot(target.output), 'utf8');
      const fresh = await renderTarget(target);
      // A mismatch means the spec changed without `pnpm generate`, or the file was edited by hand.
      expect(committed === fresh, `${target.output} is stale: run \`pnpm generate\``).toBe(true);
    });

    it(`${target.output} says it is generated`, async () => {
      const committed = await readFile(fromRoot(target.output), 'utf8');
      expect(committed.slice(0, 200)).toMatch(/GENERATED FILE: do not edit by hand/);
    });
  }
});
