/**
 * The `sinch-numbers-fetch` command run in-process: its help, its errors (one line, naming the
 * file and the problem, with the documented exit code), `generate` producing what our own
 * generator produces, `--check`, and `spec-diff`'s report and exit code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type Io, main } from './cli.js';
import { installCommand, requirePeers } from './peers.js';

const dir = mkdtempSync(join(tmpdir(), 'sinch-fetch-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const specDir = new URL('../../../../spec/', import.meta.url);
const numbersYaml = readFileSync(new URL('numbers.yaml', specDir), 'utf8');
const generated = (file: string) =>
  readFileSync(new URL(`../generated/${file}`, import.meta.url), 'utf8');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), cwd: dir };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function write(name: string, doc: unknown): string {
  writeFileSync(join(dir, name), typeof doc === 'string' ? doc : stringify(doc));
  return name;
}

/** Our Numbers document, changed by `edit`. */
function numbersWith(edit: (doc: Record<string, any>) => void): Record<string, any> {
  const doc = parse(numbersYaml);
  edit(doc);
  return doc;
}

/** The body of a generated file, after its header comment. */
const body = (text: string) => text.slice(text.indexOf('*/') + 2);

describe('help and usage errors', () => {
  it('--help lists both commands and the exit codes', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out).toMatch(/generate <spec> --out <dir>/);
    expect(out).toMatch(/spec-diff <old> <new>/);
    expect(out).toMatch(/Exit codes:/);
    expect(out).toContain(installCommand(['openapi-typescript', 'typescript', 'yaml']));
  });

  it('each command has its own help', async () => {
    expect((await run('generate', '--help')).out).toMatch(/--check .*exit 1/);
    expect((await run('spec-diff', '-h')).out).toMatch(/1 {2}at least one breaking change/);
  });

  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['generate'], /generate needs the spec file/],
    [['generate', 'a.yaml'], /generate needs --out <dir>/],
    [['generate', 'a.yaml', '--out', 'x', '--outt', 'y'], /Unknown option '--outt'/],
    [
      ['generate', 'missing.yaml', '--out', 'x'],
      /^error: missing\.yaml: cannot read it \(no such file\)$/,
    ],
    [['generate', 'a.yaml', '--out', 'x', '--name', 'Bad Name'], /--name must be lowercase/],
    [['spec-diff', 'only-one.yaml'], /spec-diff needs two documents/],
  ])('%j exits 2 with one line saying what is wrong', async (args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBe(2);
    expect(err.split('\n')).toHaveLength(1);
    expect(err).toMatch(message);
  });

  it('a missing peer package is named with the command that installs it', async () => {
    const missing = requirePeers(['openapi-typescript', 'yaml'], 'generate', async (name) => {
      if (name === 'yaml') throw new Error('not found');
    });
    await expect(missing).rejects.toThrow(
      'generate needs yaml, not installed; run: npm i -D yaml@^2',
    );
  });
});

describe('generate: documents it cannot use', () => {
  it.each([
    [
      'swagger.yaml',
      { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} },
      /swagger\.yaml: is Swagger 2\.0; only OpenAPI 3\.x/,
    ],
    [
      'no-version.yaml',
      { info: { title: 't' }, paths: {} },
      /no-version\.yaml: not an OpenAPI document/,
    ],
    ['broken.yaml', 'openapi: 3.0.3\npaths: {\n  : [', /broken\.yaml: not valid YAML: /],
    ['broken.json', '{"openapi": ', /broken\.json: not valid JSON: /],
    [
      'no-id.yaml',
      numbersWith((d) => {
        delete d.paths['/v1/projects/{projectId}/activeNumbers'].get.operationId;
      }),
      /no-id\.yaml: GET \/v1\/projects\/\{projectId\}\/activeNumbers has no operationId/,
    ],
    [
      'bad-sdk.yaml',
      numbersWith((d) => {
        d.paths['/v1/projects/{projectId}/activeNumbers'].get['x-sdk'].retry = 'always';
      }),
      /bad-sdk\.yaml: NumberService_ListActiveNumbers: x-sdk\.retry must be one of safe, never/,
    ],
    [
      'bad-ref.yaml',
      numbersWith((d) => {
        d.components.schemas.ActiveNumberResponse.properties.extra = {
          $ref: '#/components/schemas/Nope',
        };
      }),
      /bad-ref\.yaml: no-unresolved-refs: /,
    ],
  ])('%s: exit 1, one line naming the file and the problem', async (name, doc, message) => {
    const { code, err } = await run('generate', write(name, doc), '--out', 'never');
    expect(code).toBe(1);
    expect(err).toMatch(new RegExp(`^error: ${message.source}`));
    expect(err.split('\n')).toHaveLength(1);
  });
});

