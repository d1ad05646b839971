/**
 * Size budgets of the client packages as users bundle them: the built ESM entry with its
 * dependencies, minified and gzipped (esbuild, platform neutral). Budgets are ceilings that
 * catch regressions; the measured sizes are printed on every run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

interface Measured {
  /** The entry chunk: what every user downloads. */
  gzipped: number;
  minified: number;
  /** Chunks behind dynamic imports (code-split by bundlers, loaded on first use). */
  lazyGzipped: number;
}

/** Min+gz bytes of a code-split bundle whose entry is `source`, as an app bundler would emit it. */
async function bundledSize(source: string): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'size-'));
  const here = fileURLToPath(new URL('.', import.meta.url));
  const entry = join(here, `.size-entry-${process.pid}.mjs`);
  writeFileSync(entry, source);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      outdir: dir,
      write: false,
      metafile: true,
    });
    const measured: Measured = { gzipped: 0, minified: 0, lazyGzipped: 0 };
    for (const file of result.outputFiles) {
      const gzipped = gzipSync(file.contents, { level: 9 }).length;
      const output = result.metafile.outputs[relative(process.cwd(), file.path)];
      if (output?.entryPoint) {
        measured.gzipped += gzipped;
        measured.minified += file.contents.length;
      } else {
        measured.lazyGzipped += gzipped;
      }
    }
    return measured;
  } finally {
    rmSync(entry, { force: true });
  }
}

const cases = [
  {
    name: '@sinch-numbers/client (whole entry)',
    source: "export * from '@sinch-numbers/client';",
    // 19.4 kB measured with everything merged: issue 17's options, environment, log levels, both
    // naming generations, withResponse and raw requests (~2.3 kB), issue 15's bounded token
    // waits, shape checks, strict dates and argument checks (~2.7 kB), and the Node transport
    // chosen by default (issue 14). 19.7 kB with issue 18's user metadata (`numbersMeta`) and
    // `request({ operationId })` (~0.35 kB). A guard against growth, not the target: packages/bench
    // measures the first download against the 11 kB target and explains the miss.
    budget: 20_000,
  },
  {
    name: '@sinch-numbers/client (SinchClient only)',
    source: "export { SinchClient } from '@sinch-numbers/client';",
    // 17.9 kB measured (see above); 18.4 kB with issue 18.
    budget: 18_500,
  },
  {
    name: '@sinch-numbers/fetch (whole entry)',
    source: "export * from '@sinch-numbers/fetch';",
    // Since the one request primitive (URL, body, auth and signing for both clients) lives here.
    // And the token provider that bounds every wait and checks what the endpoint sends.
    // 7.0 kB before every exchange got its bounds (issue 15 item 3, issue 14's timeout in the
    // transport): 8.0 kB measured with the body limit and its errors, the adapters' timers, the
    // lazily made token-wait signal and boundedFetch (+0.9 kB).
    budget: 8_100,
  },
  {
    name: '@sinch-numbers/fetch (createNumbersClient only)',
    source: "export { createNumbersClient } from '@sinch-numbers/fetch';",
    // 5.3 kB measured: token answers read within 64 KiB (+0.13 kB) while the openapi-fetch
    // clients stopped carrying the transport they never used.
    budget: 5_400,
  },
];

describe('bundle size budgets (min+gz, with dependencies)', () => {
  for (const { name, source, budget } of cases) {
    it(`${name} stays within ${budget} bytes`, async () => {
      const size = await bundledSize(source);
      console.log(
        `[size] ${name}: ${size.gzipped} B min+gz (${size.minified} B minified), budget ${budget} B` +
          (size.lazyGzipped ? `; ${size.lazyGzipped} B more loaded on first use` : ''),
      );
      expect(size.gzipped).toBeLessThanOrEqual(budget);
    });
  }
});
