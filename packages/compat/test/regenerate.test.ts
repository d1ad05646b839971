/**
 * Issue 18 end to end, from the packed tarballs: a user copies our Numbers document, adds a
 * query parameter, response properties (one a date-time) and an operation, runs the installed
 * `sinch-numbers-fetch` bin to regenerate into their project, compiles with tsc (the new
 * parameter type-checks on the low-level client, a wrong one does not), and runs the result
 * against the in-process mock serving the same document; then the installed
 * `sinch-numbers-mock --sandbox --spec` serves that document over HTTP. Uses the one compat
 * install (the generator's peers are installed there, as the bin's help tells users to).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanEnv, describeFailure, run } from './support/exec.js';
import { type PackedProject, packedProject } from './support/packed.js';
import { waitForOutput } from './support/processes.js';
import { copyFixture, removeScratch, scratchDir } from './support/scratch.js';
import { timed } from './support/timing.js';
import { REPO_ROOT } from './support/workspace.js';

const SKIP = process.env.SKIP_PACK_TESTS === '1';
const INSTALL_TIMEOUT = 10 * 60_000;
// The bin, tsc and the consumer take 2-6 s together on a quiet 2-core machine.
const STEP_TIMEOUT = 150_000;

type Json = Record<string, any>;

/** Our document with what a newer one from Sinch might add. */
function newerDocument(): Json {
  const doc = parse(readFileSync(join(REPO_ROOT, 'spec', 'numbers.yaml'), 'utf8'));
  doc.info.version = '1.1.0';
  doc.paths['/v1/projects/{projectId}/activeNumbers'].get.parameters = [
    {
      name: 'nickname',
      in: 'query',
      description: 'Only numbers with this nickname.',
      schema: { type: 'string' },
    },
  ];
  const number = doc.components.schemas.ActiveNumberResponse;
  number.properties.nickname = { type: 'string', description: 'A name the project gave it.' };
  number.properties.nicknamedAt = {
    type: 'string',
    format: 'date-time',
    description: 'When the nickname was set.',
  };
  const nicknamed = { nickname: 'front desk', nicknamedAt: '2026-05-01T08:00:00Z' };
  const responses = doc.components.responses;
  Object.assign(
    responses.ListActiveNumbersResponse.content['application/json'].example.activeNumbers[0],
    nicknamed,
  );
  Object.assign(responses.ActiveNumberResponse.content['application/json'].example, nicknamed);
  doc.paths['/v1/projects/{projectId}/widgets/{widgetId}'] = {
    parameters: [
      { $ref: '#/components/parameters/projectId' },
      {
        name: 'widgetId',
        in: 'path',
        required: true,
        description: 'The widget.',
        schema: { type: 'string' },
      },
    ],
    get: {
      operationId: 'NumberService_GetWidget',
      'x-sdk': { method: 'widget.get', retry: 'safe' },
      summary: 'Get a widget',
      description: 'Returns one widget of the project.',
      tags: ['Active Number'],
      responses: {
        '200': {
          description: 'The widget.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['widgetId'],
                properties: {
                  widgetId: { type: 'string' },
                  createdAt: { type: 'string', format: 'date-time' },
                },
              },
              example: { widgetId: 'w-1', createdAt: '2026-05-01T08:00:00Z' },
            },
          },
        },
        '404': { $ref: '#/components/responses/NotFound' },
      },
    },
  };
  return doc;
}

