/**
 * The contenders of the per-request comparison: for each of the three operations, one function
 * per contender that makes the call and returns the parsed body. Every contender parses the
 * JSON answer, so the floor includes what no client can avoid.
 */
import http from 'node:http';
import type { Transport as ApiTransport } from '@sinch-numbers/fetch';
import { createNodeFetch, createNodeTransport } from '@sinch-numbers/fetch/node';
import { Agent, request as undiciRequest } from 'undici';
import {
  fetchToken,
  highLevelClient,
  lowLevelClient,
  officialClient,
  type Transport,
} from './clients.js';
import { PHONE_NUMBER, UPDATE_BODY } from './server/fixtures.js';

export const OPERATIONS = [
  'activeNumber.get',
  'availableNumber.list',
  'activeNumber.update',
] as const;
export type Operation = (typeof OPERATIONS)[number];

/** One way of making the three calls. */
export interface Contender {
  id: string;
  label: string;
  calls: Record<Operation, () => Promise<unknown>>;
}

const ACTIVE_NUMBER = `/v1/projects/{projectId}/activeNumbers/{phoneNumber}` as const;
const AVAILABLE_NUMBERS = `/v1/projects/{projectId}/availableNumbers` as const;
const LIST_QUERY = { regionCode: 'US', type: 'LOCAL', size: 2 } as const;

/** The three requests as URL, method and body, for the contenders that build them by hand. */
function rawRequests(baseUrl: string, projectId: string) {
  const project = `${baseUrl}/v1/projects/${projectId}`;
  const number = `${project}/activeNumbers/${encodeURIComponent(PHONE_NUMBER)}`;
  return {
    'activeNumber.get': { method: 'GET', url: number, body: undefined },
    'availableNumber.list': {
      method: 'GET',
      url: `${project}/availableNumbers?regionCode=US&type=LOCAL&size=2`,
      body: undefined,
    },
    'activeNumber.update': { method: 'PATCH', url: number, body: JSON.stringify(UPDATE_BODY) },
  } satisfies Record<Operation, { method: string; url: string; body: string | undefined }>;
}

function eachOperation(make: (op: Operation) => () => Promise<unknown>) {
  return Object.fromEntries(OPERATIONS.map((op) => [op, make(op)])) as Record<
    Operation,
    () => Promise<unknown>
  >;
}

/** `node:http` with a keep-alive agent: the least any client can do. */
function httpContender(
  raw: ReturnType<typeof rawRequests>,
  headers: Record<string, string>,
): Contender {
  const agent = new http.Agent({ keepAlive: true });
  const call = (method: string, url: string, body: string | undefined) =>
    new Promise<unknown>((resolve, reject) => {
      const outgoing = http.request(url, {
        method,
        agent,
        headers: body
          ? {
              ...headers,
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
            }
          : headers,
      });
      outgoing.once('error', reject);
      outgoing.once('response', (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.once('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      });
      outgoing.end(body);
    });
  return {
    id: 'http',
    label: 'node:http (floor)',
    calls: eachOperation((op) => {
      const { method, url, body } = raw[op];
      return () => call(method, url, body);
    }),
  };
}

function fetchContender(
  raw: ReturnType<typeof rawRequests>,
  headers: Record<string, string>,
): Contender {
  return {
    id: 'fetch',
    label: 'plain fetch',
    calls: eachOperation((op) => {
      const { method, url, body } = raw[op];
      const init: RequestInit = body
        ? { method, body, headers: { ...headers, 'content-type': 'application/json' } }
        : { method, headers };
      return async () => (await fetch(url, init)).json();
    }),
  };
}

function undiciContender(
  raw: ReturnType<typeof rawRequests>,
  headers: Record<string, string>,
): Contender {
  const dispatcher = new Agent({ keepAliveTimeout: 30_000 });
  return {
    id: 'undici',
    label: 'plain undici.request',
    calls: eachOperation((op) => {
      const { method, url, body } = raw[op];
      const sent = body ? { ...headers, 'content-type': 'application/json' } : headers;
      return async () => {
        const answer = await undiciRequest(url, {
          method: method as 'GET',
          headers: sent,
          body,
          dispatcher,
        });
        return answer.body.json();
      };
    }),
  };
}

function lowLevelContender(
  baseUrl: string,
  transport: Transport | undefined,
  id: string,
  label: string,
): Contender {
  const low = lowLevelClient(baseUrl, transport);
  const path = { phoneNumber: PHONE_NUMBER };
  const data = async (pending: Promise<{ data?: unknown; error?: unknown }>) => {
    const { data, error } = await pending;
    if (error !== undefined) throw new Error(`low-level call failed: ${JSON.stringify(error)}`);
    return data;
  };
  return {
    id,
    label,
    calls: {
      'activeNumber.get': () => data(low.GET(ACTIVE_NUMBER, { params: { path } })),
      'availableNumber.list': () =>
        data(low.GET(AVAILABLE_NUMBERS, { params: { query: LIST_QUERY } })),
      'activeNumber.update': () =>
        data(low.PATCH(ACTIVE_NUMBER, { params: { path }, body: UPDATE_BODY })),
    },
  };
}

function highLevelContender(
  baseUrl: string,
  transport: Transport | undefined,
  id: string,
  label: string,
  apiTransport?: ApiTransport,
): Contender {
  const { numbers } = highLevelClient(baseUrl, transport, apiTransport);
  return {
    id,
    label,
    calls: {
      'activeNumber.get': () => numbers.activeNumber.get({ phoneNumber: PHONE_NUMBER }),
      'availableNumber.list': async () => (await numbers.availableNumber.list(LIST_QUERY)).data,
      'activeNumber.update': () =>
        numbers.activeNumber.update({ phoneNumber: PHONE_NUMBER, ...UPDATE_BODY }),
    },
  };
}

function officialContender(baseUrl: string): Contender {
  const { numbers } = officialClient(baseUrl);
  return {
    id: 'official',
    label: 'official SDK',
    calls: {
      'activeNumber.get': () => numbers.activeNumber.get({ phoneNumber: PHONE_NUMBER }),
      'availableNumber.list': () => numbers.availableNumber.list(LIST_QUERY),
      'activeNumber.update': () =>
        numbers.activeNumber.update({
          phoneNumber: PHONE_NUMBER,
          updateActiveNumberRequestBody: UPDATE_BODY,
        }),
    },
  };
}

/** The global fetch, passed explicitly: what the client uses outside Node. */
const globalFetch: Transport = (input, init) => fetch(input, init);

/** Every contender, in the order each round runs them. */
export async function createContenders(baseUrl: string, projectId: string): Promise<Contender[]> {
  const raw = rawRequests(baseUrl, projectId);
  const headers = {
    authorization: `Bearer ${await fetchToken(baseUrl)}`,
    accept: 'application/json',
  };
  return [
    httpContender(raw, headers),
    undiciContender(raw, headers),
    fetchContender(raw, headers),
    lowLevelContender(baseUrl, undefined, 'low', 'low-level (fetch)'),
    lowLevelContender(baseUrl, createNodeFetch(), 'low+node', 'low-level + createNodeFetch()'),
    // The default in Node: the Node transport, through the `node` export condition.
    highLevelContender(baseUrl, undefined, 'high', 'high-level (default: Node transport)'),
    highLevelContender(baseUrl, globalFetch, 'high+fetch', 'high-level + fetch'),
    highLevelContender(
      baseUrl,
      undefined,
      'high+node',
      'high-level + createNodeTransport() given',
      createNodeTransport(),
    ),
    officialContender(baseUrl),
  ];
}
