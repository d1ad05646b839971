/**
 * The smoke script in a browser: test/fixtures/smoke.mjs (both clients against a Prism mock, and
 * the in-process sandbox story with MSW's handlers) bundled by esbuild from the packed tarballs
 * for the browser, served from a local node:http server and run by headless Chromium, which posts
 * the result back. Chromium comes from the machine (see support/chromium.ts: on CI as root it is
 * installed with apt; elsewhere, without one, the suite is skipped with the reason).
 * SKIP_PACK_TESTS=1 skips it (local iteration only).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PrismServer, startMock } from '@sinch-numbers/mock';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Chromium, chromium } from './support/chromium.js';
import { cleanEnv, killTree, tail } from './support/exec.js';
import { expectSandboxStory, type SandboxStoryResult } from './support/expect-story.js';
import { packedProject } from './support/packed.js';
import { copyFixture, removeScratch, scratchDir } from './support/scratch.js';
import { timed } from './support/timing.js';

const SKIP = process.env.SKIP_PACK_TESTS === '1';
// Installs the tarballs (shared with the other suites) and, on CI, Chromium from apt.
const SETUP_TIMEOUT = 10 * 60_000;
// Chromium starts in about a second on a quiet machine; this is for a cold, loaded one.
const RUN_TIMEOUT = 90_000;
const CALLBACK_SECRET = 'compat-callback-secret';

/** Reports load errors too: a module that throws while loading never runs its own try/catch. */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>smoke</title>
<script>
  addEventListener('error', (event) => {
    fetch('/result', { method: 'POST', body: JSON.stringify({ ok: false, error: String(event.error?.stack ?? event.message) }) });
  });
</script>
<script type="module" src="/bundle.js"></script>
</head><body></body></html>`;

type PageReport = { ok: true; result: BrowserSmoke } | { ok: false; error: string };

interface BrowserSmoke {
  runtime: { name: string; version: string };
  number: { phoneNumber?: string; nextChargeDateIsDate: boolean };
  listed: string[];
  validationError: string;
  webhook: { body: string; signature: string; good: boolean; tampered: boolean };
  sandbox: SandboxStoryResult;
}

/** Serves the page and the bundle; resolves `report` with the first POST to /result. */
function pageServer(bundle: string): { server: Server; report: Promise<PageReport> } {
  let deliver: (report: PageReport) => void = () => {};
  const report = new Promise<PageReport>((resolve) => {
    deliver = resolve;
  });
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/result') {
      let body = '';
      request.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      request.on('end', () => {
        response.writeHead(204).end();
        deliver(JSON.parse(body) as PageReport);
      });
      return;
    }
    const path = new URL(request.url ?? '/', 'http://page.test').pathname;
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    } else if (path === '/bundle.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    } else {
      response.writeHead(404).end();
    }
  });
  return { server, report };
}

describe.skipIf(SKIP)('browser: the smoke script from the packed tarballs', () => {
  let browser: Chromium;
  let projectDir: string;
  let scratch: string | undefined;
  let mock: PrismServer | undefined;

  beforeAll(async () => {
    const [packed, found] = await Promise.all([packedProject(), chromium()]);
    browser = found;
    projectDir = realpathSync(packed.projectDir);
    scratch = scratchDir(projectDir, 'browser-');
    for (const file of ['smoke.mjs', 'browser.mjs']) copyFixture(file, scratch);
    if (browser.available) {
      mock = await timed('mock start for the browser (workspace startMock)', () =>
        startMock({ spec: 'numbers', startTimeoutMs: 90_000 }),
      );
    }
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await mock?.stop();
    removeScratch(scratch);
  });

  it('headless Chromium: Prism through the client, and the sandbox story with MSW handlers', async (ctx) => {
    if (!browser.available) {
      console.log(`[compat] SKIPPED browser: ${browser.reason}`);
      return ctx.skip(`no browser on this machine: ${browser.reason}`);
    }
    if (browser.installed) console.log(`[compat] installed ${browser.version} with apt-get`);
    if (scratch === undefined || mock === undefined) throw new Error('beforeAll did not finish');
    const dir = scratch;
    const outfile = join(dir, 'browser.bundle.js');
    await timed('esbuild bundle for the browser', () =>
      build({
        entryPoints: [join(dir, 'browser.mjs')],
        absWorkingDir: dir,
        outfile,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        logLevel: 'silent',
      }),
    );
    const { server, report } = pageServer(readFileSync(outfile, 'utf8'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const profile = mkdtempSync(join(tmpdir(), 'sinch-numbers-chromium-'));
    let child: ChildProcess | undefined;
    let output = '';
    try {
      const url = `http://127.0.0.1:${port}/?mock=${encodeURIComponent(mock.url)}`;
      const started = performance.now();
      child = spawn(
        browser.bin,
        [
          '--headless',
          // Root (as on CI containers) cannot use Chromium's sandbox; the page is our own.
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--no-first-run',
          '--no-default-browser-check',
          `--user-data-dir=${profile}`,
          url,
        ],
        { env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
      });
      const exited = new Promise<never>((_, reject) => {
        child?.once('exit', (code, signal) =>
          reject(
            new Error(
              `Chromium exited (${code ?? signal}) before the page reported:\n${tail(output)}`,
            ),
          ),
        );
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`no report from the page after ${RUN_TIMEOUT} ms:\n${tail(output)}`)),
          RUN_TIMEOUT,
        );
      });
      const page = await Promise.race([report, exited, timeout]).finally(() => clearTimeout(timer));
      console.log(
        `[compat] browser page reported after ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      if (!page.ok) throw new Error(`the page failed:\n${page.error}`);
      const smoke = page.result;
      console.log(`[compat] ${browser.version}: ${JSON.stringify(smoke)}`);
      expect(smoke.runtime.name).toBe('browser');
      expect(smoke.runtime.version).toMatch(/HeadlessChrome|Chrome/);
      expect(smoke.number).toEqual({ phoneNumber: '+12025550134', nextChargeDateIsDate: true });
      expect(smoke.listed).toHaveLength(2);
      expect(smoke.validationError).toBe('ValidationError');
      const expected = createHmac('sha1', CALLBACK_SECRET).update(smoke.webhook.body).digest('hex');
      expect(smoke.webhook).toEqual({
        body: smoke.webhook.body,
        signature: expected,
        good: true,
        tampered: false,
      });
      // MSW runs in a browser (it has localStorage), so the handlers are there and answer.
      expectSandboxStory(smoke.sandbox, { msw: true });
    } finally {
      killTree(child?.pid);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 150_000);
});
