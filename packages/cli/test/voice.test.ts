/** The voice application commands against the Prism mock of the Voice API. */
import { type PrismServer, startMock } from '@sinch-numbers/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDENTIALS, runCli } from './support/cli.js';

let mock: PrismServer;
beforeAll(async () => {
  // A cold Prism start takes 2-3 s on a quiet machine; give it far more before reporting it.
  mock = await startMock({ spec: 'voice', errors: true, startTimeoutMs: 90_000 });
});
afterAll(() => mock?.stop());

// Signed requests (the default): Prism checks that the Authorization header is there.
const cli = (args: string[]) =>
  runCli([...args, '--voice-base-url', mock.url], { env: CREDENTIALS });

describe.concurrent('voice', () => {
  it('numbers lists each number with its application', async () => {
    const result = await cli(['voice', 'numbers']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^NUMBER\s+APPLICATION\s+CAPABILITY/);
    expect(result.stdout).toMatch(/\+12025550134\s+5f0c9a1e-7b2d-4c6e-9a3f-1d8e2b7c4a60\s+voice/);
    expect(result.stdout).toMatch(/\+46700000123\s+-\s+voice/);
    const json = await cli(['voice', 'numbers', '--json']);
    expect(JSON.parse(json.stdout).numbers).toHaveLength(3);
  });

  it('assign takes several numbers; the app key defaults to the credential', async () => {
    const result = await cli(['voice', 'assign', '+12025550134', '+12025550188']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'Assigned +12025550134,+12025550188 to application app-key-1 for voice.',
    );
    const json = await cli([
      'voice',
      'assign',
      '+12025550134',
      '--app-key',
      'other-app',
      '--capability',
      'sms',
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      applicationkey: 'other-app',
      capability: 'sms',
      numbers: ['+12025550134'],
    });
  });

  it('assign refuses a number that is not E.164 before sending anything', async () => {
    const result = await cli(['voice', 'assign', '+12025550134', '0701234567']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("got '0701234567'");
  });

  it('unassign removes an assignment', async () => {
    const result = await cli(['voice', 'unassign', '+12025550134']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Unassigned +12025550134 from application app-key-1 (voice).');
  });

  it('callbacks get and set', async () => {
    const got = await cli(['voice', 'callbacks', 'get']);
    expect(got.code).toBe(0);
    expect(got.stdout).toMatch(/Primary\s+https:\/\/voice\.example\.com\/sinch\/events/);
    expect(got.stdout).toMatch(/Fallback\s+https:\/\/voice-backup\.example\.com\/sinch\/events/);
    const set = await cli([
      'voice',
      'callbacks',
      'set',
      '--primary',
      'https://example.com/voice',
      '--fallback',
      'https://backup.example.com/voice',
      '--json',
    ]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({
      applicationkey: 'app-key-1',
      url: { primary: 'https://example.com/voice', fallback: 'https://backup.example.com/voice' },
    });
  });

  it('callbacks set needs --primary, as a URL', async () => {
    expect((await cli(['voice', 'callbacks', 'set'])).code).toBe(2);
    const bad = await cli(['voice', 'callbacks', 'set', '--primary', 'not a url']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--primary must be an absolute URL');
  });

  it('query shows country, type and rate', async () => {
    const result = await cli(['voice', 'query', '+46730170101']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Country\s+SE/);
    expect(result.stdout).toMatch(/Type\s+Mobile/);
    expect(result.stdout).toMatch(/Rate\s+USD 0\.052 per minute/);
    const json = await cli(['voice', 'query', '+46730170101', '--json']);
    expect(JSON.parse(json.stdout).number.normalizedNumber).toBe('+46730170101');
  });

  it('needs the application credentials', async () => {
    const result = await runCli(['voice', 'numbers', '--voice-base-url', mock.url]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('SINCH_APPLICATION_KEY (or --application-key)');
  });
});
