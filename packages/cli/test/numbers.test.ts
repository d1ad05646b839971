/**
 * Every Numbers command against the Prism mock of the spec (one Prism for the file): the human
 * output shows the key values, `--json` prints the client's result objects.
 */
import { type PrismServer, startMock } from '@sinch-numbers/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIALS, runCli } from './support/cli.js';

let mock: PrismServer;
beforeAll(async () => {
  // A cold Prism start takes 2-3 s on a quiet machine; give it far more before reporting it.
  mock = await startMock({ spec: 'numbers', errors: true, startTimeoutMs: 90_000 });
});
afterAll(() => mock?.stop());

const cli = (args: string[], input?: string) =>
  runCli([...args, '--base-url', mock.url, '--auth', 'basic'], {
    env: CREDENTIALS,
    ...(input !== undefined ? { input } : {}),
  });

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe.concurrent('search', () => {
  it('prints an aligned table of numbers with their prices', async () => {
    const result = await cli(['search', '--region', 'us', '--type', 'local', '--size', '5']);
    expect(result.code).toBe(0);
    const [header, first] = result.stdout.split('\n');
    expect(header).toMatch(/^NUMBER\s+REGION\s+TYPE\s+CAPABILITIES\s+SETUP\s+MONTHLY/);
    expect(first).toMatch(
      /^\+12025550191\s+US\s+LOCAL\s+SMS,VOICE\s+USD 0\.00\s+USD 2\.00\s+1 month/,
    );
    // Aligned: every column starts at the same offset on every line.
    expect(first?.indexOf('US')).toBe(header?.indexOf('REGION'));
  });

  it('--json prints the page: data, hasNextPage, no functions', async () => {
    const result = await cli([
      'search',
      '--region=US',
      '--type=LOCAL',
      '--pattern',
      '202',
      '--search-pattern',
      'start',
      '--capabilities',
      'SMS,VOICE',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(Object.keys(page)).toEqual(['data', 'hasNextPage']);
    expect(page.hasNextPage).toBe(false);
    expect(page.data[0]).toMatchObject({
      phoneNumber: '+12025550191',
      monthlyPrice: { currencyCode: 'USD', amount: '2.00' },
      paymentIntervalMonths: 1,
    });
  });

  it('needs --region and --type', async () => {
    const result = await cli(['search', '--region', 'US']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing --type');
    expect(result.stderr).toContain("Run 'sinch-numbers search --help' for usage.");
  });
});

describe.concurrent('check', () => {
  it('shows the prices of one number', async () => {
    const result = await cli(['check', '+12025550191']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Setup price\s+USD 0\.00/);
    expect(result.stdout).toMatch(/Monthly price\s+USD 2\.00/);
    expect(result.stdout).toMatch(/Billed every\s+1 month/);
  });
});

describe.concurrent('rent and rent-any', () => {
  it('rent --yes shows the price, then rents', async () => {
    const result = await cli(['rent', '+12025550191', '--service-plan-id', 'plan-1', '--yes']);
    expect(result.code).toBe(0);
    const priceAt = result.stdout.indexOf('Monthly price');
    expect(priceAt).toBeGreaterThan(-1);
    expect(result.stdout).toContain('About to rent +12025550191:');
    expect(result.stdout).toContain('SMS: service plan plan-1');
    expect(result.stdout.indexOf('Rented +12025550191.')).toBeGreaterThan(priceAt);
    expect(result.stdout).toMatch(/Next charge\s+2026-02-15T10:30:00\.000Z/);
  });

  it('rent --json keeps stdout pure JSON (the preview goes to stderr)', async () => {
    const result = await cli([
      'rent',
      '+12025550191',
      '--voice-app-id',
      'app-1',
      '--yes',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const rented = JSON.parse(result.stdout);
    expect(rented.phoneNumber).toBe('+12025550191');
    expect(rented.nextChargeDate).toMatch(ISO);
    expect(result.stderr).toContain('Monthly price');
    expect(result.stderr).toContain('Voice: RTC app-1');
  });

  it('rent-any --yes shows the criteria, then rents', async () => {
    const result = await cli([
      'rent-any',
      '--region',
      'US',
      '--type',
      'LOCAL',
      '--pattern',
      '206',
      '--search-pattern',
      'start',
      '--capabilities',
      'SMS',
      '--yes',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('About to rent the first number that matches:');
    expect(result.stdout).toMatch(/Pattern\s+206 \(START\)/);
    expect(result.stdout).toMatch(/Capabilities\s+SMS/);
    expect(result.stdout).toContain('Rented +12025550191.');
  });

  it('rent-any --json prints the rented number', async () => {
    const result = await cli(['rent-any', '--region', 'US', '--type', 'LOCAL', '-y', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ phoneNumber: '+12025550191', type: 'LOCAL' });
  });
});

describe.concurrent('list', () => {
  it('prints one page and says how to get the next', async () => {
    const result = await cli(['list', '--type', 'LOCAL', '--page-size', '2']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^NUMBER\s+NAME\s+REGION\s+TYPE/);
    expect(result.stdout).toMatch(/\+12025550134\s+Support line\s+US\s+LOCAL/);
    expect(result.stdout).toMatch(/\+12025550178\s+PBX trunk/);
    expect(result.stderr).toContain('Showing 2 of 5.');
    expect(result.stderr).toContain('--page-token CgwrMTIwMjU1NTAxNzg');
  });

  it('--json prints the page with its token and total', async () => {
    const result = await cli([
      'list',
      '--region',
      'US',
      '--type',
      'LOCAL',
      '--capability',
      'SMS',
      '--json',
    ]);
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(page).toMatchObject({
      hasNextPage: true,
      nextPageToken: 'CgwrMTIwMjU1NTAxNzg',
      totalSize: 5,
    });
    expect(page.data).toHaveLength(2);
    expect(page.data[0].nextChargeDate).toBe('2026-02-15T10:30:00.000Z');
  });
});

describe.concurrent('get, update, release', () => {
  it('get shows the number and its configuration', async () => {
    const result = await cli(['get', '+1 202 555 0134']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Display name\s+Support line/);
    expect(result.stdout).toMatch(/Price\s+USD 2\.00 every 1 month/);
    expect(result.stdout).toMatch(/Voice\s+RTC app b6e2a4d8/);
    expect(result.stdout).toMatch(/SMS\s+service plan 8c1f4b2e/);
  });

  it('get --json has dates as ISO strings', async () => {
    const result = await cli(['get', '+12025550134', '--json']);
    const number = JSON.parse(result.stdout);
    expect(number).toMatchObject({ phoneNumber: '+12025550134', displayName: 'Support line' });
    expect(number.voiceConfiguration.lastUpdatedTime).toMatch(ISO);
  });

  it('update sends the changes and shows the result', async () => {
    const result = await cli([
      'update',
      '+12025550134',
      '--display-name',
      'Front desk',
      '--voice-trunk-id',
      'trunk-1',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Updated +12025550134.');
    const json = await cli([
      'update',
      '+12025550134',
      '--callback-url',
      'https://e.example/cb',
      '--json',
    ]);
    expect(JSON.parse(json.stdout).phoneNumber).toBe('+12025550134');
  });

  it('update without changes is a usage error', async () => {
    const result = await cli(['update', '+12025550134']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nothing to change');
  });

  it('release --yes shows the display name and next charge date first', async () => {
    const result = await cli(['release', '+12025550134', '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /About to release \+12025550134:\n\s+Display name\s+Support line/,
    );
    expect(result.stdout).toMatch(/Next charge\s+2026-02-15T10:30:00\.000Z/);
    expect(result.stdout).toContain('Released +12025550134.');
  });
});

describe.concurrent('regions and callbacks', () => {
  it('regions prints a table; --json the page', async () => {
    const table = await cli(['regions', '--types', 'local,toll-free']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/US\s+United States\s+LOCAL,TOLL_FREE/);
    const json = await cli(['regions', '--json']);
    expect(JSON.parse(json.stdout).data.map((r: { regionCode: string }) => r.regionCode)).toEqual([
      'US',
      'GB',
      'SE',
    ]);
  });

  it('callbacks get masks the secret unless asked', async () => {
    const masked = await cli(['callbacks', 'get']);
    expect(masked.code).toBe(0);
    expect(masked.stdout).toMatch(/HMAC secret\s+d3f1…\(36 chars\)/);
    expect(masked.stdout).not.toContain('d3f1c9a2-7b4e');
    const shown = await cli(['callbacks', 'get', '--show-secret']);
    expect(shown.stdout).toContain('d3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e');
    const json = await cli(['callbacks', 'get', '--json']);
    expect(JSON.parse(json.stdout).hmacSecret).toBe('d3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e');
  });

  it('callbacks set takes the secret from a flag or stdin', async () => {
    const fromFlag = await cli(['callbacks', 'set', '--hmac-secret', 'a'.repeat(40)]);
    expect(fromFlag.code).toBe(0);
    expect(fromFlag.stdout).toContain('Callback HMAC secret set');
    const fromStdin = await cli(
      ['callbacks', 'set', '--hmac-secret', '-', '--json'],
      `${'b'.repeat(40)}\n`,
    );
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout)).toHaveProperty('projectId');
  });

  it("maps the client's ValidationError to exit 2 with the flag and what it expects", async () => {
    const result = await cli(['callbacks', 'set', '--hmac-secret', 'too-short']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--hmac-secret (hmacSecret) must match ^[a-zA-Z0-9-]{32,64}$');
    expect(result.stderr).not.toContain('too-short');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
