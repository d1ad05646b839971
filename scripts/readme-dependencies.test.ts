/**
 * The READMEs name the runtime dependencies of the clients: the packages their source imports at
 * run time (type-only imports do not count), and those must be declared in package.json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromRoot } from './paths.js';

/** Bare packages imported for their values by the non-test source files under `dir`. */
function runtimeImports(dir: string): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    // The generator behind the bin: its packages are optional peers, not runtime dependencies.
    if (file.startsWith('codegen/')) continue;
    // Without block comments: a TSDoc example's `import()` is not an import of the module.
    const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const statics = source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms);
    const dynamics = source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g);
    for (const [, specifier] of [...statics, ...dynamics]) {
      // Node built-ins (only behind the `node` export condition) are not dependencies.
      if (!specifier || specifier.startsWith('.') || specifier.startsWith('node:')) continue;
      const parts = specifier.split('/');
      found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
    }
  }
  return [...found].sort();
}

/** The backticked package names in a README's sentence about runtime dependencies. */
function namedInReadme(pkg: string, sentence: RegExp): string[] {
  const readme = readFileSync(fromRoot(`packages/${pkg}/README.md`), 'utf8');
  const match = readme.replace(/\s+/g, ' ').match(sentence);
  if (!match) throw new Error(`packages/${pkg}/README.md does not state its runtime dependencies`);
  return [...(match[0].matchAll(/`([^`]+)`/g) ?? [])].map((m) => m[1] as string);
}

describe('runtime dependencies stated in the READMEs', () => {
  const cases = [
    { pkg: 'client', sentence: /Runtime dependencies: [^.]*\./, direct: ['@sinch-numbers/fetch'] },
    { pkg: 'fetch', sentence: /only runtime dependency is [^.;]*/, direct: ['openapi-fetch'] },
  ];
  for (const { pkg, sentence, direct } of cases) {
    it(`${pkg}: the README names what the source imports at run time`, () => {
      const imported = runtimeImports(fromRoot(`packages/${pkg}/src`));
      expect(imported).toEqual(direct);
      const named = namedInReadme(pkg, sentence);
      expect(named.slice(0, direct.length)).toEqual(direct);
      const declared = Object.keys(
        JSON.parse(readFileSync(fromRoot(`packages/${pkg}/package.json`), 'utf8')).dependencies,
      );
      expect(declared).toEqual(expect.arrayContaining(imported));
    });
  }
});
