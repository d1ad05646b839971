/**
 * `export` of 100,000 numbers, served by a local server that makes 1,000 pages of 100 on the
 * fly. Checks the files (row count, first and last rows) and that memory stays flat: the CLI
 * reports its peak heap (`--debug-memory`) and it must stay under a bound that holding the list
 * in memory would exceed.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIALS, runCli } from './support/cli.js';
import { HAS_TERMINAL, runInTerminal } from './support/terminal.js';

const PAGES = 1000;
const PAGE_SIZE = 100;
const TOTAL = PAGES * PAGE_SIZE;

/**
 * The bound on peak heap used, in bytes. Holding these 100,000 active numbers as the client
 * returns them (about 850 bytes each: nested money/SMS/voice objects, strings, Date fields)
 * needs ~85 MB: `activeNumber.list().toArray()` against this server peaked at 92-94 MB of heap
 * on Node 20 before writing a single row. Streaming keeps one page live on top of a ~9 MB
 * start; its peak, garbage not yet collected included, measured 27-35 MB. 48 MB sits between.
 */
const HEAP_BOUND = 48 * 1024 * 1024;

const phone = (i: number) => `+1202${String(i).padStart(7, '0')}`;

// One record, written by hand: cheap enough that 100,000 of them cost the server little.
const record = (i: number) =>
  `{"phoneNumber":"${phone(i)}","projectId":"big","displayName":"Line ${i}","regionCode":"US",` +
  `"type":"LOCAL","capability":["SMS","VOICE"],"money":{"currencyCode":"USD","amount":"2.00"},` +
  `"paymentIntervalMonths":1,"nextChargeDate":"2026-02-15T10:30:00Z",` +
  `"smsConfiguration":{"servicePlanId":"plan-${i % 7}","campaignId":"CX4B9QZ"},` +
  `"voiceConfiguration":{"type":"RTC","appId":"app-${i % 3}","lastUpdatedTime":"2026-01-15T10:31:12Z"},` +
  `"callbackUrl":"https://callbacks.example.com/sinch/numbers"}`;

/** Pages of each test project: `big` is the 100,000, `small` 3 pages of 2, `broken` fails. */
function page(project: string, index: number): { status: number; body: string } {
  const pages = project === 'big' ? PAGES : 3;
  const size = project === 'big' ? PAGE_SIZE : 2;
  if (project === 'broken' && index === 1) {
    return {
      status: 500,
      body: '{"error":{"code":500,"message":"boom","status":"INTERNAL","details":[]}}',
    };
  }
  const items: string[] = [];
  for (let i = index * size; i < (index + 1) * size; i++) items.push(record(i));
  const next = index + 1 < pages ? `,"nextPageToken":"p${index + 1}"` : '';
  return {
    status: 200,
    body: `{"activeNumbers":[${items.join(',')}]${next},"totalSize":${pages * size}}`,
  };
}

