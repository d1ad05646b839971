/**
 * Runs the failure cases of the suite once more, collects every error (message, stack, cause
 * chain and all properties, as util.inspect would print them) and every log event, and checks
 * that no credential appears anywhere in them.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../src/index.js';
import {
  activeNumber,
  faultClient,
  KEY_ID,
  KEY_SECRET,
  NUMBER,
  numberPath,
  projectPath,
} from './support/client.js';
import { reply, TOKEN_PATH, useFaultServer } from './support/fault-server.js';

const TOKEN = 'bearer-token-must-not-leak-9f8e7d';
const HMAC_SECRET = 'hmac-secret-must-not-leak-0123456789abcdef';
const secrets = [KEY_SECRET, btoa(`${KEY_ID}:${KEY_SECRET}`), TOKEN, HMAC_SECRET];

const server = useFaultServer();

const collected: string[] = [];
const logs: LogEvent[] = [];

async function capture(run: () => Promise<unknown>) {
  try {
    await run();
    collected.push('(no error)');
  } catch (error) {
    collected.push(inspect(error, { depth: 10, showHidden: true }));
    collected.push(JSON.stringify(error));
    collected.push(String(error));
    for (let e: unknown = error; e instanceof Error; e = e.cause)
      collected.push(e.message, e.stack ?? '');
  }
}

describe('no secret in errors or logs', () => {
  it('collects the failure cases', async () => {
    const withToken = () => {
      server.script(
        `POST ${TOKEN_PATH}`,
        reply.json(200, { access_token: TOKEN, expires_in: 3600 }),
      );
      const c = faultClient(server, { maxRetries: 1 });
      c.logs.length = 0;
      return c;
    };
    const scenarios: Array<[string, () => Promise<unknown>]> = [];
    let c = withToken();
    const add = (name: string, setup: () => void, run: () => Promise<unknown>) =>
      scenarios.push([
        name,
        async () => {
          setup();
          await run();
        },
      ]);

    add(
      '500s',
      () => server.script(`GET ${numberPath()}`, reply.error(500, 'INTERNAL')),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      '401s',
      () => server.script(`GET ${numberPath()}`, reply.error(401, 'UNAUTHENTICATED')),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'reset',
      () => server.script(`GET ${numberPath()}`, reply.reset()),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'stall',
      () => server.script(`GET ${numberPath()}`, reply.stall()),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'html',
      () => server.script(`GET ${numberPath()}`, reply.text(503, '<h1>down</h1>')),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'bad json',
      () => server.script(`GET ${numberPath()}`, reply.text(200, '{', 'application/json')),
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'uncertain rent',
      () => {
        server.script(
          `POST ${projectPath('/availableNumbers/%2B12025550134:rent')}`,
          reply.reset(),
        );
        server.script(`GET ${numberPath()}`, reply.error(500, 'INTERNAL'));
      },
      () => c.numbers.availableNumber.rent({ phoneNumber: NUMBER }),
    );
    add(
      'hmac validation',
      () => {},
      () => c.numbers.callbackConfiguration.update({ hmacSecret: `${HMAC_SECRET}!` }),
    );
    add(
      'hmac 400',
      () =>
        server.script(
          `PATCH ${projectPath('/callbackConfiguration')}`,
          reply.error(400, 'INVALID_ARGUMENT'),
        ),
      () => c.numbers.callbackConfiguration.update({ hmacSecret: HMAC_SECRET }),
    );
    add(
      'token refused',
      () => {
        c = faultClient(server, { maxRetries: 0 });
        server.script(
          `POST ${TOKEN_PATH}`,
          reply.json(401, { error: 'invalid_client', error_description: 'bad secret' }),
        );
      },
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'token endpoint down',
      () => {
        c = faultClient(server, { maxRetries: 0, tokenUrl: 'http://127.0.0.1:1/oauth2/token' });
      },
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'basic 500',
      () => {
        c = faultClient(server, { authentication: 'basic', maxRetries: 0 });
        server.script(`GET ${numberPath()}`, reply.error(500, 'INTERNAL'));
      },
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );
    add(
      'success for the logs',
      () => {
        c = withToken();
        server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
      },
      () => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    );

    for (const [, run] of scenarios) {
      await capture(run);
      logs.push(...c.logs);
    }
    expect(collected.filter((text) => text === '(no error)')).toHaveLength(1);
    expect(
      logs.some((e) => e.type === 'http' && e.headers.authorization === 'Bearer [redacted]'),
    ).toBe(true);
    expect(
      logs.some((e) => e.type === 'http' && e.headers.authorization === 'Basic [redacted]'),
    ).toBe(true);
  });

  it('finds none of the secrets in any of them', () => {
    const everything = [...collected, ...logs.map((event) => JSON.stringify(event))];
    expect(everything.length).toBeGreaterThan(40);
    for (const secret of secrets) {
      const leaks = everything.filter((text) => text.includes(secret));
      expect(leaks, `secret found in: ${leaks[0]?.slice(0, 300)}`).toEqual([]);
    }
  });
});
