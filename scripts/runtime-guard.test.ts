/**
 * The client packages run on Node 18+, Deno, Bun and edge runtimes: their runtime code may use
 * web APIs only (fetch, WebCrypto), no `node:` module and no dependency beyond openapi-fetch.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from './paths.js';

const PACKAGES = ['packages/fetch', 'packages/client'];
const ALLOWED_DEPENDENCIES = new Set([
  'openapi-fetch',
  'openapi-typescript-helpers',
  '@sinch-numbers/fetch',
]);

/**
 * Files reached only through the `node` export condition (`@sinch-numbers/fetch/node`), where
 * `node:` modules are allowed; no other runtime file may import them.
 */
const NODE_CONDITION_ONLY = new Set([
  'packages/fetch/src/transport/node.ts',
  'packages/fetch/src/transport/node-fetch.ts',
  'packages/fetch/src/transport/node-entry.ts',
]);

/**
 * The generator behind the low-level package's `sinch-numbers-fetch` bin: Node-only, reached only
 * from the bin and from the repository's scripts, never from a runtime entry (checked below).
 */
const CODEGEN = 'codegen/';

function runtimeSources(dir: string): string[] {
  return readdirSync(fromRoot(`${dir}/src`), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.test-d.ts'))
    .filter((f) => !f.startsWith(CODEGEN))
    .map((f) => `${dir}/src/${f}`);
}

describe('runtime code of the client packages', () => {
  for (const dir of PACKAGES) {
    it(`${dir} imports no node: module and no undeclared package`, () => {
      const offenders: string[] = [];
      for (const file of runtimeSources(dir)) {
        if (NODE_CONDITION_ONLY.has(file)) continue;
        // Comments hold usage examples that import the package itself; only code counts.
        const source = readFileSync(fromRoot(file), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/^\s*\/\/.*$/gm, '');
        for (const match of source.matchAll(/(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) {
          const specifier = match[1] ?? '';
          if (/transport\/node(-entry)?\.js$/.test(specifier) || specifier.includes(CODEGEN))
            offenders.push(`${file}: ${specifier}`);
          if (specifier.startsWith('.')) continue;
          const name = specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : specifier.split('/')[0];
          if (specifier.startsWith('node:') || !ALLOWED_DEPENDENCIES.has(name ?? '')) {
            offenders.push(`${file}: ${specifier}`);
          }
        }
      }
      expect(offenders).toEqual([]);
    });

    it(`${dir} depends on nothing beyond openapi-fetch (and its type helpers)`, () => {
      const manifest = JSON.parse(readFileSync(fromRoot(`${dir}/package.json`), 'utf8'));
      const deps = Object.keys(manifest.dependencies ?? {});
      expect(deps.filter((d) => !ALLOWED_DEPENDENCIES.has(d))).toEqual([]);
    });
  }
});
