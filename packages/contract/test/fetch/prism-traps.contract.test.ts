/**
 * The places where a mock and a client most easily disagree. Each test also proves the mock is
 * strict there, so a passing contract test means something.
 */
import { describe, expect, inject, it } from 'vitest';
import { NUMBER, numbersFetchClient, PROJECT_ID } from '../support/fetch-client.js';
import { SpecViolation, specCheckedFetch } from '../support/spec-checked-fetch.js';

const base = () => `${inject('numbersMockUrl')}/v1/projects/${PROJECT_ID}`;
const auth = { Authorization: `Basic ${btoa('k:s')}` };

describe('Prism traps', () => {
  it('accepts + both percent-encoded and literal in a path', async () => {
    const fetch = specCheckedFetch();
    for (const number of ['%2B12025550134', '+12025550134']) {
      const response = await fetch(
        new Request(`${base()}/activeNumbers/${number}`, { headers: auth }),
      );
      expect(response.status).toBe(200);
    }
  });

  it('refuses a phone number without + (the E.164 pattern is enforced)', async () => {
    const fetch = specCheckedFetch();
    const request = new Request(`${base()}/activeNumbers/12025550134`, { headers: auth });
    await expect(fetch(request)).rejects.toThrow(SpecViolation);
  });

  it('routes :rent and :release to their operations and not to the sibling number path', async () => {
    const fetch = specCheckedFetch();
    const rent = await fetch(
      new Request(`${base()}/availableNumbers/%2B12025550134:rent`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ smsConfiguration: { servicePlanId: 'plan-1' } }),
      }),
    );
    expect(rent.status).toBe(200);
    const release = await fetch(
      new Request(`${base()}/activeNumbers/%2B12025550134:release`, {
        method: 'POST',
        headers: auth,
      }),
    );
    expect(release.status).toBe(200);
    expect(((await release.json()) as { phoneNumber: string }).phoneNumber).toBe(NUMBER);
  });

  it('checks every value of a repeated array query parameter against the enum', async () => {
    const fetch = specCheckedFetch();
    const request = new Request(
      `${base()}/availableNumbers?regionCode=US&type=LOCAL&capabilities=SMS&capabilities=MMS`,
      { headers: auth },
    );
    await expect(fetch(request)).rejects.toThrow(/capabilities/);
  });

  it('sends dotted query names flat, not as a deepObject', async () => {
    const { client, fetch } = numbersFetchClient();
    const { error } = await client.GET('/v1/projects/{projectId}/activeNumbers', {
      params: {
        query: {
          'numberPattern.pattern': '+1202',
          'numberPattern.searchPattern': 'END',
          pageSize: 1,
        },
      },
    });
    expect(error).toBeUndefined();
    expect(fetch.requests.at(-1)?.url).toContain('numberPattern.searchPattern=END');
    expect(fetch.requests.at(-1)?.url).not.toContain('%5B');
  });

  it('refuses a voice configuration that matches no branch of the union', async () => {
    const fetch = specCheckedFetch();
    const request = new Request(`${base()}/activeNumbers/%2B12025550134`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ voiceConfiguration: { type: 'SIP', trunkId: 'trunk-1' } }),
    });
    await expect(fetch(request)).rejects.toThrow(SpecViolation);
  });
});
