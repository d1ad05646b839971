/**
 * The benchmark server's request handler: the OAuth2 token endpoint, the three single calls
 * with canned bodies, and the active-numbers list generated page by page. It answers like the
 * API on the wire (JSON, Content-Length, keep-alive) and does nothing else, so differences
 * between contenders are the clients' own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  ACTIVE_NUMBER,
  AVAILABLE_NUMBERS,
  activeNumbersPage,
  offsetOf,
  tokenResponse,
} from './fixtures.js';

/** What the server has seen since the last reset. */
export interface Counters {
  tokenRequests: number;
  apiRequests: number;
  pages: number;
}

// Serialized once: the single calls answer the same bytes every time, as a cache would.
const ACTIVE_NUMBER_BODY = JSON.stringify(ACTIVE_NUMBER);
const AVAILABLE_NUMBERS_BODY = JSON.stringify(AVAILABLE_NUMBERS);

const ACTIVE_NUMBER_PATH = /^\/v1\/projects\/[^/]+\/activeNumbers\/[^/:]+$/;
const ACTIVE_NUMBERS_PATH = /^\/v1\/projects\/[^/]+\/activeNumbers$/;
const AVAILABLE_NUMBERS_PATH = /^\/v1\/projects\/[^/]+\/availableNumbers$/;

interface Answer {
  status: number;
  body: string;
}

const json = (status: number, body: string): Answer => ({ status, body });
const error = (status: number, message: string): Answer =>
  json(status, JSON.stringify({ error: { code: status, message } }));

/** Creates the handler and the counters it updates. `totalItems` sizes the active-numbers list. */
export function createHandler(totalItems: number) {
  const counters: Counters = { tokenRequests: 0, apiRequests: 0, pages: 0 };

  const route = (method: string, url: URL): Answer => {
    const { pathname } = url;
    if (pathname === '/oauth2/token' && method === 'POST') {
      counters.tokenRequests++;
      return json(200, JSON.stringify(tokenResponse()));
    }
    if (pathname === '/_bench/counters') return json(200, JSON.stringify(counters));
    if (pathname === '/_bench/reset' && method === 'POST') {
      counters.tokenRequests = 0;
      counters.apiRequests = 0;
      counters.pages = 0;
      return json(200, '{}');
    }
    counters.apiRequests++;
    if (ACTIVE_NUMBER_PATH.test(pathname) && (method === 'GET' || method === 'PATCH')) {
      return json(200, ACTIVE_NUMBER_BODY);
    }
    if (AVAILABLE_NUMBERS_PATH.test(pathname) && method === 'GET') {
      return json(200, AVAILABLE_NUMBERS_BODY);
    }
    if (ACTIVE_NUMBERS_PATH.test(pathname) && method === 'GET') {
      const token = url.searchParams.get('pageToken');
      const offset = token ? offsetOf(token) : 0;
      if (offset === undefined) {
        return error(400, 'bad pageToken');
      }
      const size = Number(url.searchParams.get('pageSize') ?? 100) || 100;
      counters.pages++;
      return json(200, JSON.stringify(activeNumbersPage(offset, size, totalItems)));
    }
    return error(404, `no route ${method} ${pathname}`);
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    // The body is read to the end before answering, as a real server would, so keep-alive
    // connections stay usable and PATCH pays for its upload.
    req.resume();
    req.on('end', () => {
      const { status, body } = route(req.method ?? 'GET', new URL(req.url ?? '/', 'http://x'));
      res.writeHead(status, {
        'Content-Type': 'application/json',
        'Content-Length': Buffer.byteLength(body),
      });
      res.end(body);
    });
  };
  return { handler, counters };
}
