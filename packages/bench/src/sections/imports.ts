/**
 * Section 2: cold import time. Each package is imported in a fresh `node` process, timed from
 * spawn to exit, and compared with a process that imports nothing. Runs are interleaved
 * (baseline, A, B, ..., baseline, A, ...) and summarized by their median, which a few slow
 * outliers on a shared machine do not move. Each process also reports the CPU time it used
 * (all threads), a second view that other processes on the machine disturb less than wall time.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from '../config.js';
import { median } from '../stats.js';

export interface ImportFigures {
  id: string;
  label: string;
  /** Median wall time of the whole process, ms. */
  medianMs: number;
  /** Median minus the ESM baseline's median, ms: what importing the package adds. */
  addedMs: number;
  /** Median CPU time of the process (user + system, all threads), ms. */
  cpuMs: number;
  /** `cpuMs` minus the ESM baseline's. */
  addedCpuMs: number;
  runs: number;
}

interface Probe {
  id: string;
  label: string;
  args: string[];
  /** Resolves from the floor package's folder instead of the bench's (see `floorFolder`). */
  fromFloor?: true;
}

// Printed last by every probe: the process's own CPU time, in microseconds.
const REPORT_CPU = 'const u = process.cpuUsage(); process.stdout.write(String(u.user + u.system));';

const FLOOR_PACKAGE = 'bench-import-floor';

// ESM import for every package (the official SDK's CommonJS included), so each delta is
// measured against a baseline that starts the same module loader.
const esm = (source: string) => ['--input-type=module', '-e', `${source}\n${REPORT_CPU}`];

export const IMPORT_PROBES: readonly Probe[] = [
  { id: 'baseline', label: 'node (ESM, nothing imported)', args: esm('') },
  { id: 'baseline-cjs', label: 'node -e "" (CommonJS)', args: ['-e', REPORT_CPU] },
  {
    id: 'floor',
    label: 'a one-line ESM package (the floor)',
    args: esm(`import '${FLOOR_PACKAGE}';`),
    fromFloor: true,
  },
  { id: 'client', label: '@sinch-numbers/client', args: esm(`import '@sinch-numbers/client';`) },
  { id: 'fetch', label: '@sinch-numbers/fetch', args: esm(`import '@sinch-numbers/fetch';`) },
  { id: 'sdk-core', label: '@sinch/sdk-core', args: esm(`import '@sinch/sdk-core';`) },
  { id: 'numbers', label: '@sinch/numbers', args: esm(`import '@sinch/numbers';`) },
];

/** One fresh process: wall time and the CPU time it reports, both in ms. */
function timeOnce(probe: Probe, cwd: string): { wall: number; cpu: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, probe.args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const wall = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${probe.label}: import failed: ${result.stderr?.toString().slice(0, 500)}`);
  }
  return { wall, cpu: Number(result.stdout.toString()) / 1000 };
}

/**
 * A folder whose `node_modules` holds a package of one `export` line with an `exports` map:
 * what importing any package costs (finding it, reading its `package.json`, loading one file),
 * the least a package can add to the baseline.
 */
function floorFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'bench-import-floor-'));
  const packageDir = join(folder, 'node_modules', FLOOR_PACKAGE);
  mkdirSync(packageDir, { recursive: true });
  writeFileSync(
    join(packageDir, 'package.json'),
    JSON.stringify({ name: FLOOR_PACKAGE, type: 'module', exports: { '.': './index.js' } }),
  );
  writeFileSync(join(packageDir, 'index.js'), 'export const floor = 1;\n');
  return folder;
}

/** `cwd` must resolve the packages the way a user's project would (here: the bench package). */
export function runImports(config: BenchConfig, cwd: string): ImportFigures[] {
  const walls = IMPORT_PROBES.map((): number[] => []);
  const cpus = IMPORT_PROBES.map((): number[] => []);
  const floor = floorFolder();
  const where = (probe: Probe) => (probe.fromFloor ? floor : cwd);
  try {
    // One throw-away pass so the first timed run does not pay for a cold file-system cache.
    for (const probe of IMPORT_PROBES) timeOnce(probe, where(probe));
    for (let run = 0; run < config.imports.runs; run++) {
      for (const [index, probe] of IMPORT_PROBES.entries()) {
        const { wall, cpu } = timeOnce(probe, where(probe));
        walls[index]?.push(wall);
        cpus[index]?.push(cpu);
      }
    }
  } finally {
    rmSync(floor, { recursive: true, force: true });
  }
  const wall = walls.map((samples) => median(samples));
  const cpu = cpus.map((samples) => median(samples));
  return IMPORT_PROBES.map((probe, index) => ({
    id: probe.id,
    label: probe.label,
    medianMs: wall[index] ?? Number.NaN,
    addedMs: (wall[index] ?? Number.NaN) - (wall[0] ?? Number.NaN),
    cpuMs: cpu[index] ?? Number.NaN,
    addedCpuMs: (cpu[index] ?? Number.NaN) - (cpu[0] ?? Number.NaN),
    runs: config.imports.runs,
  }));
}
