/**
 * The published packages as a user gets them: `pnpm pack`ed, installed with npm into a fresh
 * project outside the workspace, then imported from ESM and CommonJS, type-checked under NodeNext
 * and Bundler, the mock's bin started and stopped, and every tarball checked for leaked workspace
 * files and for missing ones. SKIP_PACK_TESTS=1 skips it (local iteration only).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PrismServer, startMock } from '@sinch-numbers/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, describeFailure, type RunResult, run } from './support/exec.js';
import { type PackedProject, packedProject } from './support/packed.js';
import {
  descendants,
  killAll,
  processesMatching,
  waitForOutput,
  waitGone,
} from './support/processes.js';
import { copyFixture, removeScratch, scratchDir } from './support/scratch.js';
import { listTarball, readPackedManifest } from './support/tarball.js';
import { timed } from './support/timing.js';
import { type Manifest, publicPackages } from './support/workspace.js';

const SKIP = process.env.SKIP_PACK_TESTS === '1';
// A cold npm cache has to download Prism and its ~200 dependencies: minutes on a slow runner.
const INSTALL_TIMEOUT = 10 * 60_000;
// A consumer script takes 1-4 s on a quiet 2-core machine (Prism included, which the fixtures
// give 90 s to start); it is killed after 150 s, inside the test's 180 s.
const RUN_TIMEOUT = 150_000;
const PHONE = '+12025550134';

// What the consumer scripts print (see test/fixtures/*-consumer.*).
interface ConsumerOutput {
  resolved: Record<string, string>;
  high: { phoneNumber?: string; nextChargeDateIsDate: boolean };
  low: { status: number; phoneNumber?: string };
  sandbox?: { rented?: string };
  /** The CommonJS consumer's call to a server that never answers. */
  timeout?: { name: string; typed?: boolean };
}

function lastLine(stdout: string): string {
  return stdout.trim().split('\n').pop() ?? '';
}

function expectCalls(result: RunResult): ConsumerOutput {
  expect(result.code, describeFailure(result)).toBe(0);
  const output = JSON.parse(lastLine(result.stdout)) as ConsumerOutput;
  expect(output.high).toEqual({ phoneNumber: PHONE, nextChargeDateIsDate: true });
  expect(output.low).toEqual({ status: 200, phoneNumber: PHONE });
  return output;
}

/** Prism started from the installed mock must be gone once the script that started it is. */
async function expectNoPrismFrom(projectDir: string): Promise<void> {
  const prismPath = join(projectDir, 'node_modules', '@stoplight', 'prism-cli');
  const left = await waitGone(processesMatching(prismPath).map((row) => row.pid));
  expect(left, `Prism processes left running from ${prismPath}`).toEqual([]);
}

