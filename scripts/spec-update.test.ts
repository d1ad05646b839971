import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { fromRoot, repoRoot } from './paths.js';
import { runSpecUpdate, SPECS } from './spec-update.js';

const fixtures = fromRoot('scripts/fixtures/spec-pairs/');
const quiet = () => {};

/** A scratch repository with our spec, the generated files and a changesets setup. */
function scratchRepo(numbersSpec = fromRoot('spec/numbers.yaml')): string {
  const root = mkdtempSync(join(tmpdir(), 'spec-update-'));
  mkdirSync(join(root, 'spec'));
  cpSync(numbersSpec, join(root, 'spec/numbers.yaml'));
  cpSync(fromRoot('spec/redocly.yaml'), join(root, 'spec/redocly.yaml'));
  cpSync(fromRoot('spec/voice-applications.yaml'), join(root, 'spec/voice-applications.yaml'));
  cpSync(fromRoot('.changeset/config.json'), join(root, '.changeset/config.json'));
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  for (const name of ['fetch', 'client', 'mock']) {
    mkdirSync(join(root, `packages/${name}/src/generated`), { recursive: true });
    writeFileSync(
      join(root, `packages/${name}/package.json`),
      JSON.stringify({ name: `@sinch-numbers/${name}`, version: '0.1.0' }, null, 2),
    );
  }
  for (const file of [
    'packages/fetch/src/generated/numbers.ts',
    'packages/fetch/src/generated/numbers-dates.ts',
    'packages/fetch/src/generated/numbers-meta.ts',
  ]) {
    cpSync(fromRoot(file), join(root, file));
  }
  return root;
}

function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, file);
    try {
      files[file] = readFileSync(path, 'utf8');
    } catch {
      // a directory
    }
  }
  return files;
}

const pairs = [
  { name: 'operation-removed', bump: 'major', kinds: ['operation-removed'] },
  { name: 'required-parameter-added', bump: 'major', kinds: ['parameter-added'] },
  { name: 'optional-parameter-added', bump: 'minor', kinds: ['parameter-added'] },
  { name: 'parameter-renamed', bump: 'major', kinds: ['parameter-renamed'] },
  { name: 'response-property-added', bump: 'minor', kinds: ['property-added'] },
  { name: 'request-enum-value-removed', bump: 'major', kinds: ['enum-value-removed'] },
  { name: 'response-enum-value-added', bump: 'minor', kinds: ['enum-value-added'] },
  { name: 'type-changed', bump: 'major', kinds: ['type-changed'] },
  {
    name: 'security-changed',
    bump: 'major',
    kinds: [
      'security-changed',
      'security-changed',
      'security-scheme-added',
      'security-scheme-removed',
    ],
  },
  { name: 'description-only', bump: 'patch', kinds: ['docs-changed', 'docs-changed'] },
] as const;

describe('spec:update on fixture pairs (one change of each kind)', () => {
  for (const { name, bump, kinds } of pairs) {
    it(`${name}: ${bump}`, async () => {
      const root = scratchRepo(join(fixtures, 'base.yaml'));
      const before = snapshot(root);
      const result = await runSpecUpdate({
        file: join(fixtures, `${name}.yaml`),
        spec: 'numbers',
        root,
        dryRun: true,
        lint: false,
        log: quiet,
      });
      expect(result.changes.map((c) => c.kind)).toEqual(kinds);
      expect(result.bump).toBe(bump);
      expect(result.changesetContent).toContain(`"@sinch-numbers/client": ${bump}`);
      expect(snapshot(root)).toEqual(before); // a dry run changes nothing
    });
  }

  it('an identical document: no changes, nothing written', async () => {
    const root = scratchRepo(join(fixtures, 'base.yaml'));
    const lines: string[] = [];
    const result = await runSpecUpdate({
      file: join(fixtures, 'base.yaml'),
      spec: 'numbers',
      root,
      lint: false,
      log: (line) => lines.push(line),
    });
    expect(result.bump).toBe('none');
    expect(result.changeset).toBeUndefined();
    expect(lines.join('\n')).toMatch(/No changes\./);
    expect(readdirSync(join(root, '.changeset'))).toEqual(['config.json']);
  });
});

