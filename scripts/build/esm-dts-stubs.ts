/**
 * One set of declarations per package instead of two. tsdown emits the declarations twice for a
 * dual ESM + CommonJS build (`.d.ts` for `import`, `.d.cts` for `require`), identical but for
 * their module format; for `@sinch-numbers/fetch` that doubled about 0.35 MB of generated types
 * in the installed package. After the ESM build, this hook replaces each entry's `.d.ts` with a
 * one-line re-export of its `.d.cts` twin and removes the ESM declaration chunks nothing imports
 * any more.
 *
 * The stub points from ESM to CommonJS, not the other way round: an ES module may import a
 * CommonJS one under every `moduleResolution`, while a `.d.cts` re-exporting an ES module is an
 * error under `node16`. Both conditions then see the same declarations, so a type is never
 * two incompatible copies of itself (TypeScript's dual-package hazard).
 *
 * @example
 * ```ts
 * // tsdown.config.ts
 * export default defineConfig({ format: ['esm', 'cjs'], dts: true, hooks: esmDtsStubs });
 * ```
 */
import { rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';

/** The part of tsdown's `build:done` context this hook reads. */
interface BuildDone {
  options: { format: string };
  chunks: { fileName: string; isEntry?: boolean; outDir: string }[];
}

/** tsdown `hooks` value: rewrites the ESM build's declarations once it is written. */
export const esmDtsStubs = {
  'build:done': async ({ options, chunks }: BuildDone): Promise<void> => {
    if (options.format !== 'es') return;
    for (const chunk of chunks) {
      if (!chunk.fileName.endsWith('.d.ts')) continue;
      const path = `${chunk.outDir}/${chunk.fileName}`;
      if (chunk.isEntry) {
        const twin = basename(chunk.fileName, '.d.ts');
        await writeFile(path, `export * from './${twin}.cjs';\n`);
      } else {
        await rm(path);
      }
    }
  },
};
