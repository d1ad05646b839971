import { describe, expect, it, vi } from 'vitest';
import { processEnvironment } from '../src/environment.js';
import {
  ConfigurationError,
  SinchClient,
  type SinchClientOptions,
  SinchError,
} from '../src/index.js';
import { jsonResponse } from './support/client.js';

const credentials = {
  projectId: 'p',
  keyId: 'k',
  keySecret: 'secret-value-1234',
  env: false as const,
};

describe('SinchClient options', () => {
  const cases: { name: string; given: Record<string, unknown>; option: string; says: RegExp }[] = [
    {
      name: 'baseUrl, a common name',
      given: { baseUrl: 'http://localhost:4010' },
      option: 'baseUrl',
      says: /did you mean numbersBaseUrl\?/,
    },
    {
      name: 'a misspelled option',
      given: { projectID: 'project-value-77' },
      option: 'projectID',
      says: /did you mean projectId\?/,
    },
    {
      name: 'a name with no near match',
      given: { colour: 'red' },
      option: 'colour',
      says: /is not an option; expected one of .*numbersBaseUrl/,
    },
    {
      name: 'a URL that does not parse',
      given: { numbersBaseUrl: 'not a url' },
      option: 'numbersBaseUrl',
      says: /absolute http\(s\) URL/,
    },
    {
      name: 'a URL of another scheme',
      given: { tokenUrl: 'ftp://auth.example' },
      option: 'tokenUrl',
      says: /absolute http\(s\) URL/,
    },
    {
      name: 'a URL with credentials in it',
      given: { voiceBaseUrl: 'https://user:pw@x.example' },
      option: 'voiceBaseUrl',
      says: /must not carry credentials/,
    },
    {
      name: 'a secret that is not a string',
      given: { keySecret: 1234 },
      option: 'keySecret',
      says: /non-empty string/,
    },
    { name: 'an empty key id', given: { keyId: ' ' }, option: 'keyId', says: /non-empty string/ },
    {
      name: 'an unknown region',
      given: { region: 'mars' },
      option: 'region',
      says: /must be one of /,
    },
    {
      name: 'an unknown authentication',
      given: { authentication: 'token' },
      option: 'authentication',
      says: /oauth2, basic/,
    },
    {
      name: 'a negative timeout',
      given: { timeoutMs: -1 },
      option: 'timeoutMs',
      says: /milliseconds from 1 to 2147483647/,
    },
    {
      name: 'a zero maxResponseBytes',
      given: { maxResponseBytes: 0 },
      option: 'maxResponseBytes',
      says: /integer number of bytes from 1/,
    },
    {
      name: 'an infinite maxResponseBytes',
      given: { maxResponseBytes: Number.POSITIVE_INFINITY },
      option: 'maxResponseBytes',
      says: /integer number of bytes/,
    },
    {
      name: 'retries as text',
      given: { maxRetries: '2' },
      option: 'maxRetries',
      says: /integer from 0 to 100/,
    },
    {
      name: 'a fetch that is not a function',
      given: { fetch: 'fetch-value-77' },
      option: 'fetch',
      says: /function/,
    },
    {
      name: 'a logger without levels',
      given: { logger: { log() {} } },
      option: 'logger',
      says: /error, warn, info and debug/,
    },
    {
      name: 'an unknown log level',
      given: { logLevel: 'loud' },
      option: 'logLevel',
      says: /off, error, warn, info, debug/,
    },
    {
      name: 'an unknown validation mode',
      given: { validation: 'lenient' },
      option: 'validation',
      says: /strict, warn, off/,
    },
    {
      name: 'SINCH_LOG with an unknown level',
      given: { env: { SINCH_LOG: 'loud' } },
      option: 'SINCH_LOG',
      says: /off, error/,
    },
  ];
  for (const { name, given, option, says } of cases) {
    it(`refuses ${name}, naming the option and not the value`, () => {
      const error = (() => {
        try {
          new SinchClient({ ...credentials, ...given } as SinchClientOptions);
        } catch (e) {
          return e;
        }
      })() as ConfigurationError;
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error).toBeInstanceOf(SinchError);
      expect(error.option).toBe(option);
      expect(error.message).toMatch(says);
      for (const value of Object.values(given)) {
        if (typeof value === 'string' && value.trim()) expect(error.message).not.toContain(value);
      }
      expect(error.message).not.toContain('secret-value-1234');
    });
  }

  it('refuses a client with no credentials anywhere, as a ConfigurationError', () => {
    expect(() => new SinchClient({ env: {} })).toThrow(ConfigurationError);
  });
});