// Each case runs Redocly's lint and the whole generator: about a second alone, past vitest's
// 5 s default on a loaded 2-core machine, so the limit is generous rather than tight.
describe('spec:update on our own spec/numbers.yaml', { timeout: 60_000 }, () => {
  /** A copy of our spec with one breaking and one additive change. */
  function modifiedCopy(): string {
    const doc = parse(readFileSync(fromRoot('spec/numbers.yaml'), 'utf8'));
    doc.info.version = '1.0.4';
    doc.components.schemas.NumberPatternSearchPattern.enum = ['START', 'CONTAINS'];
    doc.components.schemas.AvailableRegion.properties.currency = {
      type: 'string',
      description: 'Currency numbers in this region are billed in.',
    };
    const file = join(mkdtempSync(join(tmpdir(), 'spec-new-')), 'numbers.yaml');
    writeFileSync(file, stringify(doc));
    return file;
  }

  it('lints, diffs, writes the spec, regenerates and writes a valid changeset', async () => {
    const root = scratchRepo();
    const file = modifiedCopy();
    const result = await runSpecUpdate({
      file,
      spec: 'numbers',
      root,
      typecheck: false,
      log: quiet,
    });
    expect(result.ok).toBe(true);
    expect(result.bump).toBe('major');
    expect(
      result.changes.filter((c) => c.severity !== 'docs').map((c) => `${c.kind} ${c.location}`),
    ).toEqual([
      'enum-value-removed NumberPatternSearchPattern',
      'property-added AvailableRegion.currency',
    ]);
    expect(readFileSync(join(root, SPECS.numbers.file), 'utf8')).toBe(readFileSync(file, 'utf8'));
    expect(result.regenerated).toEqual([
      'packages/fetch/src/generated/numbers.ts',
      'packages/fetch/src/generated/numbers-dates.ts',
      'packages/fetch/src/generated/numbers-meta.ts',
      'packages/fetch/src/generated/spec-versions.ts',
    ]);
    expect(
      readFileSync(join(root, 'packages/fetch/src/generated/spec-versions.ts'), 'utf8'),
    ).toContain('"numbers": "1.0.4"');
    expect(readFileSync(join(root, 'packages/fetch/src/generated/numbers.ts'), 'utf8')).toContain(
      'currency?: string',
    );

    // The changeset is what `changeset version` consumes: bump and changelog follow it.
    const changeset = join(root, result.changeset as string);
    expect(existsSync(changeset)).toBe(true);
    const version = spawnSync(join(repoRoot, 'node_modules/.bin/changeset'), ['version'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(version.status, version.stderr).toBe(0);
    for (const name of ['fetch', 'client', 'mock']) {
      const manifest = JSON.parse(
        readFileSync(join(root, `packages/${name}/package.json`), 'utf8'),
      );
      expect(manifest.version).toBe('1.0.0');
      const changelog = readFileSync(join(root, `packages/${name}/CHANGELOG.md`), 'utf8');
      expect(changelog).toContain('Update spec/numbers.yaml (Numbers API) to version 1.0.4.');
      expect(changelog).toContain('enum value END removed');
    }
    expect(existsSync(changeset)).toBe(false);
  }, 60_000);

  it('refuses a document that does not pass lint and changes nothing', async () => {
    const root = scratchRepo();
    const before = snapshot(root);
    const doc = parse(readFileSync(fromRoot('spec/numbers.yaml'), 'utf8'));
    delete doc.paths['/v1/projects/{projectId}/availableRegions'].get.summary;
    const file = join(mkdtempSync(join(tmpdir(), 'spec-bad-')), 'numbers.yaml');
    writeFileSync(file, stringify(doc));
    const lines: string[] = [];
    const result = await runSpecUpdate({ file, spec: 'numbers', root, log: (l) => lines.push(l) });
    expect(result.ok).toBe(false);
    expect(lines.join('\n')).toMatch(/does not pass lint[\s\S]*operation-summary/);
    expect(snapshot(root)).toEqual(before);
  }, 60_000);

  it('a description-only change is a patch', async () => {
    const root = scratchRepo();
    const doc = parse(readFileSync(fromRoot('spec/numbers.yaml'), 'utf8'));
    doc.components.schemas.AvailableRegion.description = 'A country where numbers are for sale.';
    const file = join(mkdtempSync(join(tmpdir(), 'spec-docs-')), 'numbers.yaml');
    writeFileSync(file, stringify(doc));
    const result = await runSpecUpdate({ file, spec: 'numbers', root, dryRun: true, log: quiet });
    expect(result.bump).toBe('patch');
    expect(result.changesetContent).toContain('Documentation: 1 description or example change(s).');
  }, 60_000);
});
