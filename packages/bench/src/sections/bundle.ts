/**
 * Section 3a: what each client adds to a bundle. esbuild bundles an entry that re-exports the
 * package with all its dependencies, minified; the figure is the gzipped size (level 9), what
 * travels to a browser or edge runtime. Our packages are bundled for a neutral platform (they
 * need no Node built-ins); the official SDK needs Node, so it is bundled for Node with the
 * built-ins left out, which flatters it slightly. Bundles are code-split as app bundlers do:
 * the figure is what loads with the entry (its chunk and every chunk it imports statically);
 * what loads on first use (the Voice part, behind a dynamic import) is reported beside it.
 * Counting by esbuild's `entryPoint` flag instead would be wrong both ways: a dynamic import's
 * target is flagged as an entry point too, and a chunk shared with it is not flagged at all.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

export interface BundleFigures {
  id: string;
  label: string;
  /** The entry's source, e.g. `export * from '@sinch-numbers/client'`. */
  entry: string;
  /** The entry chunk and the chunks it imports statically: what every user downloads. */
  minifiedBytes: number;
  gzipBytes: number;
  /** Chunks behind dynamic imports, which bundlers split off and load on first use. */
  lazyGzipBytes: number;
  /** The inputs that take the most room in the minified output (bytes before gzip). */
  largestInputs: { input: string; bytes: number }[];
  /** Every input with code in the first download, largest first: for checks of what loads when. */
  eagerInputs: string[];
}

// `../../node_modules/.pnpm/openapi-fetch@0.17.0/node_modules/openapi-fetch/dist/index.mjs`
// reads better as `openapi-fetch/dist/index.mjs`.
const shortPath = (path: string) =>
  path.replace(/^.*node_modules\/(?!\.pnpm)/, '').replace(/^(\.\.\/)+/, '');

/** One thing to bundle: an entry's source and the platform it is bundled for. */
export interface BundleProbe {
  id: string;
  label: string;
  entry: string;
  platform: 'neutral' | 'node';
}

export const BUNDLE_PROBES: readonly BundleProbe[] = [
  {
    id: 'client',
    label: '@sinch-numbers/client (whole entry)',
    entry: `export * from '@sinch-numbers/client';`,
    platform: 'neutral',
  },
  {
    id: 'client-class',
    label: '@sinch-numbers/client ({ SinchClient } only)',
    entry: `export { SinchClient } from '@sinch-numbers/client';`,
    platform: 'neutral',
  },
  {
    id: 'fetch',
    label: '@sinch-numbers/fetch (whole entry)',
    entry: `export * from '@sinch-numbers/fetch';`,
    platform: 'neutral',
  },
  {
    id: 'fetch-numbers',
    label: '@sinch-numbers/fetch ({ createNumbersClient } only)',
    entry: `export { createNumbersClient } from '@sinch-numbers/fetch';`,
    platform: 'neutral',
  },
  {
    // The published entry is one file; bundling the sources instead shows which modules take
    // the room. Not a figure of its own.
    id: 'client-src',
    label: '@sinch-numbers/client built from its sources (for the per-module breakdown)',
    entry: `export * from '../client/src/index.ts';`,
    platform: 'neutral',
  },
  {
    id: 'sdk-core',
    label: '@sinch/sdk-core ({ SinchClient })',
    entry: `export { SinchClient } from '@sinch/sdk-core';`,
    platform: 'node',
  },
  {
    id: 'numbers',
    label: '@sinch/numbers ({ NumbersService })',
    entry: `export { NumbersService } from '@sinch/numbers';`,
    platform: 'node',
  },
];

/**
 * Bundles one probe the bench's way and measures what loads with its entry and what loads later.
 * `packages/compat/test/size.test.ts` uses it too, so its budgets and the bench's figures are
 * the same numbers. `resolveDir` is where the entry's imports are resolved from.
 */
export async function measureBundle(
  probe: BundleProbe,
  resolveDir: string,
): Promise<BundleFigures> {
  // Code splitting needs a real entry file (esbuild does not split stdin); it sits beside the
  // bench package so the imports resolve as they do for a user.
  const entry = join(resolveDir, `.bundle-probe-${process.pid}-${probe.id}.mjs`);
  writeFileSync(entry, probe.entry);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      splitting: true,
      format: 'esm',
      platform: probe.platform,
      // A neutral build has no default main fields; these are what bundlers for browsers use.
      ...(probe.platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
      target: 'es2022',
      outdir: join(tmpdir(), 'bench-bundle'),
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    let minifiedBytes = 0;
    let gzipBytes = 0;
    let lazyGzipBytes = 0;
    const inputs: Record<string, number> = {};
    const eager = eagerOutputs(result.metafile, relative(process.cwd(), entry));
    for (const file of result.outputFiles) {
      const path = relative(process.cwd(), file.path);
      const output = result.metafile.outputs[path];
      const gzipped = gzipSync(file.contents, { level: 9 }).byteLength;
      if (output && eager.has(path)) {
        minifiedBytes += file.contents.byteLength;
        gzipBytes += gzipped;
        for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
          inputs[input] = (inputs[input] ?? 0) + bytesInOutput;
        }
      } else {
        lazyGzipBytes += gzipped;
      }
    }
    const eagerInputs = Object.entries(inputs)
      .map(([input, bytes]) => ({ input: shortPath(input), bytes }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      id: probe.id,
      label: probe.label,
      entry: probe.entry,
      minifiedBytes,
      gzipBytes,
      lazyGzipBytes,
      largestInputs: eagerInputs.slice(0, 8),
      eagerInputs: eagerInputs.filter(({ bytes }) => bytes > 0).map(({ input }) => input),
    };
  } finally {
    rmSync(entry, { force: true });
  }
}

/** The outputs loaded with the probe's entry: its own chunk, then static imports, transitively. */
function eagerOutputs(metafile: Metafile, entryInput: string): Set<string> {
  const outputs = metafile.outputs;
  const start = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === entryInput);
  const eager = new Set<string>();
  const queue = start ? [start] : [];
  while (queue.length > 0) {
    const path = queue.pop() as string;
    if (eager.has(path)) continue;
    eager.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return eager;
}

/** `resolveDir` is where the entries' imports are resolved from (the bench package). */
export async function runBundles(resolveDir: string): Promise<BundleFigures[]> {
  const figures: BundleFigures[] = [];
  for (const probe of BUNDLE_PROBES) figures.push(await measureBundle(probe, resolveDir));
  return figures;
}
