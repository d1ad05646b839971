/**
 * A server that closes idle keep-alive sockets: the request written to such a socket is lost
 * unread. A read or an idempotent update must still succeed (or fail as retry-safe); a billable
 * POST must never reach the server twice. Runs over both transports (see vitest.config.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionError, UncertainOutcomeError } from '../src/index.js';
import {
  activeNumber,
  availablePath,
  faultClient,
  NUMBER,
  numberPath,
  TRANSPORT,
} from './support/client.js';
import { type FaultServer, reply, startFaultServer } from './support/fault-server.js';

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A fresh server per case, so no socket from an earlier case is reused. */
async function idleClosingServer(): Promise<FaultServer> {
  server = await startFaultServer({ dropReusedSockets: true });
  server.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
  server.script(`PATCH ${numberPath()}`, reply.json(200, activeNumber));
  return server;
}

type Client = ReturnType<typeof faultClient>;

const cases: Array<{
  name: string;
  route: string;
  run: (c: Client) => Promise<unknown>;
  want: {
    resolves: boolean;
    processed: number;
    error?: new (...a: never[]) => Error;
    cause?: new (...a: never[]) => Error;
  };
}> = [
  {
    name: 'activeNumber.get (GET)',
    route: `GET ${numberPath()}`,
    run: (c) => c.numbers.activeNumber.get({ phoneNumber: NUMBER }),
    // The warm-up read plus the read sent again on a new socket.
    want: { resolves: true, processed: 2 },
  },
  {
    name: 'activeNumber.update (PATCH, retry-safe)',
    route: `PATCH ${numberPath()}`,
    run: (c) => c.numbers.activeNumber.update({ phoneNumber: NUMBER, displayName: 'desk' }),
    want: { resolves: true, processed: 1 },
  },
  {
    name: 'activeNumber.release (billable POST)',
    route: `POST ${numberPath(':release')}`,
    run: (c) => c.numbers.activeNumber.release({ phoneNumber: NUMBER }),
    // The request left on a socket the server then dropped: for a billable call that is an
    // ambiguous failure, reported as such (the ConnectionError is its cause), never retried.
    want: { resolves: false, processed: 0, error: UncertainOutcomeError, cause: ConnectionError },
  },
  {
    name: 'availableNumber.rent (billable POST, checked)',
    route: `POST ${availablePath(':rent')}`,
    run: (c) =>
      c.numbers.availableNumber.rent({
        phoneNumber: NUMBER,
        smsConfiguration: { servicePlanId: 'plan' },
      }),
    // The check finds the number active, so the rent is not sent again.
    want: { resolves: true, processed: 0 },
  },
];

describe(`a server closing reused keep-alive sockets (${TRANSPORT} transport)`, () => {
  for (const { name, route, run, want } of cases) {
    it(`${name}: ${want.resolves ? 'succeeds' : 'fails'}, sent at most once to the server`, async () => {
      const s = await idleClosingServer();
      const c = faultClient(s, { authentication: 'basic', maxRetries: 2 });
      await c.numbers.activeNumber.get({ phoneNumber: NUMBER });
      // undici hands the socket back to its pool a turn of the event loop after the body ends.
      await new Promise((resolve) => setImmediate(resolve));
      const outcome = run(c);
      if (want.resolves) await expect(outcome).resolves.toBeDefined();
      else await expect(outcome).rejects.toBeInstanceOf(want.error);
      if (want.cause) {
        const error = await outcome.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect((error as Error).cause).toBeInstanceOf(want.cause);
      }
      const [method, path] = route.split(' ') as [string, string];
      // The lost request was written once to the stale socket and never read by the server.
      expect(s.dropped).toContain(route);
      expect(s.dropped.filter((r) => r === route)).toHaveLength(1);
      expect(s.count(method, path)).toBe(want.processed);
    });
  }
});

// Only in the default project: the other one passes a fetch to every client on purpose.
describe.runIf(TRANSPORT === 'default')('the default transport in Node', () => {
  it('is node:http, not fetch: no fetch-only request headers', async () => {
    const s = await startFaultServer();
    server = s;
    s.script(`GET ${numberPath()}`, reply.json(200, activeNumber));
    const viaDefault = faultClient(s, { authentication: 'basic' });
    const viaFetch = faultClient(s, {
      authentication: 'basic',
      fetch: (input, init) => globalThis.fetch(input, init),
    });
    await viaDefault.numbers.activeNumber.get({ phoneNumber: NUMBER });
    await viaFetch.numbers.activeNumber.get({ phoneNumber: NUMBER });
    expect(s.requests.map((r) => r.headers['sec-fetch-mode'])).toEqual([undefined, 'cors']);
  });
});
