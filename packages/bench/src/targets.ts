/**
 * The goals the figures are held to, and whether each is met. Per-request goals are checked on
 * median latency of the same round-interleaved run; absolute times are not compared with any
 * goal, only ratios, because a shared machine makes absolute times noise.
 */
import type { OPERATIONS } from './contenders.js';
import type { BundleFigures } from './sections/bundle.js';
import type { ImportFigures } from './sections/imports.js';
import type { InstallFigures } from './sections/install.js';
import type { OverheadFigures } from './sections/overhead.js';
import type { PaginationFigures, WholeWalkFigures } from './sections/pagination.js';
import type { RequestFigures } from './sections/requests.js';
import type { TokenFigures } from './sections/token.js';

export interface Results {
  requests?: Record<(typeof OPERATIONS)[number], RequestFigures[]>;
  overhead?: OverheadFigures[];
  imports?: ImportFigures[];
  bundles?: BundleFigures[];
  installs?: InstallFigures[];
  pagination?: PaginationFigures[];
  wholeWalks?: WholeWalkFigures[];
  token?: TokenFigures[];
}

export interface TargetCheck {
  name: string;
  measured: number;
  goal: string;
  unit: string;
  met: boolean;
  /**
   * Checks that only inform, not goals of the packages as they ship by default: a candidate
   * transport, an opt-in such as read-ahead. The label says which.
   */
  informative?: boolean | string;
}

const KB = 1000;
const MB = 1000 * 1000;

/**
 * Items per second of contender `id` among whole walks whose loop body worked `workUs` per item
 * (NaN when that walk was not run), so each row is compared with walks that worked as much.
 */
export function wholeWalkRate(
  walks: readonly WholeWalkFigures[] | undefined,
  id: string,
  workUs = 0,
): number {
  return walks?.find((row) => row.id === id && row.workUs === workUs)?.itemsPerSecond ?? Number.NaN;
}

export function checkTargets(results: Results): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = <T extends { id: string }>(rows: readonly T[] | undefined, id: string) =>
    rows?.find((row) => row.id === id);

  for (const [op, rows] of Object.entries(results.requests ?? {})) {
    const median = (id: string) => at(rows, id)?.latencyUs.median ?? Number.NaN;
    const pair = (name: string, a: string, b: string, max: number, informative = false) => {
      const measured = median(a) / median(b);
      checks.push({
        name: `${op}: ${name}`,
        measured,
        goal: `<= ${max.toFixed(2)}x`,
        unit: 'x',
        met: measured <= max,
        ...(informative ? { informative } : {}),
      });
    };
    pair('high-level (default, Node transport) / official SDK', 'high', 'official', 0.7);
    pair('high-level + fetch / plain fetch', 'high+fetch', 'fetch', 1.05);
    pair('low-level / plain fetch', 'low', 'fetch', 1.05);
    pair('low-level + createNodeFetch() / plain fetch', 'low+node', 'fetch', 0.9);
  }

  for (const [id, maxMs] of [
    ['client', 10],
    ['fetch', 8],
  ] as const) {
    const row = at(results.imports, id);
    if (row) {
      // CPU time: what the README reports, and less moved than wall time by other processes.
      checks.push({
        name: `cold import adds (CPU): ${row.label}`,
        measured: row.addedCpuMs,
        goal: `<= ${maxMs} ms`,
        unit: 'ms',
        met: row.addedCpuMs <= maxMs,
      });
    }
  }

  // What an app that uses the client pays: `SinchClient` with its dependencies (the webhook
  // helpers are separate exports; the whole entry is printed in the bundle table).
  const bundle = at(results.bundles, 'client-class');
  if (bundle) {
    checks.push({
      name: 'min+gz bundle: @sinch-numbers/client { SinchClient } entry chunk, with deps',
      measured: bundle.gzipBytes / KB,
      goal: '<= 11 kB',
      unit: 'kB',
      met: bundle.gzipBytes <= 11 * KB,
    });
  }
  for (const [id, maxMb] of [
    ['client', 0.8],
    ['fetch', 1],
  ] as const) {
    const row = at(results.installs, id);
    if (row) {
      checks.push({
        name: `installed footprint: ${row.label}`,
        measured: row.bytes / MB,
        goal: `<= ${maxMb} MB`,
        unit: 'MB',
        met: row.bytes <= maxMb * MB,
      });
    }
  }

  const pages = results.pagination;
  const rate = (id: string) => at(pages, id)?.itemsPerSecond ?? Number.NaN;
  if (pages) {
    const vsLoop = rate('high') / rate('fetch-loop');
    const vsOfficial = rate('high') / rate('official');
    checks.push(
      {
        name: 'pagination: high-level / plain fetch loop (items/s)',
        measured: vsLoop,
        goal: '>= 0.95x',
        unit: 'x',
        met: vsLoop >= 0.95,
      },
      {
        name: 'pagination: high-level / official SDK (items/s)',
        measured: vsOfficial,
        goal: '>= 1.60x',
        unit: 'x',
        met: vsOfficial >= 1.6,
      },
    );
    const walks = results.wholeWalks;
    const walkRate = (id: string, workUs = 0) => wholeWalkRate(walks, id, workUs);
    if (walks) {
      const readAhead = walkRate('high+readahead') / walkRate('official');
      checks.push({
        name: 'pagination, whole walks: high-level items({ readAhead: 1 }) / official SDK',
        measured: readAhead,
        goal: '>= 1.60x',
        unit: 'x',
        met: readAhead >= 1.6,
        informative: 'opt-in',
      });
      // What a hand-written loop reaches against the same server in the same run.
      const loop = walkRate('node-loop') / walkRate('official');
      checks.push({
        name: 'pagination, whole walks: node:http + JSON.parse loop / official SDK',
        measured: loop,
        goal: '>= 1.60x',
        unit: 'x',
        met: loop >= 1.6,
        informative: 'no client',
      });
      // Reading ahead where it is meant to help: a loop body that works on each item.
      const worked = walks.find((row) => row.workUs > 0)?.workUs;
      if (worked !== undefined) {
        const busy = walkRate('high+readahead', worked) / walkRate('official', worked);
        checks.push({
          name: `pagination, whole walks, ${worked} µs of work per item: high-level items({ readAhead: 1 }) / official SDK`,
          measured: busy,
          goal: '>= 1.60x',
          unit: 'x',
          met: busy >= 1.6,
          informative: 'opt-in, loop body works',
        });
      }
    }
    const heap = at(pages, 'high')?.heap;
    if (heap) {
      checks.push({
        name: 'pagination: high-level retained heap after the walk',
        measured: heap.retainedBytes / MB,
        goal: '< 1 MB',
        unit: 'MB',
        met: heap.retainedBytes < MB,
      });
    }
  }

  const token = at(results.token, 'high');
  if (token) {
    checks.push({
      name: `token: requests for ${token.concurrency} concurrent cold calls`,
      measured: token.tokenRequests,
      goal: '== 1',
      unit: '',
      met: token.tokenRequests === 1 && token.failures === 0,
    });
  }
  return checks;
}