describe.skipIf(SKIP)('packed tarballs installed with npm outside the workspace', () => {
  let packed: PackedProject;
  let projectDir: string;
  let scratch: string | undefined;

  beforeAll(async () => {
    packed = await packedProject();
    // The real path, because Node reports resolved files by it (/tmp may be a symlink).
    projectDir = realpathSync(packed.projectDir);
    scratch = scratchDir(projectDir, 'pack-install-');
  }, INSTALL_TIMEOUT);

  afterAll(() => removeScratch(scratch));

  const scratchPath = (): string => {
    if (scratch === undefined) throw new Error('beforeAll did not finish');
    return scratch;
  };

  it('ESM: a .mjs script imports both clients and the mock, and calls the mock through each', async () => {
    const script = copyFixture('esm-consumer.mjs', scratchPath());
    const result = await timed('ESM consumer script', () =>
      run(process.execPath, [script], { cwd: projectDir, timeoutMs: RUN_TIMEOUT }),
    );
    const output = expectCalls(result);
    // The ESM builds, from the installed tarballs: not the workspace, not the CJS files.
    const modules = join(projectDir, 'node_modules', '@sinch-numbers');
    expect(output.resolved).toEqual({
      client: expect.any(String),
      fetch: expect.any(String),
      mock: expect.any(String),
      mockClient: expect.any(String),
    });
    expect(output.sandbox).toEqual({ rented: '+12025550191' });
    expect(fileURLToPath(output.resolved.mockClient ?? '')).toBe(
      join(modules, 'mock/dist/client.js'),
    );
    expect(fileURLToPath(output.resolved.client ?? '')).toBe(join(modules, 'client/dist/index.js'));
    expect(fileURLToPath(output.resolved.fetch ?? '')).toBe(join(modules, 'fetch/dist/index.js'));
    expect(fileURLToPath(output.resolved.mock ?? '')).toBe(join(modules, 'mock/dist/index.mjs'));
    await expectNoPrismFrom(projectDir);
  }, 180_000);

  it('features: a script does what the client README shows, credentials from SINCH_* variables', async () => {
    const script = copyFixture('features-consumer.mjs', scratchPath());
    const result = await timed('features consumer script', () =>
      run(process.execPath, [script], {
        cwd: projectDir,
        env: {
          SINCH_PROJECT_ID: 'compat-project',
          SINCH_KEY_ID: 'compat-key',
          SINCH_KEY_SECRET: 'compat-secret',
          SINCH_APPLICATION_KEY: undefined,
          SINCH_APPLICATION_SECRET: undefined,
          SINCH_LOG: undefined,
        },
        timeoutMs: 90_000,
      }),
    );
    expect(result.code, describeFailure(result)).toBe(0);
    expect(JSON.parse(lastLine(result.stdout))).toEqual({
      misnamed: {
        configurationError: true,
        option: 'baseUrl',
        message: 'SinchClient: baseUrl is not an option; did you mean numbersBaseUrl?',
      },
      names: {
        grouped: PHONE,
        flat: PHONE,
        rented: expect.stringMatching(/^\+1\d{10}$/),
        callbacksHasSecret: true,
        searchCount: expect.any(Number),
        pageCount: 2,
        pageAliasIsData: true,
        pageJsonKeys: ['data', 'hasNextPage', 'nextPageToken', 'totalSize'],
      },
      notFound: { notFoundError: true, label: 'activeNumber.get' },
      withResponse: {
        status: 200,
        phoneNumber: PHONE,
        requestIdType: expect.stringMatching(/^(string|undefined)$/),
        jsonUnchanged: true,
      },
      warned: { pageCount: expect.any(Number) },
      raw: { regions: true },
      logged: [
        {
          level: 'warn',
          message: expect.stringMatching(
            /^sinch: activeNumber\.list sent despite: filterSinchAddedLater /,
          ),
        },
      ],
    });
    await expectNoPrismFrom(projectDir);
  }, 120_000);

  describe('CommonJS', () => {
    let mock: PrismServer | undefined;
    afterAll(async () => {
      await mock?.stop();
    });

    it('a .cjs script require()s both clients and calls a mock through each', async () => {
      // The mock comes from the test process here, so this test is about the clients' CJS
      // builds alone; the next one covers require('@sinch-numbers/mock').
      mock = await startMock({ spec: 'numbers', startTimeoutMs: 90_000 });
      const script = copyFixture('cjs-consumer.cjs', scratchPath());
      const result = await timed('CJS consumer script (clients)', () =>
        run(process.execPath, [script], {
          cwd: projectDir,
          env: { SINCH_MOCK_URL: mock?.url },
          timeoutMs: RUN_TIMEOUT,
        }),
      );
      const output = expectCalls(result);
      // The default transport, loaded on the first request, is the CommonJS build's.
      expect(output.timeout).toEqual({ name: 'TimeoutError', typed: true });
      const modules = join(projectDir, 'node_modules', '@sinch-numbers');
      expect(output.resolved).toEqual({
        client: join(modules, 'client/dist/index.cjs'),
        fetch: join(modules, 'fetch/dist/index.cjs'),
      });
    }, 180_000);

    it("require('@sinch-numbers/mock').startMock() starts and stops the mock from CommonJS", async () => {
      const script = copyFixture('cjs-consumer.cjs', scratchPath());
      const result = await timed('CJS consumer script (with the mock)', () =>
        run(process.execPath, [script], {
          cwd: projectDir,
          env: { SINCH_MOCK_URL: undefined },
          timeoutMs: RUN_TIMEOUT,
        }),
      );
      const output = expectCalls(result);
      expect(output.resolved.mock).toBe(
        join(projectDir, 'node_modules', '@sinch-numbers', 'mock', 'dist', 'index.cjs'),
      );
      await expectNoPrismFrom(projectDir);
    }, 180_000);
  });

  describe('types, strict and with skipLibCheck: false', () => {
    // The workspace's own TypeScript, as a user's project would have its own.
    const tsc = join(
      dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
      'bin',
      'tsc',
    );
    const compilerOptions = {
      strict: true,
      // The point of the exercise: check our .d.ts/.d.cts files (and what they import).
      skipLibCheck: false,
      noEmit: true,
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      // The clients promise to run wherever fetch does, so their types must not need @types/node.
      types: [],
    };

    /** Type-checks `files` (copies of consumer.ts); returns the declaration files tsc read. */
    async function typecheck(name: string, options: object, files: string[]): Promise<string[]> {
      const dir = join(scratchPath(), `types-${name}`);
      mkdirSync(dir, { recursive: true });
      for (const file of files) copyFixture('consumer.ts', dir, file);
      const config = join(dir, 'tsconfig.json');
      writeFileSync(
        config,
        JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2),
      );
      const result = await timed(`tsc --noEmit (${name})`, () =>
        run(process.execPath, [tsc, '-p', config, '--listFiles'], { cwd: dir, timeoutMs: 180_000 }),
      );
      expect(result.code, describeFailure(result)).toBe(0);
      // tsc prints forward slashes on every platform.
      const marker = 'node_modules/@sinch-numbers/';
      return result.stdout
        .split('\n')
        .filter((line) => line.includes(marker))
        .map((line) => line.slice(line.indexOf(marker) + marker.length).trim());
    }

    it('moduleResolution NodeNext: consumer.ts (ESM, .d.ts) and consumer.cts (CJS, .d.cts)', async () => {
      const read = await typecheck(
        'nodenext',
        { module: 'NodeNext', moduleResolution: 'NodeNext' },
        ['consumer.ts', 'consumer.cts'],
      );
      // Both flavours of both packages' declarations were really checked.
      expect(read).toEqual(
        expect.arrayContaining([
          'client/dist/index.d.ts',
          'client/dist/index.d.cts',
          'fetch/dist/index.d.ts',
          'fetch/dist/index.d.cts',
        ]),
      );
    }, 240_000);

    it('moduleResolution Bundler (module ESNext): consumer.ts', async () => {
      const read = await typecheck('bundler', { module: 'ESNext', moduleResolution: 'Bundler' }, [
        'consumer.ts',
      ]);
      expect(read).toEqual(
        expect.arrayContaining(['client/dist/index.d.ts', 'fetch/dist/index.d.ts']),
      );
    }, 240_000);
  });

  it('bin: sinch-numbers-mock --port 0 prints its URL, serves the spec, and stops with no Prism left', async () => {
    const bin = join(projectDir, 'node_modules', '.bin', 'sinch-numbers-mock');
    const started = performance.now();
    // The linked bin itself (shebang, exec bit), as `npx sinch-numbers-mock` would run it.
    const child = spawn(bin, ['--port', '0'], {
      cwd: projectDir,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tree: number[] = [];
    try {
      // 6-7 s on a quiet 2-core machine (the bin, the guard and a cold Prism from the install).
      const url = await waitForOutput(child, /listening on (http:\/\/[^\s]+)/, 150_000);
      console.log(
        `[compat] mock bin listening after ${Math.round(performance.now() - started)} ms`,
      );
      const below = descendants(child.pid ?? -1);
      tree = below.map((row) => row.pid);
      // bin -> guard.cjs -> Prism, all from the installed packages.
      expect(
        below.some((row) =>
          row.args.includes(join(projectDir, 'node_modules', '@stoplight', 'prism-cli')),
        ),
      ).toBe(true);

      const response = await fetch(
        `${url}/v1/projects/compat-project/activeNumbers/${encodeURIComponent(PHONE)}`,
        { headers: { authorization: `Basic ${btoa('compat-key:compat-secret')}` } },
      );
      expect(response.status).toBe(200);
      expect(((await response.json()) as { phoneNumber?: string }).phoneNumber).toBe(PHONE);

      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code, signal] = (await Promise.race([
        exited,
        new Promise((_, reject) =>
          setTimeout(
            () => reject(new Error('the bin did not exit within 60 s of SIGTERM')),
            60_000,
          ),
        ),
      ])) as [number | null, NodeJS.Signals | null];
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(await waitGone(tree), 'guard or Prism still running after the bin exited').toEqual([]);
    } finally {
      killAll(
        [...(child.exitCode === null ? [child.pid ?? -1] : []), ...tree].filter((pid) => pid > 0),
      );
    }
  }, 300_000);

  describe('tarball contents', () => {
    // Workspace files that must never be published.
    const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
      [/\.test(-d)?\.[cm]?[jt]sx?$/, 'a test file'],
      [/^test\//, 'the test folder'],
      [/(^|\/)tsconfig[^/]*\.json$/, 'a tsconfig'],
      [/(^|\/)tsdown\.config\.[cm]?[jt]s$/, 'the tsdown config'],
      [/(^|\/)turbo\.json$/, 'turbo.json'],
      [/(^|\/)vitest\.config\.[cm]?[jt]s$/, 'the vitest config'],
      [/(^|\/)\.turbo\//, 'the turbo cache'],
      [/(^|\/)node_modules\//, 'node_modules'],
      [/\.tgz$/, 'a tarball'],
      [/(^|\/)\.env(\.|$)/, 'an env file'],
    ];
    // Files users need that no manifest field names.
    const EXTRA_REQUIRED: Record<string, string[]> = {
      '@sinch-numbers/mock': ['specs/numbers.yaml', 'specs/voice-applications.yaml', 'guard.cjs'],
    };

    /** Every file path a manifest points at: exports (all conditions), main, module, types, bin. */
    function referencedPaths(manifest: Manifest): string[] {
      const paths: string[] = [];
      const walk = (value: unknown): void => {
        if (typeof value === 'string') paths.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(manifest.exports);
      walk([manifest.main, manifest.module, manifest.types]);
      walk(manifest.bin);
      return [...new Set(paths.map((path) => path.replace(/^\.\//, '')))];
    }

    for (const pkg of publicPackages()) {
      it(`${pkg.name}: nothing from the workspace leaks in, nothing users need is missing`, async () => {
        const tarball = packed.tarballs.find((t) => t.name === pkg.name);
        if (!tarball) throw new Error(`${pkg.name} was not packed`);
        const files = await listTarball(tarball.file);
        const { text, manifest } = await readPackedManifest(tarball.file);

        const leaks = files.flatMap((file) =>
          FORBIDDEN.filter(([pattern]) => pattern.test(file)).map(
            ([, what]) => `${file} (${what})`,
          ),
        );
        expect(leaks, `workspace files in ${tarball.file}`).toEqual([]);

        const required = [
          ...referencedPaths(manifest),
          ...(EXTRA_REQUIRED[pkg.name] ?? []),
          'README.md',
        ];
        const missing = required.filter((path) => {
          if (!path.includes('*')) return !files.includes(path);
          // A subpath pattern ("./specs/*") must match at least one file.
          const pattern = new RegExp(
            `^${path
              .split('*')
              .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
              .join('.+')}$`,
          );
          return !files.some((file) => pattern.test(file));
        });
        expect(missing, `files named by ${pkg.name}'s package.json or needed at run time`).toEqual(
          [],
        );

        // pnpm must have rewritten every workspace:/catalog: spec; npm users cannot resolve them.
        expect(text).not.toMatch(/"(workspace|catalog):/);

        // Every bin is linked by npm in the consumer project.
        const bins =
          typeof manifest.bin === 'string'
            ? { [manifest.name.split('/').pop() ?? '']: manifest.bin }
            : (manifest.bin ?? {});
        for (const name of Object.keys(bins)) {
          expect(
            existsSync(join(projectDir, 'node_modules', '.bin', name)),
            `bin ${name} linked`,
          ).toBe(true);
        }
        // And the installed copy is this tarball (npm did not take a registry version instead).
        const lock = JSON.parse(readFileSync(join(projectDir, 'package-lock.json'), 'utf8')) as {
          packages: Record<string, { resolved?: string }>;
        };
        expect(lock.packages[`node_modules/${pkg.name}`]?.resolved).toMatch(/^file:.*\.tgz$/);
      }, 60_000);
    }
  });
});
