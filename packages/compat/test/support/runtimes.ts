/**
 * The extra runtimes, installed as npm packages into a cached folder of their own (never into
 * the workspace): Node 22, Bun, Deno, and workerd through miniflare. Each is then started with
 * `--version`; one that cannot be installed or started is reported unavailable with the reason,
 * and its test is skipped with that reason.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheRoot, isReady, markReady, prune, readyAgeMs, withLock } from './cache.js';
import { describeFailure, run, tail } from './exec.js';
import { timed } from './timing.js';

export type RuntimeId = 'node22' | 'bun' | 'deno' | 'workerd';

interface RuntimeSpec {
  id: RuntimeId;
  /** What npm installs. Majors are pinned so a new major is a deliberate change. */
  spec: string;
  /** The package whose install scripts npm may have skipped. */
  pkg: string;
  /** Relative to the install folder. */
  bin: string;
  versionPattern: RegExp;
}

const SPECS: readonly RuntimeSpec[] = [
  {
    id: 'node22',
    spec: 'node@22',
    pkg: 'node',
    bin: 'node_modules/.bin/node',
    versionPattern: /^v22\./,
  },
  { id: 'bun', spec: 'bun@1', pkg: 'bun', bin: 'node_modules/.bin/bun', versionPattern: /^1\./ },
  {
    id: 'deno',
    spec: 'deno@2',
    pkg: 'deno',
    bin: 'node_modules/.bin/deno',
    versionPattern: /^deno 2\./,
  },
  // miniflare brings workerd (the Workers runtime) as a dependency and drives it.
  {
    id: 'workerd',
    spec: 'miniflare@4',
    pkg: 'workerd',
    bin: 'node_modules/.bin/workerd',
    versionPattern: /^workerd /,
  },
];

export type Runtime =
  | { id: RuntimeId; available: true; bin: string; version: string; dir: string }
  | { id: RuntimeId; available: false; reason: string };

// Runtimes move fast and the specs float within a major: refresh a cached install weekly.
const MAX_AGE = 7 * 24 * 3600_000;

let memo: Promise<Record<RuntimeId, Runtime>> | undefined;

export function extraRuntimes(): Promise<Record<RuntimeId, Runtime>> {
  memo ??= prepare();
  return memo;
}

async function npmInstall(dir: string, specs: string[]) {
  return run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs], {
    cwd: dir,
    timeoutMs: 9 * 60_000,
  });
}

async function probe(
  dir: string,
  spec: RuntimeSpec,
): Promise<{ version?: string; error?: string }> {
  const bin = join(dir, spec.bin);
  if (!existsSync(bin)) return { error: `${spec.bin} was not installed` };
  try {
    const result = await run(bin, ['--version'], { cwd: dir, timeoutMs: 60_000 });
    const version = result.stdout.trim().split('\n')[0] ?? '';
    if (result.code === 0 && spec.versionPattern.test(version)) return { version };
    return { error: `\`${spec.bin} --version\` did not start: ${describeFailure(result)}` };
  } catch (error) {
    return { error: `\`${spec.bin} --version\` could not be spawned: ${(error as Error).message}` };
  }
}

/**
 * npm may skip a package's install scripts (newer npm asks for them to be approved). Most of these
 * packages ship a working binary anyway, so this only runs when `--version` failed: it runs the
 * skipped scripts by hand, as npm would have.
 */
async function runSkippedScripts(dir: string, spec: RuntimeSpec): Promise<string> {
  const pkgDir = join(dir, 'node_modules', spec.pkg);
  const manifestPath = join(pkgDir, 'package.json');
  if (!existsSync(manifestPath)) return `${spec.pkg} is not installed`;
  const scripts =
    (JSON.parse(readFileSync(manifestPath, 'utf8')) as { scripts?: Record<string, string> })
      .scripts ?? {};
  const notes: string[] = [];
  for (const stage of ['preinstall', 'install', 'postinstall']) {
    const script = scripts[stage];
    if (!script) continue;
    const result = await run('sh', ['-c', script], { cwd: pkgDir, timeoutMs: 5 * 60_000 });
    notes.push(`${stage} \`${script}\`: ${result.code === 0 ? 'ok' : describeFailure(result)}`);
  }
  return notes.join('\n') || 'no install scripts to run';
}

