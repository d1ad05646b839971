/**
 * `pnpm bench`: runs every section in one go against one server child process, prints Markdown
 * tables and writes the figures as JSON (results/latest.json by default).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchConfig, loadConfig, USAGE } from './config.js';
import { renderReport } from './report.js';
import { runBundles } from './sections/bundle.js';
import { runImports } from './sections/imports.js';
import { runInstalls } from './sections/install.js';
import { runOverhead } from './sections/overhead.js';
import { runPagination, runWholeWalks } from './sections/pagination.js';
import { runRequests } from './sections/requests.js';
import { runToken } from './sections/token.js';
import { startServer } from './server/spawn.js';
import { checkTargets, type Results } from './targets.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageDir, '../..');
// Progress goes to stderr so stdout is the report alone.
const log = (line: string) => process.stderr.write(`${line}\n`);

async function timed<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  log(`[${name}]`);
  const started = performance.now();
  const value = await work();
  log(`[${name}] ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

async function runAll(config: BenchConfig): Promise<Results> {
  const results: Results = {};
  const { sections } = config;
  const server = await startServer(config.pagination.totalItems);
  try {
    if (sections.has('requests')) {
      results.requests = await timed('requests', () => runRequests(server, config, log));
      results.overhead = await timed('overhead', () => runOverhead(config));
    }
    if (sections.has('pagination')) {
      results.pagination = await timed('pagination', () => runPagination(server, config, log));
      results.wholeWalks = await timed('whole walks', () => runWholeWalks(server, config, log));
    }
    if (sections.has('token')) {
      results.token = await timed('token', () => runToken(server, config));
    }
  } finally {
    await server.close();
  }
  // Process-spawning sections run after the server is gone, so it takes no CPU from them.
  if (sections.has('imports')) {
    results.imports = await timed('imports', () => runImports(config, packageDir));
  }
  if (sections.has('size')) {
    results.bundles = await timed('bundles', () => runBundles(packageDir));
    if (!config.skipInstall) {
      results.installs = await timed('installs', () => runInstalls(repoRoot, log));
    }
  }
  return results;
}

async function main(): Promise<void> {
  const config = loadConfig(process.argv.slice(2), process.env, packageDir);
  if (config === 'help') {
    console.log(USAGE);
    return;
  }
  const started = new Date();
  const results = await runAll(config);
  const targets = checkTargets(results);
  const output = {
    meta: {
      startedAt: started.toISOString(),
      seconds: (Date.now() - started.getTime()) / 1000,
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      platform: `${process.platform} ${process.arch}`,
    },
    config: { ...config, sections: [...config.sections] },
    results,
    targets,
  };
  await mkdir(dirname(config.out), { recursive: true });
  await writeFile(config.out, `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(renderReport(results, targets));
  log(`results written to ${config.out}`);
}

await main();
