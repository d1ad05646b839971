/**
 * `loadSpec` (the `./codegen` entry the mock's CLI reads a user's document with): the metadata it
 * builds is the one `generate` writes, JSON needs no peer, a missing `yaml` names the install
 * command, and an unusable document is one line naming the file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as numbersMeta from '../generated/numbers-meta.js';
import { loadSpec, loadSpecWith } from './load-spec.js';

const dir = mkdtempSync(join(tmpdir(), 'sinch-fetch-load-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const numbersYaml = readFileSync(new URL('../../../../spec/numbers.yaml', import.meta.url), 'utf8');
writeFileSync(join(dir, 'numbers.yaml'), numbersYaml);
writeFileSync(join(dir, 'numbers.json'), JSON.stringify(parse(numbersYaml)));

const noYaml = async (name: string) => {
  if (name === 'yaml') throw new Error('Cannot find module');
};

describe('loadSpec', () => {
  it('builds the metadata generate writes, for a file relative to cwd', async () => {
    const { file, document, meta } = await loadSpec('numbers.yaml', { cwd: dir });
    expect(file).toBe('numbers.yaml');
    expect(document.openapi).toMatch(/^3\./);
    expect(JSON.parse(JSON.stringify(meta))).toEqual(
      JSON.parse(
        JSON.stringify({ operations: numbersMeta.operations, schemas: numbersMeta.schemas }),
      ),
    );
  });

  it('reads JSON without the yaml peer', async () => {
    const { meta } = await loadSpecWith('numbers.json', { cwd: dir }, noYaml);
    expect(Object.keys(meta.operations)).toEqual(Object.keys(numbersMeta.operations));
  });

  it('names the install command when YAML needs the missing peer', async () => {
    const error = await loadSpecWith('numbers.yaml', { cwd: dir }, noYaml).catch((e) => e);
    expect(error.message).toBe(
      'reading numbers.yaml (YAML) needs yaml, not installed; run: npm i -D yaml@^2',
    );
    expect(error.exitCode).toBe(2);
  });

  it.each([
    ['missing.yaml', null, /^missing\.yaml: cannot read it \(no such file\)$/, 2],
    ['swagger.json', '{"swagger":"2.0","paths":{}}', /^swagger\.json: is Swagger 2\.0/, 1],
    ['broken.json', '{"openapi":', /^broken\.json: not valid JSON: /, 1],
    [
      'no-ops.yaml',
      'openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\n',
      /^no-ops\.yaml: has no operations under `paths`$/,
      1,
    ],
  ] as const)('refuses %s with one line naming it', async (name, text, want, exitCode) => {
    if (text !== null) writeFileSync(join(dir, name), text);
    const error = await loadSpec(name, { cwd: dir }).catch((e) => e);
    expect(error.message).toMatch(want);
    expect(error.message).not.toContain('\n');
    expect(error.exitCode).toBe(exitCode);
  });
});
