/**
 * Benchmark settings from flags and environment variables. Flags win over the environment,
 * which wins over the defaults; `--quick` switches every default to a tiny count, for the smoke
 * test, where the numbers are not meant to be read.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const SECTIONS = ['requests', 'imports', 'size', 'pagination', 'token'] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface BenchConfig {
  quick: boolean;
  /** Skip `npm install` of packed tarballs and of the official SDK (network, tens of seconds). */
  skipInstall: boolean;
  sections: ReadonlySet<SectionName>;
  /** Where the JSON results go. */
  out: string;
  requests: { warmup: number; rounds: number; iterations: number };
  imports: { runs: number };
  pagination: { totalItems: number; pageSize: number; rounds: number };
  token: { concurrency: number };
}

export const USAGE = `Usage: tsx src/run.ts [options]
  --quick                 tiny counts (seconds, not meaningful): the smoke test's mode
  --skip-install          skip npm pack/install footprints (they need the registry)
  --only=a,b              sections among ${SECTIONS.join(', ')}
  --out=FILE              JSON output (default results/latest.json)
  --rounds=N --iterations=N --warmup=N   per-request rounds, calls per round, warm-up calls
  --import-runs=N         fresh processes per package for import times
  --items=N --pagination-rounds=N        size of the paginated list, passes over it
  --concurrency=N         concurrent calls of the token check (default 1000)
Environment: BENCH_QUICK=1, BENCH_SKIP_INSTALL=1, BENCH_ROUNDS, BENCH_ITERATIONS, BENCH_WARMUP,
  BENCH_IMPORT_RUNS, BENCH_ITEMS, BENCH_PAGINATION_ROUNDS, BENCH_CONCURRENCY.`;

const flag = (value: unknown, env: string | undefined): boolean =>
  value === true || env === '1' || env === 'true';

function count(flagValue: string | undefined, envValue: string | undefined, fallback: number) {
  const raw = flagValue ?? envValue;
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new TypeError(`expected a count >= 1, got ${raw}`);
  return value;
}

/** Reads the settings from `argv` (without the node and script paths) and `env`. */
export function loadConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  packageDir: string,
): BenchConfig | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: 'boolean' },
      'skip-install': { type: 'boolean' },
      only: { type: 'string' },
      out: { type: 'string' },
      rounds: { type: 'string' },
      iterations: { type: 'string' },
      warmup: { type: 'string' },
      'import-runs': { type: 'string' },
      items: { type: 'string' },
      'pagination-rounds': { type: 'string' },
      concurrency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const quick = flag(values.quick, env.BENCH_QUICK);
  const sections = new Set<SectionName>();
  for (const name of (values.only ?? SECTIONS.join(',')).split(',')) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new TypeError(`unknown section ${name}; expected ${SECTIONS.join(', ')}`);
    }
    sections.add(name as SectionName);
  }
  return {
    quick,
    skipInstall: flag(values['skip-install'], env.BENCH_SKIP_INSTALL),
    sections,
    out: resolve(packageDir, values.out ?? 'results/latest.json'),
    requests: {
      warmup: count(values.warmup, env.BENCH_WARMUP, quick ? 5 : 300),
      rounds: count(values.rounds, env.BENCH_ROUNDS, quick ? 2 : 60),
      iterations: count(values.iterations, env.BENCH_ITERATIONS, quick ? 10 : 100),
    },
    imports: { runs: count(values['import-runs'], env.BENCH_IMPORT_RUNS, quick ? 2 : 40) },
    pagination: {
      totalItems: count(values.items, env.BENCH_ITEMS, quick ? 1_000 : 100_000),
      pageSize: 100,
      rounds: count(values['pagination-rounds'], env.BENCH_PAGINATION_ROUNDS, quick ? 1 : 5),
    },
    // Not reduced in quick mode: a thousand concurrent calls is what the check is about.
    token: { concurrency: count(values.concurrency, env.BENCH_CONCURRENCY, 1000) },
  };
}