describe('defaults from the environment', () => {
  function recording(options: SinchClientOptions) {
    const requests: Request[] = [];
    const client = new SinchClient({
      authentication: 'basic',
      numbersBaseUrl: 'http://api.test',
      fetch: async (input, init) => {
        requests.push(new Request(input, init));
        return jsonResponse({ phoneNumber: '+12025550134' });
      },
      ...options,
    });
    return { client, requests };
  }
  const env = {
    SINCH_PROJECT_ID: 'env-project',
    SINCH_KEY_ID: 'env-key',
    SINCH_KEY_SECRET: 'env-secret',
  };
  const basic = (id: string, secret: string) => `Basic ${btoa(`${id}:${secret}`)}`;

  const cases: {
    name: string;
    given: SinchClientOptions;
    want: { project: string; authorization: string } | 'no numbers';
  }[] = [
    {
      name: 'all credentials from the environment',
      given: { env },
      want: { project: 'env-project', authorization: basic('env-key', 'env-secret') },
    },
    {
      name: 'explicit options win',
      given: { env, projectId: 'mine', keyId: 'my-key', keySecret: 'my-secret' },
      want: { project: 'mine', authorization: basic('my-key', 'my-secret') },
    },
    {
      name: 'the environment completes explicit options',
      given: { env, projectId: 'mine' },
      want: { project: 'mine', authorization: basic('env-key', 'env-secret') },
    },
    {
      name: 'a partial environment does not switch an API on',
      given: {
        env: { SINCH_PROJECT_ID: 'env-project' },
        applicationKey: 'app',
        applicationSecret: btoa('s'),
      },
      want: 'no numbers',
    },
    {
      name: 'env: false reads nothing',
      given: { env: false, applicationKey: 'app', applicationSecret: btoa('s') },
      want: 'no numbers',
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, async () => {
      const { client, requests } = recording(given);
      if (want === 'no numbers') {
        expect(() => client.numbers).toThrow(/SINCH_PROJECT_ID, SINCH_KEY_ID, SINCH_KEY_SECRET/);
        return;
      }
      await client.numbers.get({ phoneNumber: '+12025550134' });
      expect(new URL(requests[0]?.url ?? '').pathname).toContain(`/projects/${want.project}/`);
      expect(requests[0]?.headers.get('authorization')).toBe(want.authorization);
    });
  }

  it('reads process.env by default in Node', async () => {
    vi.stubEnv('SINCH_PROJECT_ID', 'from-process');
    vi.stubEnv('SINCH_KEY_ID', 'process-key');
    vi.stubEnv('SINCH_KEY_SECRET', 'process-secret');
    try {
      const { client, requests } = recording({});
      await client.numbers.get({ phoneNumber: '+12025550134' });
      expect(requests[0]?.url).toContain('/projects/from-process/');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('finds no environment on a runtime without process (Workers, browsers)', () => {
    expect(processEnvironment({})).toBeUndefined();
    expect(processEnvironment({ process: { env: { A: '1' } } })).toEqual({ A: '1' });
    const throwing = Object.defineProperty({}, 'process', {
      get() {
        throw new Error('no permission');
      },
    });
    expect(processEnvironment(throwing)).toBeUndefined();
  });
});

describe('logLevel and logger objects', () => {
  function lines(options: SinchClientOptions) {
    const written: { level: string; message: string; rest: unknown[] }[] = [];
    const record =
      (level: string) =>
      (message: string, ...rest: unknown[]) =>
        written.push({ level, message, rest });
    const logger = {
      error: record('error'),
      warn: record('warn'),
      info: record('info'),
      debug: record('debug'),
    };
    let calls = 0;
    const client = new SinchClient({
      ...credentials,
      authentication: 'basic',
      numbersBaseUrl: 'http://api.test',
      sleep: async () => {},
      logger,
      fetch: async () =>
        ++calls === 1 ? new Response('busy', { status: 503 }) : jsonResponse({ phoneNumber: '+1' }),
      ...options,
    });
    return { client, written };
  }

  const cases: { name: string; given: SinchClientOptions; want: string[] }[] = [
    { name: 'default warn: a retried read writes nothing', given: {}, want: [] },
    {
      name: 'info: the failed exchange and the retry',
      given: { logLevel: 'info' },
      want: ['info', 'info'],
    },
    {
      name: 'debug: every exchange too',
      given: { logLevel: 'debug' },
      want: ['info', 'info', 'debug'],
    },
    { name: 'off: nothing', given: { logLevel: 'off' }, want: [] },
    {
      name: 'SINCH_LOG sets the level',
      given: { env: { SINCH_LOG: 'debug' } },
      want: ['info', 'info', 'debug'],
    },
    {
      name: 'logLevel wins over SINCH_LOG',
      given: { env: { SINCH_LOG: 'debug' }, logLevel: 'warn' },
      want: [],
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, async () => {
      const { client, written } = lines(given);
      await client.numbers.get({ phoneNumber: '+12025550134' });
      expect(written.map((w) => w.level)).toEqual(want);
      for (const { message, rest } of written) {
        expect(message).toMatch(/^sinch: /);
        expect(JSON.stringify([message, rest])).not.toContain('secret-value-1234');
        expect(JSON.stringify([message, rest])).not.toContain(btoa('k:secret-value-1234'));
      }
    });
  }

  it('says what happened in the message itself (pino keeps only the message)', async () => {
    const { client, written } = lines({ logLevel: 'debug' });
    await client.numbers.get({ phoneNumber: '+12025550134' });
    expect(written.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^sinch: GET http:\/\/api\.test\/v1\/projects\/p\/activeNumbers\/\+12025550134 503 in \d+ ms$/,
      ),
      expect.stringMatching(/^sinch: activeNumber.get retry 1 in \d+ ms after ServerError$/),
      expect.stringMatching(/ 200 in \d+ ms$/),
    ]);
  });

  it('keeps a call working when the logger throws', async () => {
    const broken = () => {
      throw new Error('logger down');
    };
    const { client } = lines({
      logLevel: 'debug',
      logger: { error: broken, warn: broken, info: broken, debug: broken },
    });
    await expect(client.numbers.get({ phoneNumber: '+12025550134' })).resolves.toEqual({
      phoneNumber: '+1',
    });
  });

  it('accepts console as it is', () => {
    expect(
      () => new SinchClient({ ...credentials, logger: console, logLevel: 'debug' }),
    ).not.toThrow();
  });
});