let server: Server;
let baseUrl: string;
let dir: string;
const seen: { project: string; pageSize: string | null }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sinch-numbers-export-'));
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/v1\/projects\/([^/]+)\/activeNumbers$/.exec(url.pathname);
    if (!match?.[1]) {
      response.writeHead(404).end();
      return;
    }
    seen.push({ project: match[1], pageSize: url.searchParams.get('pageSize') });
    const token = url.searchParams.get('pageToken');
    const { status, body } = page(match[1], token ? Number(token.slice(1)) : 0);
    response.writeHead(status, { 'Content-Type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const exportTo = (project: string, args: string[]) =>
  runCli(['export', '--type', 'LOCAL', '--base-url', baseUrl, '--auth', 'basic', ...args], {
    env: { ...CREDENTIALS, SINCH_PROJECT_ID: project },
  });

const peakHeap = (stderr: string) => Number(/peakHeapUsed=(\d+)/.exec(stderr)?.[1]);

describe('export of 100,000 numbers', () => {
  it('writes CSV page by page with flat memory', async () => {
    const file = join(dir, 'numbers.csv');
    const started = Date.now();
    const result = await exportTo('big', ['--output', file, '--debug-memory']);
    const seconds = (Date.now() - started) / 1000;
    expect(result.code, result.stderr).toBe(0);

    const text = readFileSync(file, 'utf8');
    const lines = text.split('\r\n');
    expect(lines.pop()).toBe(''); // the last record ends with CRLF
    expect(lines).toHaveLength(TOTAL + 1);
    expect(lines[0]).toBe(
      'phoneNumber,displayName,regionCode,type,capability,monthlyAmount,currencyCode,' +
        'paymentIntervalMonths,nextChargeDate,expireAt,smsServicePlanId,smsCampaignId,' +
        'voiceType,voiceAppId,voiceTrunkId,voiceServiceId,callbackUrl',
    );
    expect(lines[1]).toBe(
      '+12020000000,Line 0,US,LOCAL,SMS;VOICE,2.00,USD,1,2026-02-15T10:30:00.000Z,,plan-0,' +
        'CX4B9QZ,RTC,app-0,,,https://callbacks.example.com/sinch/numbers',
    );
    expect(lines[TOTAL]?.startsWith('+12020099999,Line 99999,')).toBe(true);

    expect(result.stderr).toContain(`Exported 100,000 numbers as csv to ${file}`);
    // stderr is a pipe here: no progress bar (no carriage returns).
    expect(result.stderr).not.toContain('\r');
    const heap = peakHeap(result.stderr);
    expect(heap).toBeGreaterThan(0);
    expect(heap).toBeLessThan(HEAP_BOUND);
    // One request per page, with the default page size.
    const big = seen.filter((s) => s.project === 'big');
    expect(big).toHaveLength(PAGES);
    expect(big[0]?.pageSize).toBe('100');
    console.info(
      `export csv: ${TOTAL} numbers in ${seconds.toFixed(1)} s, peak heap ${(heap / 1048576).toFixed(1)} MB (bound ${HEAP_BOUND / 1048576} MB)`,
    );
  });

  it('writes NDJSON with dates as ISO strings, memory flat too', async () => {
    const file = join(dir, 'numbers.ndjson');
    const result = await exportTo('big', ['-o', file, '--debug-memory']);
    expect(result.code, result.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(TOTAL);
    const first = JSON.parse(lines[0] ?? '');
    const last = JSON.parse(lines[TOTAL - 1] ?? '');
    expect(first).toMatchObject({ phoneNumber: '+12020000000', displayName: 'Line 0' });
    expect(first.nextChargeDate).toBe('2026-02-15T10:30:00.000Z');
    expect(last.phoneNumber).toBe('+12020099999');
    const heap = peakHeap(result.stderr);
    expect(heap).toBeLessThan(HEAP_BOUND);
    console.info(`export ndjson: peak heap ${(heap / 1048576).toFixed(1)} MB`);
  });
});

describe('export formats and failures', () => {
  it('writes a JSON array to stdout', async () => {
    const result = await exportTo('small', ['--format', 'json']);
    expect(result.code).toBe(0);
    const numbers = JSON.parse(result.stdout);
    expect(numbers.map((n: { phoneNumber: string }) => n.phoneNumber)).toEqual([
      phone(0),
      phone(1),
      phone(2),
      phone(3),
      phone(4),
      phone(5),
    ]);
  });

  it('takes the format from the file extension', async () => {
    const file = join(dir, 'small.jsonl');
    const result = await exportTo('small', ['--output', file, '--page-size', '2']);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(6);
    expect(result.stderr).toContain('as ndjson');
  });

  it('leaves no file behind when a page fails', async () => {
    const file = join(dir, 'broken.csv');
    const result = await exportTo('broken', ['--output', file, '--max-retries', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('500 INTERNAL: boom');
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes('broken'))).toEqual([]);
  });

  it('fails before any request when the file cannot be written', async () => {
    const before = seen.length;
    const result = await exportTo('small', ['--output', join(dir, 'missing', 'x.csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('ENOENT');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(seen.length).toBe(before);
  });

  it('rejects an unknown format', async () => {
    const result = await exportTo('small', ['--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format must be one of csv, ndjson, json');
  });

  it.skipIf(!HAS_TERMINAL)('draws a progress bar when stderr is a terminal', async () => {
    const file = join(dir, 'tty.csv');
    const result = await runInTerminal(
      ['export', '--type', 'LOCAL', '--base-url', baseUrl, '--auth', 'basic', '-o', file],
      { env: { ...CREDENTIALS, SINCH_PROJECT_ID: 'small' }, prompt: /$^/, keys: '' },
    );
    expect(result.code).toBe(0);
    // Drawn in place: carriage return and erase-line before each redraw.
    expect(result.output).toContain('\r\u001b[2K[');
    expect(result.output).toMatch(/\[#+-*\] \d+% \d+\/6 numbers/);
  });
});

describe('list --all', () => {
  const list = (args: string[]) =>
    runCli(['list', '--type', 'LOCAL', '--base-url', baseUrl, '--auth', 'basic', ...args], {
      env: { ...CREDENTIALS, SINCH_PROJECT_ID: 'small' },
    });

  it('prints every page as one aligned table', async () => {
    const result = await list(['--all']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(/^NUMBER\s+NAME\s+REGION/);
    expect(lines[6]).toMatch(/^\+12020000005\s+Line 5\s+US/);
    expect(lines[6]?.indexOf('US')).toBe(lines[0]?.indexOf('REGION'));
  });

  it('--json streams the same shape as one page, with every number', async () => {
    const result = await list(['--all', '--json']);
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(Object.keys(page)).toEqual(['data', 'hasNextPage', 'totalSize']);
    expect(page.data).toHaveLength(6);
    expect(page).toMatchObject({ hasNextPage: false, totalSize: 6 });
    expect(page.data[5].nextChargeDate).toBe('2026-02-15T10:30:00.000Z');
  });

  it('--page-token starts at a later page', async () => {
    const result = await list(['--page-token', 'p2', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).data[0].phoneNumber).toBe(phone(4));
  });
});
