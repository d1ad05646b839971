/**
 * Exit codes, error messages and the confirmation guard, against the fault server of the client
 * tests: it records every request, so "nothing billable was sent" is counted, not assumed.
 */
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type FaultServer,
  reply,
  startFaultServer,
  TOKEN_PATH,
} from '../../client/test/support/fault-server.js';
import { CLI, CREDENTIALS, runCli } from './support/cli.js';

const PROJECT = CREDENTIALS.SINCH_PROJECT_ID;
const NUMBER = '+12025550134';
const active = (suffix = '') => `/v1/projects/${PROJECT}/activeNumbers/+12025550134${suffix}`;
const available = (suffix = '') => `/v1/projects/${PROJECT}/availableNumbers/+12025550134${suffix}`;
const RENT = available(':rent');
const RELEASE = active(':release');

const activeNumber = {
  phoneNumber: NUMBER,
  projectId: PROJECT,
  displayName: 'Reception',
  regionCode: 'US',
  type: 'LOCAL',
  capability: ['SMS', 'VOICE'],
  money: { currencyCode: 'USD', amount: '2.00' },
  paymentIntervalMonths: 1,
  nextChargeDate: '2026-03-01T00:00:00Z',
};
const offer = {
  phoneNumber: NUMBER,
  regionCode: 'US',
  type: 'LOCAL',
  capability: ['SMS', 'VOICE'],
  setupPrice: { currencyCode: 'USD', amount: '1.50' },
  monthlyPrice: { currencyCode: 'USD', amount: '2.25' },
  paymentIntervalMonths: 1,
};

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server?.close());
// Every connection closed before the log and the scripts are forgotten, so nothing from this
// test can reach the next one.
afterEach(() => server.reset());