async function prepare(): Promise<Record<RuntimeId, Runtime>> {
  if (process.platform === 'win32') {
    const reason = 'the runtime matrix installs and runs POSIX binaries; not supported on Windows';
    return Object.fromEntries(
      SPECS.map((s) => [s.id, { id: s.id, available: false, reason }]),
    ) as Record<RuntimeId, Runtime>;
  }
  return withLock('runtimes', async () => {
    const key = createHash('sha256')
      .update(JSON.stringify([SPECS.map((s) => s.spec), process.platform, process.arch]))
      .digest('hex')
      .slice(0, 12);
    const dir = join(cacheRoot(), `runtimes-${key}`);
    const installErrors = new Map<RuntimeId, string>();
    const reused = isReady(dir) && readyAgeMs(dir) < MAX_AGE;
    if (reused) {
      console.log(`[compat] reusing the runtimes installed in ${dir}`);
    } else {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'package.json'),
        '{ "name": "sinch-numbers-compat-runtimes", "private": true }\n',
      );
      const all = await timed('npm install of the runtimes', () =>
        npmInstall(
          dir,
          SPECS.map((s) => s.spec),
        ),
      );
      if (all.code !== 0) {
        // One unavailable runtime (say, no build for this CPU) must not take the others down:
        // install them one by one to find out which.
        console.log(
          `[compat] installing the runtimes together failed; trying one by one\n${tail(all.stderr, 10)}`,
        );
        for (const spec of SPECS) {
          const one = await npmInstall(dir, [spec.spec]);
          if (one.code !== 0)
            installErrors.set(spec.id, `npm install ${spec.spec} failed: ${describeFailure(one)}`);
        }
      } else if (all.stderr.includes('install-scripts')) {
        console.log(
          `[compat] npm skipped install scripts; checking the binaries start anyway:\n${tail(all.stderr, 8)}`,
        );
      }
      // A partial install is not cached: the next run tries the missing runtime again.
      if (installErrors.size === 0) markReady(dir);
      prune('runtimes-', dir, MAX_AGE);
    }
    const runtimes = {} as Record<RuntimeId, Runtime>;
    for (const spec of SPECS) {
      const installError = installErrors.get(spec.id);
      if (installError) {
        runtimes[spec.id] = { id: spec.id, available: false, reason: installError };
        continue;
      }
      let result = await probe(dir, spec);
      if (result.error !== undefined) {
        const notes = await runSkippedScripts(dir, spec);
        console.log(
          `[compat] ${spec.id} did not start; ran its install scripts by hand:\n${notes}`,
        );
        const retried = await probe(dir, spec);
        result =
          retried.error === undefined
            ? retried
            : { error: `${result.error}\nafter running its install scripts: ${notes}` };
      }
      runtimes[spec.id] =
        result.version !== undefined
          ? { id: spec.id, available: true, bin: join(dir, spec.bin), version: result.version, dir }
          : { id: spec.id, available: false, reason: result.error ?? 'unknown' };
    }
    if (reused && Object.values(runtimes).some((runtime) => !runtime.available)) {
      // Maybe the cached install broke: let the next run install afresh rather than skip for a week.
      rmSync(join(dir, '.ready'), { force: true });
    }
    for (const runtime of Object.values(runtimes)) {
      console.log(
        `[compat] runtime ${runtime.id}: ${runtime.available ? runtime.version : `UNAVAILABLE: ${runtime.reason}`}`,
      );
    }
    return runtimes;
  });
}