describe.skipIf(SKIP)('regenerating from a newer document, from the packed tarballs', () => {
  let packed: PackedProject;
  let projectDir: string;
  let dir: string | undefined;

  beforeAll(async () => {
    packed = await packedProject();
    projectDir = realpathSync(packed.projectDir);
    dir = scratchDir(projectDir, 'regenerate-');
  }, INSTALL_TIMEOUT);

  afterAll(() => removeScratch(dir));

  it(
    'generate, spec-diff, tsc and a run against the mock serving the same document',
    async () => {
      if (dir === undefined) throw new Error('beforeAll did not finish');
      const cwd = dir;
      const started = performance.now();
      writeFileSync(join(cwd, 'numbers-next.json'), JSON.stringify(newerDocument(), null, 2));
      const bin = join(projectDir, 'node_modules', '.bin', 'sinch-numbers-fetch');

      const diff = await timed('sinch-numbers-fetch spec-diff', () =>
        run(
          bin,
          [
            'spec-diff',
            '../node_modules/@sinch-numbers/mock/specs/numbers.yaml',
            'numbers-next.json',
          ],
          {
            cwd,
            timeoutMs: STEP_TIMEOUT,
          },
        ),
      );
      expect(diff.code, describeFailure(diff)).toBe(0);
      expect(diff.stdout).toMatch(/^Additions \(\d+\):/m);
      expect(diff.stdout).toMatch(/NumberService_GetWidget/);
      expect(diff.stdout).not.toMatch(/Breaking/);

      const generated = await timed('sinch-numbers-fetch generate', () =>
        run(bin, ['generate', 'numbers-next.json', '--out', 'sinch'], {
          cwd,
          timeoutMs: STEP_TIMEOUT,
        }),
      );
      expect(generated.code, describeFailure(generated)).toBe(0);
      // Lint warnings (openapi-core 1.x flags some of our examples) are one line, never an error.
      expect(generated.stderr).not.toMatch(/error/i);
      expect(generated.stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
      expect(generated.stdout.trim()).toBe(
        'generated: sinch/numbers.ts, sinch/numbers-dates.ts, sinch/numbers-meta.ts',
      );
      expect(readFileSync(join(cwd, 'sinch', 'numbers-meta.ts'), 'utf8')).toContain(
        "from '@sinch-numbers/fetch/meta'",
      );

      copyFixture('regenerate-consumer.ts', cwd, 'consumer.ts');
      writeFileSync(
        join(cwd, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            skipLibCheck: false,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            resolveJsonModule: true,
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
      // The project's own TypeScript: the peer the bin needs, installed as its help says.
      const tsc = join(projectDir, 'node_modules', 'typescript', 'bin', 'tsc');
      const compiled = await timed('tsc of the regenerated consumer', () =>
        run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd, timeoutMs: STEP_TIMEOUT }),
      );
      expect(compiled.code, describeFailure(compiled)).toBe(0);

      const ran = await timed('regenerated consumer', () =>
        run(process.execPath, ['consumer.js'], { cwd, timeoutMs: STEP_TIMEOUT }),
      );
      expect(ran.code, describeFailure(ran)).toBe(0);
      expect(JSON.parse(ran.stdout.trim().split('\n').pop() ?? '')).toEqual({
        low: { nickname: 'front desk', widget: 'w-1', status: 200 },
        high: {
          nickname: 'front desk',
          nicknamedAtIsDate: true,
          widget: 'w-1',
          widgetCreatedAtIsDate: true,
          getNicknamedAtIsDate: true,
        },
        sentNickname: 2,
      });

      // The sandbox over HTTP, from the same document given on the command line.
      const mockBin = join(projectDir, 'node_modules', '.bin', 'sinch-numbers-mock');
      const mock = spawn(mockBin, ['--sandbox', '--port', '0', '--spec', 'numbers-next.json'], {
        cwd,
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      try {
        const url = await waitForOutput(
          mock,
          /\(Numbers from numbers-next\.json, 23 operations; Voice\) listening on (http:\/\/\S+)/,
          STEP_TIMEOUT,
        );
        const project = `${url}/v1/projects/sandbox-project`;
        const headers = { authorization: `Basic ${btoa('compat-key:compat-secret')}` };
        const widget = await fetch(`${project}/widgets/w-1`, { headers });
        expect(widget.status).toBe(200);
        expect(await widget.json()).toEqual({ widgetId: 'w-1', createdAt: '2026-05-01T08:00:00Z' });
        const typo = await fetch(`${project}/activeNumbers?nicknme=front%20desk`, { headers });
        expect(typo.status).toBe(400);
        expect(JSON.stringify(await typo.json())).toMatch(/did you mean nickname/);
      } finally {
        if (mock.exitCode === null && mock.signalCode === null) {
          const exited = once(mock, 'exit');
          mock.kill('SIGTERM');
          await exited;
        }
      }
      console.log(`[compat] regenerate end to end: ${Math.round(performance.now() - started)} ms`);
    },
    5 * STEP_TIMEOUT,
  );
});