describe('generate', () => {
  it('writes the three files our generator writes for our document, metadata types from the package', async () => {
    const spec = write('numbers.yaml', numbersYaml);
    const { code, out, err } = await run('generate', spec, '--out', 'gen');
    expect(code).toBe(0);
    expect(out).toBe('generated: gen/numbers.ts, gen/numbers-dates.ts, gen/numbers-meta.ts');
    // openapi-core 1.x (which openapi-typescript brings) warns where Redocly CLI 2 does not.
    expect(err).not.toMatch(/error/);
    const written = (file: string) => readFileSync(join(dir, 'gen', file), 'utf8');
    expect(body(written('numbers.ts'))).toBe(body(generated('numbers.ts')));
    expect(body(written('numbers-dates.ts'))).toBe(body(generated('numbers-dates.ts')));
    expect(body(written('numbers-meta.ts'))).toBe(
      body(generated('numbers-meta.ts')).replace(
        "from '../meta/types.js'",
        "from '@sinch-numbers/fetch/meta'",
      ),
    );
    expect(written('numbers-meta.ts')).toMatch(
      /Source: numbers\.yaml \(info\.version 1\.0\.3\), kind "meta", by @sinch-numbers\/fetch \d/,
    );
    expect(written('numbers.ts')).toContain(
      'run `npx @sinch-numbers/fetch generate numbers.yaml --out gen` instead',
    );

    // --check: nothing to do, then a change to the document makes it fail without writing.
    expect(await run('generate', spec, '--out', 'gen', '--check', '--no-lint')).toMatchObject({
      code: 0,
      out: 'up to date: gen/numbers.ts, gen/numbers-dates.ts, gen/numbers-meta.ts',
    });
    write(
      'numbers.yaml',
      numbersWith((d) => {
        d.components.schemas.ActiveNumberResponse.properties.nickname = { type: 'string' };
      }),
    );
    const stale = await run('generate', spec, '--out', 'gen', '--check', '--no-lint');
    expect(stale.code).toBe(1);
    // The Date-typed file only aliases the wire types' roots, so a new property leaves it as it is.
    expect(stale.err).toBe(
      'would change: gen/numbers.ts, gen/numbers-meta.ts (run without --check to write them)',
    );
    expect(written('numbers.ts')).not.toContain('nickname');
  }, 60_000);
});

describe('spec-diff', () => {
  it('prints the report and exits 0 without a breaking change, 1 with one', async () => {
    const old = write('old.yaml', numbersYaml);
    const added = write(
      'added.yaml',
      numbersWith((d) => {
        d.components.schemas.ActiveNumberResponse.properties.nickname = { type: 'string' };
      }),
    );
    const removed = write(
      'removed.yaml',
      numbersWith((d) => {
        delete d.paths['/v1/projects/{projectId}/activeNumbers'];
      }),
    );
    expect(await run('spec-diff', old, old)).toEqual({ code: 0, out: 'No changes.', err: '' });
    const addition = await run('spec-diff', old, added);
    expect(addition.code).toBe(0);
    expect(addition.out).toMatch(/^Additions \(1\):\n {2}- ActiveNumberResponse\.nickname: /);
    expect(addition.out).toMatch(/Release bump for client packages: minor$/);
    const breaking = await run('spec-diff', old, removed, '--json');
    expect(breaking.code).toBe(1);
    expect(JSON.parse(breaking.out)).toMatchObject({
      bump: 'major',
      changes: expect.arrayContaining([
        expect.objectContaining({ kind: 'operation-removed', severity: 'breaking' }),
      ]),
    });
  });

  it('a document it cannot read is a usage error (exit 1 means breaking)', async () => {
    const { code, err } = await run('spec-diff', write('x.yaml', numbersYaml), 'nope.yaml');
    expect(code).toBe(2);
    expect(err).toBe('error: nope.yaml: cannot read it (no such file)');
  });
});
