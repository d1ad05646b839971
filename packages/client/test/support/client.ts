import type { LogEvent } from '../../src/index.js';
import { SinchClient, type SinchClientOptions } from '../../src/index.js';
import { type FaultServer, TOKEN_PATH } from './fault-server.js';

export const PROJECT = 'project-1';
export const NUMBER = '+12025550134';
export const KEY_ID = 'key-id-1234';
export const KEY_SECRET = 'key-secret-do-not-leak-5678';
/** Path of one active number on the fault server, `+` literal as the client sends it. */
export const numberPath = (suffix = '') =>
  `/v1/projects/${PROJECT}/activeNumbers/+12025550134${suffix}`;
export const availablePath = (suffix = '') =>
  `/v1/projects/${PROJECT}/availableNumbers/+12025550134${suffix}`;
export const projectPath = (rest: string) => `/v1/projects/${PROJECT}${rest}`;

/** An active number body as the API would send it. */
export const activeNumber = {
  phoneNumber: NUMBER,
  projectId: PROJECT,
  regionCode: 'US',
  type: 'LOCAL',
  capability: ['SMS'],
  nextChargeDate: '2026-02-15T10:30:00Z',
};

/**
 * Which transport the fault suites run over: `fetch` (the global fetch, as outside Node) or,
 * unset, the client's default (in Node, the `node:http` transport). Set per vitest project.
 */
export const TRANSPORT = process.env.SINCH_TEST_TRANSPORT === 'fetch' ? 'fetch' : 'default';

const transportOptions: Partial<SinchClientOptions> =
  TRANSPORT === 'fetch' ? { fetch: (input, init) => globalThis.fetch(input, init) } : {};

/**
 * Time limits of attempts that run out when, and only when, the fault server stalls a request
 * (once that request is in its log): what a stall far longer than the limit does, without the
 * wait, and without a slow machine ever running out a limit on an answer that was coming. For one
 * call at a time: a stall runs out every limit running at that moment.
 */
export function timeoutsOnStall(
  server: FaultServer,
): NonNullable<SinchClientOptions['startTimer']> {
  const running = new Set<() => void>();
  server.onStall(() => {
    const due = [...running];
    running.clear();
    for (const expire of due) expire();
  });
  return (_ms, expire) => {
    running.add(expire);
    return () => running.delete(expire);
  };
}

/**
 * A client pointed at a fault server, waiting no real time between retries. Its time limits run
 * out only on the server's stalls ({@link timeoutsOnStall}), so what a test counts never depends
 * on the machine's speed; `startTimer: undefined` gives it the real clock back.
 */
export function faultClient(server: FaultServer, overrides: Partial<SinchClientOptions> = {}) {
  const sleeps: number[] = [];
  const logs: LogEvent[] = [];
  const client = new SinchClient({
    projectId: PROJECT,
    keyId: KEY_ID,
    keySecret: KEY_SECRET,
    numbersBaseUrl: server.url,
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    timeoutMs: 30_000,
    startTimer: timeoutsOnStall(server),
    random: () => 0.5,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
    logger: (event) => logs.push(event),
    ...transportOptions,
    env: false,
    ...overrides,
  });
  return { client, numbers: client.numbers, sleeps, logs };
}

/**
 * A client on Basic auth whose requests go to `fetch` (a stub that takes a `Request`), not to
 * the network; `overrides` adds or replaces options.
 */
export function stubClient(
  fetch: (request: Request) => Response | Promise<Response>,
  overrides: Partial<SinchClientOptions> = {},
): SinchClient {
  return new SinchClient({
    projectId: 'p',
    keyId: 'k',
    keySecret: 's',
    authentication: 'basic',
    numbersBaseUrl: 'http://api.test',
    fetch: async (input, init) => fetch(new Request(input, init)),
    env: false,
    ...overrides,
  });
}

/** A JSON response, as the stub fetches answer. */
export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

/**
 * A stub client over an API with `pages` pages of two active numbers each (the page token is the
 * page's index); `sent` records every URL requested.
 */
export function pagedClient(pages: number): { sinch: SinchClient; sent: string[] } {
  const sent: string[] = [];
  const sinch = stubClient((request) => {
    sent.push(request.url);
    const page = Number(new URL(request.url).searchParams.get('pageToken') ?? 0);
    return jsonResponse({
      activeNumbers: [{ phoneNumber: `+1202555000${page}` }, { phoneNumber: `+1202555100${page}` }],
      nextPageToken: page + 1 < pages ? String(page + 1) : '',
    });
  });
  return { sinch, sent };
}
