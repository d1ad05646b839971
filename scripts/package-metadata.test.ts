/**
 * What every public package must carry to install and work everywhere: a complete manifest, its
 * README, CHANGELOG and LICENSE, and the spec versions it was generated from, stated the same
 * way in the README as in the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPEC_VERSIONS } from '../packages/fetch/src/generated/spec-versions.js';
import { fromRoot } from './paths.js';

const PUBLIC = ['fetch', 'client', 'mock', 'cli'];
const LIBRARIES_WITH_EXPORTS = ['fetch', 'client', 'mock'];
const LIBRARIES = ['fetch', 'client', 'mock'];

const manifest = (name: string) =>
  JSON.parse(readFileSync(fromRoot(`packages/${name}/package.json`), 'utf8'));

describe('public package manifests', () => {
  for (const name of PUBLIC) {
    it(`@sinch-numbers/${name} has the fields users and registries need`, () => {
      const pkg = manifest(name);
      expect(pkg.name).toBe(`@sinch-numbers/${name}`);
      expect(pkg.private).toBeUndefined();
      expect(pkg.license).toBe('MIT');
      expect(pkg.repository).toMatchObject({ type: 'git', directory: `packages/${name}` });
      expect(pkg.engines).toEqual({ node: '>=18' });
      expect(pkg.sideEffects).toBe(false);
      expect(pkg.files).toEqual(
        expect.arrayContaining(['dist', 'README.md', 'CHANGELOG.md', 'LICENSE']),
      );
      for (const file of ['README.md', 'CHANGELOG.md', 'LICENSE']) {
        expect(existsSync(fromRoot(`packages/${name}/${file}`)), file).toBe(true);
      }
    });
  }

  for (const name of LIBRARIES_WITH_EXPORTS) {
    it(`@sinch-numbers/${name} exports ESM and CJS with types first, and old-resolver fields`, () => {
      const pkg = manifest(name);
      for (const [subpath, target] of Object.entries<Record<string, unknown> | string>(
        pkg.exports,
      )) {
        if (typeof target === 'string') continue; // package.json and data files
        for (const condition of ['import', 'require']) {
          const entry = target[condition] as Record<string, string>;
          expect(Object.keys(entry), `${subpath} ${condition}`).toEqual(['types', 'default']);
        }
      }
      expect(pkg.main).toMatch(/\.cjs$/);
      expect(pkg.module).toMatch(/\.m?js$/);
      expect(pkg.types).toMatch(/\.d\.cts$/);
    });
  }

  it('the client packages depend on nothing beyond each other and openapi-fetch', () => {
    expect(Object.keys(manifest('fetch').dependencies)).toEqual([
      'openapi-fetch',
      'openapi-typescript-helpers',
    ]);
    // The client reaches openapi-fetch only through fetch, in its code and in its declarations.
    expect(Object.keys(manifest('client').dependencies)).toEqual(['@sinch-numbers/fetch']);
  });
});

describe('spec versions', () => {
  for (const name of LIBRARIES) {
    it(`the ${name} README states the spec versions the code carries`, () => {
      const readme = readFileSync(fromRoot(`packages/${name}/README.md`), 'utf8').replace(
        /\s+/g,
        ' ',
      );
      expect(readme).toContain(`Numbers API ${SPEC_VERSIONS.numbers}`);
      expect(readme).toContain(`Voice API ${SPEC_VERSIONS.voice}`);
    });
  }
});
