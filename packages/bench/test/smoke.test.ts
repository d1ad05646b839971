/**
 * Smoke test of the benchmark: runs it end to end in quick mode (tiny counts) and checks that
 * every section produced figures, not how good they are: speed is not testable on a shared CI
 * machine. `--skip-install` leaves out the npm pack/install footprints, which need the registry
 * and take tens of seconds; `pnpm bench` measures them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

const finite = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

describe('pnpm bench --quick --skip-install', () => {
  let dir: string;
  let stdout: string;
  let output: any;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sinch-bench-smoke-'));
    const out = join(dir, 'latest.json');
    ({ stdout } = await run(
      process.execPath,
      [
        '--import',
        import.meta.resolve('tsx'),
        'src/run.ts',
        '--quick',
        '--skip-install',
        `--out=${out}`,
      ],
      // About 14 s on a quiet 2-core machine; a busy one takes several times that.
      { cwd: packageDir, maxBuffer: 16 * 1024 * 1024, timeout: 300_000 },
    ));
    output = JSON.parse(await readFile(out, 'utf8'));
  }, 360_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the JSON file with the machine and the settings', () => {
    expect(output.meta.node).toBe(process.version);
    expect(output.meta.cores).toBeGreaterThan(0);
    expect(output.config.quick).toBe(true);
    expect(output.config.skipInstall).toBe(true);
  });

  it('measures every contender of every operation', () => {
    const operations = Object.keys(output.results.requests);
    expect(operations).toEqual(['activeNumber.get', 'availableNumber.list', 'activeNumber.update']);
    for (const rows of Object.values<any[]>(output.results.requests)) {
      expect(rows.map((row) => row.id)).toEqual(
        expect.arrayContaining([
          'http',
          'fetch',
          'low',
          'high',
          'official',
          'high+fetch',
          'high+node',
          'low+node',
        ]),
      );
      for (const row of rows) {
        expect(row.latencyUs.n).toBeGreaterThan(0);
        expect(finite(row.latencyUs.median) && finite(row.latencyUs.p99)).toBe(true);
        expect(finite(row.cpuUs)).toBe(true);
      }
    }
    for (const row of output.results.overhead) {
      for (const value of Object.values(row.us)) expect(finite(value)).toBe(true);
    }
  });

  it('times the cold import of every package', () => {
    const ids = output.results.imports.map((row: any) => row.id);
    expect(ids).toEqual(
      expect.arrayContaining(['baseline', 'floor', 'client', 'fetch', 'sdk-core', 'numbers']),
    );
    for (const row of output.results.imports) expect(row.medianMs).toBeGreaterThan(0);
  });

  it('sizes the bundles (installs skipped)', () => {
    for (const row of output.results.bundles) {
      expect(row.gzipBytes).toBeGreaterThan(0);
      expect(row.minifiedBytes).toBeGreaterThan(row.gzipBytes);
    }
    expect(output.results.installs).toBeUndefined();
  });

  it('walks the whole list with every paginator and measures its heap', () => {
    const { totalItems } = output.config.pagination;
    for (const row of output.results.pagination) {
      expect(row.items).toBe(totalItems);
      expect(row.itemsPerSecond).toBeGreaterThan(0);
      expect(row.heap.items).toBe(totalItems);
      expect(finite(row.heap.retainedBytes)).toBe(true);
    }
  });

  it('walks the whole list one contender at a time, reading ahead included', () => {
    const { totalItems } = output.config.pagination;
    expect(output.results.wholeWalks.map((row: any) => [row.id, row.workUs])).toEqual([
      ['node-loop', 0],
      ['official', 0],
      ['high', 0],
      ['high+readahead', 0],
      ['official', 5],
      ['high', 5],
      ['high+readahead', 5],
    ]);
    for (const row of output.results.wholeWalks) {
      expect(row.items).toBe(totalItems);
      expect(finite(row.itemsPerSecond) && row.itemsPerSecond > 0).toBe(true);
    }
  });

  it('makes exactly one token request for concurrent calls with a cold cache', () => {
    const high = output.results.token.find((row: any) => row.id === 'high');
    expect(high.concurrency).toBe(1000);
    expect(high.tokenRequests).toBe(1);
    expect(high.apiRequests).toBe(1000);
    expect(high.failures).toBe(0);
  });

  it('checks every target and prints the report', () => {
    expect(output.targets.length).toBeGreaterThan(10);
    for (const check of output.targets) expect(typeof check.met).toBe('boolean');
    expect(stdout).toContain('### Targets');
  });
});
