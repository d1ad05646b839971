/**
 * One smoke script (test/fixtures/smoke.mjs), run from the packed tarballs on every runtime we
 * claim: Node (the runner's own and 22), Bun, Deno and Cloudflare Workers (the browser has its own
 * suite, browser.test.ts). Two parts: the clients against a Prism mock started here, in the test
 * process, and the in-process sandbox story run inside the runtime itself. A runtime that cannot
 * be installed or started is skipped with the reason; one that starts and fails the script fails.
 * SKIP_PACK_TESTS=1 skips it (local iteration only).
 */
import { createHmac } from 'node:crypto';
import { copyFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { type PrismServer, startMock } from '@sinch-numbers/mock';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { describeFailure, type RunResult, run } from './support/exec.js';
import { expectSandboxStory, type SandboxStoryResult } from './support/expect-story.js';
import { packedProject } from './support/packed.js';
import { extraRuntimes, type Runtime, type RuntimeId } from './support/runtimes.js';
import { copyFixture, parseMarkedJson, removeScratch, scratchDir } from './support/scratch.js';
import { timed } from './support/timing.js';
import { FIXTURES_DIR } from './support/workspace.js';

const SKIP = process.env.SKIP_PACK_TESTS === '1';
// Installs the tarballs (shared with pack-install.test.ts) and four runtimes from a cold cache.
const SETUP_TIMEOUT = 10 * 60_000;
const RUN_TIMEOUT = 90_000;
const PHONE = '+12025550134';
// The same constant as in smoke.mjs: the test recomputes the signature with node:crypto, so a
// runtime whose WebCrypto HMAC differed would fail here, not just agree with itself.
const CALLBACK_SECRET = 'compat-callback-secret';
// A fixed date keeps the Workers behaviour stable across workerd updates; the client must not
// need any compatibility flag (no nodejs_compat).
const WORKERS_COMPATIBILITY_DATE = '2025-01-01';

interface SmokeResult {
  runtime: { name: string; version: string };
  number: { phoneNumber?: string; nextChargeDateIsDate: boolean };
  firstPage: { size: number; hasNextPage: boolean };
  listed: string[];
  regions: string[];
  validationError: string;
  webhook: { body: string; signature: string; good: boolean; tampered: boolean };
  sandbox: SandboxStoryResult;
}

/**
 * `msw: false` for the runtimes that get the mock's build without MSW (the `workerd` condition):
 * there reading `sandbox.handlers` must explain itself instead of answering.
 */
function expectSmoke(result: RunResult, runtime: string, msw = true): SmokeResult {
  expect(result.code, describeFailure(result)).toBe(0);
  const smoke = parseMarkedJson(result.stdout, 'SMOKE_RESULT ') as SmokeResult;
  console.log(`[compat] ${runtime}: ${JSON.stringify(smoke)}`);
  expect(smoke.number).toEqual({ phoneNumber: PHONE, nextChargeDateIsDate: true });
  expect(smoke.firstPage.size).toBeGreaterThan(0);
  expect(smoke.listed).toHaveLength(2);
  expect(smoke.listed.every((phone) => /^\+\d+$/.test(phone))).toBe(true);
  expect(smoke.regions).toContain('US');
  expect(smoke.validationError).toBe('ValidationError');
  const expected = createHmac('sha1', CALLBACK_SECRET).update(smoke.webhook.body).digest('hex');
  expect(smoke.webhook).toEqual({
    body: smoke.webhook.body,
    signature: expected,
    good: true,
    tampered: false,
  });
  expectSandboxStory(smoke.sandbox, { msw });
  return smoke;
}

describe.skipIf(SKIP)('runtime matrix: the smoke script from the packed tarballs', () => {
  let mock: PrismServer | undefined;
  let projectDir: string;
  let scratch: string | undefined;
  let runtimes: Record<RuntimeId, Runtime>;

  beforeAll(async () => {
    // Both installs hit the npm registry; they are independent, so they overlap.
    const [packed, extra] = await Promise.all([packedProject(), extraRuntimes()]);
    runtimes = extra;
    projectDir = realpathSync(packed.projectDir);
    scratch = scratchDir(projectDir, 'runtimes-');
    for (const file of ['smoke.mjs', 'run-smoke.mjs', 'worker.mjs']) copyFixture(file, scratch);
    // 2-3 s on a quiet 2-core machine; 90 s leaves room for a loaded one.
    mock = await timed('mock start (workspace startMock)', () =>
      startMock({ spec: 'numbers', startTimeoutMs: 90_000 }),
    );
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await mock?.stop();
    removeScratch(scratch);
  });

  function setup(): { mockUrl: string; script: string; dir: string } {
    if (mock === undefined || scratch === undefined) throw new Error('beforeAll did not finish');
    return { mockUrl: mock.url, script: join(scratch, 'run-smoke.mjs'), dir: scratch };
  }

  /** The installed runtime, or a skip naming why it is not there. */
  function need(ctx: TestContext, id: RuntimeId): Extract<Runtime, { available: true }> {
    const runtime = runtimes[id];
    if (!runtime.available) {
      console.log(`[compat] SKIPPED ${id}: ${runtime.reason}`);
      return ctx.skip(`${id} is not available on this machine: ${runtime.reason}`);
    }
    return runtime;
  }

  it(`Node ${process.version} (the runner's own Node)`, async () => {
    const { mockUrl, script } = setup();
    const result = await timed(`smoke on Node ${process.version}`, () =>
      run(process.execPath, [script, mockUrl], { cwd: projectDir, timeoutMs: RUN_TIMEOUT }),
    );
    const smoke = expectSmoke(result, `Node ${process.version}`);
    expect(smoke.runtime).toEqual({ name: 'node', version: process.versions.node });
  }, 120_000);

  it('Node 22 (npm package node@22)', async (ctx) => {
    const node22 = need(ctx, 'node22');
    const { mockUrl, script } = setup();
    const result = await timed(`smoke on Node ${node22.version}`, () =>
      run(node22.bin, [script, mockUrl], { cwd: projectDir, timeoutMs: RUN_TIMEOUT }),
    );
    const smoke = expectSmoke(result, `Node ${node22.version}`);
    expect(smoke.runtime).toEqual({ name: 'node', version: node22.version.replace(/^v/, '') });
  }, 120_000);

  it('Bun (npm package bun@1)', async (ctx) => {
    const bun = need(ctx, 'bun');
    const { mockUrl, script } = setup();
    const result = await timed(`smoke on Bun ${bun.version}`, () =>
      run(bun.bin, [script, mockUrl], {
        cwd: projectDir,
        // Never let Bun auto-install a missing package from the registry: resolve from
        // node_modules like everyone else, or fail.
        env: { BUN_CONFIG_NO_AUTO_INSTALL: '1' },
        timeoutMs: RUN_TIMEOUT,
      }),
    );
    const smoke = expectSmoke(result, `Bun ${bun.version}`);
    expect(smoke.runtime).toEqual({ name: 'bun', version: bun.version });
  }, 120_000);

  it('Deno (npm package deno@2)', async (ctx) => {
    const deno = need(ctx, 'deno');
    const { mockUrl, script } = setup();
    const result = await timed(`smoke on ${deno.version}`, () =>
      run(
        deno.bin,
        // Only the network permission the smoke needs: the mock on loopback. --no-lock keeps
        // Deno from writing a deno.lock into the shared project.
        ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', script, mockUrl],
        {
          cwd: projectDir,
          env: { DENO_DIR: join(deno.dir, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' },
          timeoutMs: RUN_TIMEOUT,
        },
      ),
    );
    const smoke = expectSmoke(result, deno.version);
    expect(smoke.runtime.name).toBe('deno');
    expect(deno.version).toContain(smoke.runtime.version);
  }, 120_000);

  it('Deno with no permissions at all: the in-process sandbox story alone', async (ctx) => {
    const deno = need(ctx, 'deno');
    const { script } = setup();
    // No --allow-* flag and no prompt: loading the mock (MSW's handlers included) and running the
    // story must read no environment variable, file or network.
    const result = await timed(`sandbox story on ${deno.version}, no permissions`, () =>
      run(deno.bin, ['run', '--no-lock', '--no-prompt', script], {
        cwd: projectDir,
        env: { DENO_DIR: join(deno.dir, 'deno-dir'), DENO_NO_UPDATE_CHECK: '1' },
        timeoutMs: RUN_TIMEOUT,
      }),
    );
    expect(result.code, describeFailure(result)).toBe(0);
    const story = parseMarkedJson(result.stdout, 'SMOKE_RESULT ') as {
      sandbox: SandboxStoryResult;
    };
    expectSandboxStory(story.sandbox, { msw: true });
  }, 120_000);

  /** Bundles worker.mjs the way Wrangler would (ESM, no Node built-ins) and runs it in workerd. */
  async function runWorker(
    workerd: Extract<Runtime, { available: true }>,
    conditions: string[],
    name: string,
  ): Promise<RunResult> {
    const { mockUrl, dir } = setup();
    const bundle = join(dir, `${name}.bundle.mjs`);
    await timed(`esbuild bundle of the worker (${name})`, () =>
      build({
        entryPoints: [join(dir, 'worker.mjs')],
        absWorkingDir: dir,
        outfile: bundle,
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        conditions,
        mainFields: ['module', 'main'],
        target: 'es2022',
        logLevel: 'silent',
      }),
    );
    // The runner sits next to the installed miniflare so its `import 'miniflare'` resolves.
    const runner = join(workerd.dir, 'run-workerd.mjs');
    copyFileSync(join(FIXTURES_DIR, 'run-workerd.mjs'), runner);
    return timed(`${name} on ${workerd.version}`, () =>
      run(process.execPath, [runner, bundle, mockUrl, WORKERS_COMPATIBILITY_DATE], {
        cwd: workerd.dir,
        timeoutMs: RUN_TIMEOUT,
      }),
    );
  }

  it('Cloudflare Workers (workerd through miniflare@4, no nodejs_compat)', async (ctx) => {
    const workerd = need(ctx, 'workerd');
    // Wrangler's conditions, in Wrangler's order: the mock resolves to its build without MSW.
    const result = await runWorker(workerd, ['workerd', 'worker', 'browser'], 'smoke');
    const smoke = expectSmoke(result, workerd.version, false);
    expect(smoke.runtime.name).toBe('workerd');
  }, 120_000);

  it('Cloudflare Workers: MSW itself still cannot start there (why the build without it exists)', async (ctx) => {
    const workerd = need(ctx, 'workerd');
    // Only `browser`: the mock resolves to its MSW build, and MSW's cookie store throws on load.
    const result = await runWorker(workerd, ['browser'], 'msw-build');
    expect(
      result.code,
      'MSW now starts on workerd: the mock no longer needs its build without MSW ' +
        '(index-no-msw.ts, ready-client-no-msw.ts and the workerd/worker/edge-light conditions)',
    ).not.toBe(0);
    expect(`${result.stdout}\n${result.stderr}`).toMatch(/localStorage/);
  }, 120_000);
});
