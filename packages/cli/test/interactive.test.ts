/**
 * On a terminal the billable commands ask, and only "y" sends anything (counted on the fault
 * server). Needs util-linux `script` for the pseudo-terminal; skipped where it is missing.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type FaultServer,
  reply,
  startFaultServer,
} from '../../client/test/support/fault-server.js';
import { CREDENTIALS } from './support/cli.js';
import { HAS_TERMINAL, runInTerminal } from './support/terminal.js';

const PROJECT = CREDENTIALS.SINCH_PROJECT_ID;
const NUMBER = '+12025550134';
const CHECK = `/v1/projects/${PROJECT}/availableNumbers/+12025550134`;
const RENT = `${CHECK}:rent`;

const offer = {
  phoneNumber: NUMBER,
  regionCode: 'US',
  type: 'LOCAL',
  setupPrice: { currencyCode: 'USD', amount: '1.50' },
  monthlyPrice: { currencyCode: 'USD', amount: '2.25' },
  paymentIntervalMonths: 1,
};
const rented = { phoneNumber: NUMBER, projectId: PROJECT, regionCode: 'US', type: 'LOCAL' };

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
  server.script(`GET ${CHECK}`, reply.json(200, offer));
  server.script(`POST ${RENT}`, reply.json(200, rented));
});
afterAll(() => server?.close());
// Every connection closed first, so nothing from this test can reach the next one's log.
afterEach(async () => {
  await server.drain();
  server.requests.length = 0;
});

const PROMPT = /\[y\/N\] /;
const rent = (keys: string) =>
  runInTerminal(['rent', NUMBER, '--base-url', server.url, '--auth', 'basic'], {
    env: CREDENTIALS,
    prompt: PROMPT,
    keys,
  });

describe.skipIf(!HAS_TERMINAL)('confirmation on a terminal', () => {
  it('asks with the price; "n" sends nothing and exits 1', async () => {
    const result = await rent('n\r');
    expect(result.output).toContain('Rent +12025550134 for USD 1.50 setup and USD 2.25 a month?');
    expect(result.code).toBe(1);
    expect(result.output).toContain('Not confirmed: nothing was rented.');
    expect(server.count('GET', CHECK)).toBe(1);
    expect(server.count('POST', RENT)).toBe(0);
  });

  it('"y" sends exactly one rent', async () => {
    const result = await rent('y\r');
    expect(result.code).toBe(0);
    expect(result.output).toContain('Rented +12025550134.');
    expect(server.count('POST', RENT)).toBe(1);
  });

  it('Ctrl+C at the prompt under --mock exits 130 and stops the mock', async () => {
    const result = await runInTerminal(['release', NUMBER, '--mock'], {
      env: {},
      prompt: PROMPT,
      keys: '\u0003',
    });
    expect(result.code).toBe(130);
    expect(result.output).toContain('interrupted at the prompt');
    const url = /sandbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(result.output)?.[1];
    expect(url).toBeDefined();
    await expect(fetch(`${url}/v1/projects/p/activeNumbers`)).rejects.toThrow();
  });
});
