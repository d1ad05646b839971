/**
 * Size budgets of the client packages as users bundle them: the built ESM entry with its
 * dependencies, minified and gzipped (esbuild, platform neutral). Budgets are ceilings that
 * catch regressions; the measured sizes are printed on every run.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Min+gz bytes of a bundle whose entry is `source`. */
async function bundledSize(source: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    // Resolved from this package, which depends on the workspace packages as a user would.
    stdin: {
      contents: source,
      resolveDir: fileURLToPath(new URL('.', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const cases = [
  {
    name: '@sinch-numbers/client (whole entry)',
    source: "export * from '@sinch-numbers/client';",
    budget: 17_000,
  },
  {
    name: '@sinch-numbers/client (SinchClient only)',
    source: "export { SinchClient } from '@sinch-numbers/client';",
    budget: 15_500,
  },
  {
    name: '@sinch-numbers/fetch (whole entry)',
    source: "export * from '@sinch-numbers/fetch';",
    budget: 5_500,
  },
  {
    name: '@sinch-numbers/fetch (createNumbersClient only)',
    source: "export { createNumbersClient } from '@sinch-numbers/fetch';",
    budget: 4_200,
  },
];

describe('bundle size budgets (min+gz, with dependencies)', () => {
  for (const { name, source, budget } of cases) {
    it(`${name} stays within ${budget} bytes`, async () => {
      const size = await bundledSize(source);
      console.log(
        `[size] ${name}: ${size.gzipped} B min+gz (${size.minified} B minified), budget ${budget} B`,
      );
      expect(size.gzipped).toBeLessThanOrEqual(budget);
    });
  }
});
