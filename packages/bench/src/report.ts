/** Renders results as Markdown tables (printed, and pasted into the README as they are). */
import { OPERATIONS } from './contenders.js';
import { type Results, type TargetCheck, wholeWalkRate } from './targets.js';

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = header.map((_, i) => (i === 0 ? ':--' : '--:'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const us = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : '-');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : '-');
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '-');
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const int = (value: number) => Math.round(value).toLocaleString('en-US');

function requestTables(results: Results): string[] {
  if (!results.requests) return [];
  return OPERATIONS.map((op) => {
    const rows = results.requests?.[op] ?? [];
    const base = (id: string) => rows.find((row) => row.id === id)?.latencyUs.median ?? Number.NaN;
    const floor = base('http');
    const fetchMedian = base('fetch');
    const official = base('official');
    return [
      `#### ${op}`,
      '',
      table(
        ['contender', 'median µs', 'p99 µs', 'CPU µs/call', '× node:http', '× fetch', '× official'],
        rows.map((row) => [
          row.label,
          us(row.latencyUs.median),
          us(row.latencyUs.p99),
          us(row.cpuUs),
          times(row.latencyUs.median / floor),
          times(row.latencyUs.median / fetchMedian),
          times(row.latencyUs.median / official),
        ]),
      ),
    ].join('\n');
  });
}

function targetTable(checks: readonly TargetCheck[]): string {
  return table(
    ['check', 'measured', 'goal', ''],
    checks.map((check) => [
      check.informative
        ? `${check.name} (${check.informative === true ? 'candidate transport' : check.informative})`
        : check.name,
      check.unit === 'x'
        ? times(check.measured)
        : `${check.unit === '' ? check.measured : check.measured.toFixed(2)}${check.unit ? ` ${check.unit}` : ''}`,
      check.goal,
      check.met ? 'met' : '**MISSED**',
    ]),
  );
}

export function renderReport(results: Results, checks: readonly TargetCheck[]): string {
  const parts: string[] = [];
  if (results.requests) {
    parts.push('### 1. Per request (loopback, sequential calls)', ...requestTables(results));
  }
  if (results.overhead) {
    const contract = results.overhead.find((row) => row.id === 'contract');
    parts.push(
      '### 1b. Client CPU per call without a network (stub transport, µs)',
      table(
        ['client', ...OPERATIONS.flatMap((op) => [op, 'above contract'])],
        results.overhead.map((row) => [
          row.label,
          ...OPERATIONS.flatMap((op) => [
            row.us[op].toFixed(1),
            contract ? (row.us[op] - contract.us[op]).toFixed(1) : '-',
          ]),
        ]),
      ),
    );
  }
  if (results.imports) {
    parts.push(
      '### 2. Cold import (fresh process, median)',
      table(
        ['package', 'process ms', 'added ms', 'CPU ms', 'added CPU ms'],
        results.imports.map((row) => [
          row.label,
          ms(row.medianMs),
          ms(row.addedMs),
          ms(row.cpuMs),
          ms(row.addedCpuMs),
        ]),
      ),
    );
  }
  if (results.bundles) {
    parts.push(
      '### 3. Bundle (esbuild, minified, with dependencies, code-split)',
      table(
        ['entry', 'minified', 'min+gz', 'min+gz loaded on first use'],
        results.bundles.map((row) => [
          row.label,
          kb(row.minifiedBytes),
          kb(row.gzipBytes),
          row.lazyGzipBytes ? kb(row.lazyGzipBytes) : '-',
        ]),
      ),
    );
  }
  if (results.installs) {
    parts.push(
      '### 3. Installed footprint (npm install into an empty folder)',
      table(
        ['package', 'packages', 'files', 'bytes', 'tarball'],
        results.installs.map((row) => [
          row.label,
          String(row.packages),
          int(row.files),
          mb(row.bytes),
          row.tarballBytes === undefined ? '-' : kb(row.tarballBytes),
        ]),
      ),
    );
  }
  if (results.pagination) {
    const rate = (id: string) =>
      results.pagination?.find((row) => row.id === id)?.itemsPerSecond ?? Number.NaN;
    parts.push(
      `### 4. Pagination (${int(results.pagination[0]?.items ?? 0)} items)`,
      table(
        [
          'contender',
          'items/s',
          '× plain loop',
          '× official',
          'retained heap (code)',
          '2nd walk adds',
          'peak (garbage incl.)',
        ],
        results.pagination.map((row) => [
          row.label,
          int(row.itemsPerSecond),
          times(row.itemsPerSecond / rate('fetch-loop')),
          times(row.itemsPerSecond / rate('official')),
          `${kb(row.heap.retainedBytes)} (${kb(row.heap.retainedCodeBytes)})`,
          kb(row.heap.secondWalkBytes),
          mb(row.heap.peakAboveBaselineBytes),
        ]),
      ),
    );
  }
  if (results.wholeWalks) {
    parts.push(
      '### 4b. Whole walks, one contender at a time (read-ahead timed fairly)',
      table(
        ['contender', 'items/s', 's per walk', '× node:http loop', '× official'],
        results.wholeWalks.map((row) => [
          row.label,
          int(row.itemsPerSecond),
          row.secondsPerWalk.toFixed(2),
          row.workUs === 0
            ? times(row.itemsPerSecond / wholeWalkRate(results.wholeWalks, 'node-loop'))
            : '-',
          times(row.itemsPerSecond / wholeWalkRate(results.wholeWalks, 'official', row.workUs)),
        ]),
      ),
    );
  }
  if (results.token) {
    parts.push(
      '### 5. Token under a cold cache',
      table(
        ['client', 'concurrent calls', 'token requests', 'API requests', 'failures', 'seconds'],
        results.token.map((row) => [
          row.label,
          String(row.concurrency),
          String(row.tokenRequests),
          String(row.apiRequests),
          String(row.failures),
          row.seconds.toFixed(2),
        ]),
      ),
    );
  }
  parts.push('### Targets', targetTable(checks));
  return `${parts.join('\n\n')}\n`;
}