const cli = (args: string[], env: Record<string, string> = CREDENTIALS) =>
  runCli([...args, '--base-url', server.url, '--auth', 'basic', '--max-retries', '0'], { env });

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe('exit code 1: the API said no', () => {
  it('prints the API message, status and request id for a 404', async () => {
    server.script(
      `GET ${active()}`,
      reply.error(404, 'NOT_FOUND', { 'x-request-id': 'req-404-abc' }),
    );
    const result = await cli(['get', NUMBER]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('the API answered 404 NOT_FOUND: not_found from fault server');
    expect(result.stderr).toContain('request id: req-404-abc');
    noStack(result.stderr);
  });

  it('adds a credentials hint to a 401', async () => {
    server.script(`GET ${active()}`, reply.error(401, 'UNAUTHENTICATED'));
    const result = await cli(['get', NUMBER]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('401 UNAUTHENTICATED');
    expect(result.stderr).toContain('check the credentials');
  });

  it('lists the field violations of a 400', async () => {
    server.script(
      `PATCH ${active()}`,
      reply.json(400, {
        error: {
          code: 400,
          message: 'invalid request',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              type: 'BadRequest',
              fieldViolations: [{ field: 'displayName', description: 'too long' }],
            },
          ],
        },
      }),
    );
    const result = await cli(['update', NUMBER, '--display-name', 'x']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('400 INVALID_ARGUMENT: invalid request');
    expect(result.stderr).toContain('displayName: too long');
  });

  it('reports a server error once when retries are off', async () => {
    server.script(`GET ${active()}`, reply.error(503, 'UNAVAILABLE'));
    const result = await cli(['get', NUMBER]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('503 UNAVAILABLE');
    expect(server.count('GET', active())).toBe(1);
  });

  it('reports a refused connection without a stack', async () => {
    const closed = await startFaultServer();
    const url = closed.url;
    await closed.close();
    const result = await runCli(['get', NUMBER, '--base-url', url, '--auth', 'basic'], {
      env: CREDENTIALS,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('connection failed');
    noStack(result.stderr);
  });
});

describe('exit code 2: the command line is wrong', () => {
  it('refuses a number that is not E.164, sending nothing', async () => {
    const result = await cli(['get', '2025550134']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('<number> must be an E.164 phone number');
    expect(result.stderr).toContain("Run 'sinch-numbers get --help' for usage.");
    expect(server.requests).toHaveLength(0);
  });

  it('refuses an unknown flag, suggesting the close one', async () => {
    const result = await cli(['list', '--regoin', 'US']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'sinch-numbers: unknown option --regoin (did you mean --region?)',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a bad enum value', async () => {
    const result = await cli(['list', '--type', 'FIXED']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--type must be one of MOBILE, LOCAL, TOLL_FREE; got 'FIXED'");
  });

  it('refuses an unknown command', async () => {
    const result = await cli(['serch']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown command 'serch' (did you mean 'search'?)");
  });

  it('names every missing credential', async () => {
    const result = await cli(['get', NUMBER], { SINCH_PROJECT_ID: 'p' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'SINCH_KEY_ID (or --key-id), SINCH_KEY_SECRET (or --key-secret)',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('accepts credentials as flags', async () => {
    server.script(`GET ${active()}`, reply.json(200, activeNumber));
    const result = await cli(
      ['get', NUMBER, '--project-id', PROJECT, '--key-id', 'k', '--key-secret', 's'],
      {},
    );
    expect(result.code).toBe(0);
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('k:s').toString('base64')}`,
    );
  });
});

describe('billable commands are never sent unconfirmed', () => {
  it('rent without --yes off a terminal: shows the price, exits 2, sends no rent', async () => {
    server.script(`GET ${available()}`, reply.json(200, offer));
    server.script(`POST ${RENT}`, reply.json(200, activeNumber));
    const result = await cli(['rent', NUMBER]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/Setup price\s+USD 1\.50/);
    expect(result.stdout).toMatch(/Monthly price\s+USD 2\.25/);
    expect(result.stdout).toMatch(/Billed every\s+1 month/);
    expect(result.stderr).toContain('rent is billable and stdin is not a terminal');
    expect(result.stderr).toContain('pass --yes');
    expect(server.count('POST', RENT)).toBe(0);
  });

  it('rent --yes sends exactly one rent', async () => {
    server.script(`GET ${available()}`, reply.json(200, offer));
    server.script(`POST ${RENT}`, reply.json(200, activeNumber));
    const result = await cli(['rent', NUMBER, '--yes', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).phoneNumber).toBe(NUMBER);
    expect(server.count('POST', RENT)).toBe(1);
  });

  it('rent of a number that is not for sale stops at the check', async () => {
    server.script(`GET ${available()}`, reply.error(404, 'NOT_FOUND'));
    const result = await cli(['rent', NUMBER, '--yes']);
    expect(result.code).toBe(1);
    expect(server.count('POST', RENT)).toBe(0);
  });

  it('rent-any without --yes sends nothing billable', async () => {
    const result = await cli(['rent-any', '--region', 'US', '--type', 'LOCAL']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/Region\s+US/);
    expect(server.count('POST', `/v1/projects/${PROJECT}/availableNumbers:rentAny`)).toBe(0);
  });

  it('release without --yes: shows name and next charge, exits 2, sends no release', async () => {
    server.script(`GET ${active()}`, reply.json(200, activeNumber));
    server.script(`POST ${RELEASE}`, reply.json(200, activeNumber));
    const result = await cli(['release', NUMBER]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/Display name\s+Reception/);
    expect(result.stdout).toMatch(/Next charge\s+2026-03-01T00:00:00\.000Z/);
    expect(server.count('POST', RELEASE)).toBe(0);
  });

  it('release --yes sends exactly one release', async () => {
    server.script(`GET ${active()}`, reply.json(200, activeNumber));
    server.script(`POST ${RELEASE}`, reply.json(200, activeNumber));
    const result = await cli(['release', NUMBER, '--yes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Released ${NUMBER}.`);
    expect(server.count('POST', RELEASE)).toBe(1);
  });
});

describe('auth, signals', () => {
  it('uses OAuth2 by default, with --token-url', async () => {
    server.script(`GET ${active()}`, reply.json(200, activeNumber));
    const result = await runCli(
      ['get', NUMBER, '--base-url', server.url, '--token-url', `${server.url}${TOKEN_PATH}`],
      { env: CREDENTIALS },
    );
    expect(result.code).toBe(0);
    expect(server.count('POST', TOKEN_PATH)).toBe(1);
    const call = server.requests.find((r) => r.method === 'GET');
    expect(call?.headers.authorization).toBe('Bearer fault-server-token');
  });

  it('Ctrl+C during a rent exits 130 and says the rent may have gone through', async () => {
    server.script(`GET ${available()}`, reply.json(200, offer));
    server.script(`POST ${RENT}`, reply.stall());
    const child = spawn(
      process.execPath,
      [CLI, 'rent', NUMBER, '--yes', '--base-url', server.url, '--auth', 'basic'],
      { env: { ...process.env, ...CREDENTIALS }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    // Interrupt once the server holds the rent.
    await server.stalled();
    expect(server.count('POST', RENT)).toBe(1);
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.once('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain(
      `interrupted: the rent of ${NUMBER} may have gone through; check with 'sinch-numbers get ${NUMBER}'`,
    );
  });
});
