import { BadRequestError, UnauthorizedError, ValidationError } from '@sinch-numbers/client';
import { describe, expect, it } from 'vitest';
import { describeOperation } from '../support/operations.js';
import { APPLICATION_KEY, voiceHighLevelClient } from '../support/voice-clients.js';

describeOperation('Configuration_GetNumbers', 'client', () => {
  it('lists numbers and their assignments', async () => {
    const { applications } = voiceHighLevelClient();
    const result = await applications.listNumbers();
    expect(result.numbers?.map((n) => n.number)).toContain('+12025550134');
  });
});

describeOperation('Configuration_UpdateNumbers', 'client', () => {
  it('assigns numbers to the configured app', async () => {
    const { applications, fetch } = voiceHighLevelClient();
    expect(
      await applications.assignNumbers({ numbers: ['+12025550134'], capability: 'voice' }),
    ).toBeUndefined();
    expect(await fetch.requests.at(-1)?.json()).toEqual({
      applicationkey: APPLICATION_KEY,
      numbers: ['+12025550134'],
      capability: 'voice',
    });
  });
});

describeOperation('Configuration_UnassignNumber', 'client', () => {
  it('removes an assignment', async () => {
    const { applications, fetch } = voiceHighLevelClient();
    await applications.unassignNumber({ number: '+12025550134', capability: 'voice' });
    expect(fetch.requests.at(-1)?.method).toBe('DELETE');
  });
});

describeOperation('Configuration_GetCallbackURLs', 'client', () => {
  it("reads the configured app's callback URLs", async () => {
    const { applications, fetch } = voiceHighLevelClient();
    const callbacks = await applications.getCallbackURLs();
    expect(callbacks.url?.primary).toMatch(/^https:\/\//);
    expect(fetch.requests.at(-1)?.url).toContain(`/callbacks/applications/${APPLICATION_KEY}`);
  });
});

describeOperation('Configuration_UpdateCallbackURLs', 'client', () => {
  it('replaces the callback URLs', async () => {
    const { applications } = voiceHighLevelClient();
    await expect(
      applications.updateCallbackURLs({ url: { primary: 'https://example.com/voice' } }),
    ).resolves.toBeUndefined();
  });
});

describeOperation('Calling_QueryNumber', 'client', () => {
  it('looks a number up', async () => {
    const { applications } = voiceHighLevelClient();
    const result = await applications.queryNumber({ number: '+46730170101' });
    expect(result.number?.rate?.currencyId).toBe('USD');
  });
});

describe('voice errors and validation through the high-level client', () => {
  const errors = [
    { code: 400, want: BadRequestError, errorCode: '40001' },
    { code: 401, want: UnauthorizedError, errorCode: '40102' },
  ] as const;
  for (const { code, want, errorCode } of errors) {
    it(`Prefer: code=${code} gives a ${want.name} with the Voice error code`, async () => {
      const { applications, fetch } = voiceHighLevelClient(code);
      const error = await applications.getCallbackURLs().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(want);
      expect(error).toMatchObject({ status: code, code: errorCode });
      expect((error as UnauthorizedError).apiMessage).toBeTruthy();
      expect(fetch.requests).toHaveLength(1);
    });
  }

  it('refuses a number that is not E.164 before sending', async () => {
    const { applications, fetch } = voiceHighLevelClient();
    await expect(applications.unassignNumber({ number: '0046730170101' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(fetch.requests).toHaveLength(0);
  });
});
