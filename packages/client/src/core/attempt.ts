/**
 * One attempt of a call: the built request sent through the request primitive within the time
 * and size limits (which the primitive and the transport enforce, without an `AbortSignal` per
 * attempt), its answer turned into data (dates revived) or a typed error.
 */
import {
  BodyTooLargeError,
  type HttpRequest,
  OAuth2TokenError,
  sendRequest,
  TransportTimeoutError,
} from '@sinch-numbers/fetch/core';
import { DateFieldError, type MetaOperation } from '@sinch-numbers/fetch/meta';
import type { Exchange } from './api-promise.js';
import { truncateErrorText } from './body.js';
import type { ClientContext } from './context.js';
import { apiErrorFor, tokenErrorFor } from './error-mapping.js';
import {
  ConnectionError,
  InvalidResponseError,
  type RequestSummary,
  ResponseTooLargeError,
  SinchError,
  TimeoutError,
} from './errors.js';
import { redactEchoedCredentials } from './redact.js';
import { markUnsent, wasUnsent } from './unsent.js';

/** One attempt's inputs. */
export interface Attempt {
  readonly meta: Pick<MetaOperation, 'response' | 'billable'>;
  readonly request: HttpRequest;
  readonly summary: RequestSummary;
  readonly timeoutMs: number;
  /** Most bytes of response body read, after decompression. */
  readonly maxResponseBytes: number;
  readonly signal: AbortSignal | undefined;
  /** The raw escape hatch: answer whatever arrives (JSON parsed, else text), no revival. */
  readonly raw?: boolean;
}

// The credentials a refused request carried, so a 401 retires only them.
const sentCredentials = new WeakMap<object, Readonly<Record<string, string>>>();

/** The auth headers the request that failed with `error` carried, when it got that far. */
export function rejectedCredentials(error: unknown): Readonly<Record<string, string>> | undefined {
  return typeof error === 'object' && error !== null ? sentCredentials.get(error) : undefined;
}

/** Sends one attempt; resolves with the revived data and the response, or a typed error. */
export async function attemptOnce(ctx: ClientContext, attempt: Attempt): Promise<Exchange> {
  const { meta, summary, signal: user } = attempt;
  if (user?.aborted) throw user.reason;
  let status: number | undefined;
  let credentials: Readonly<Record<string, string>> | undefined;
  try {
    const response = await sendRequest(ctx.endpoint, attempt.request, {
      signal: user,
      timeoutMs: attempt.timeoutMs,
      startTimer: ctx.startTimer,
      now: ctx.now,
      maxBodyBytes: attempt.maxResponseBytes,
      onAuthorized: (auth) => {
        credentials = auth;
      },
    });
    status = response.status;
    const text = response.body;
    if (status < 200 || status > 299) {
      const body = parseLoosely(truncateErrorText(redactEchoedCredentials(text, credentials)));
      const apiError = apiErrorFor(response, body, summary, ctx.now());
      if (credentials) sentCredentials.set(apiError, credentials);
      throw apiError;
    }
    if (attempt.raw) return { data: parseLoosely(text), response };
    if (!meta.response) return { data: undefined, response };
    if (text === '') {
      throw new InvalidResponseError(summary, 'empty body where the spec promises one', status);
    }
    const data: unknown = JSON.parse(text);
    const problem = ctx.shapeCheckFor?.(meta.response)?.(data);
    if (problem) throw new InvalidResponseError(summary, problem, status);
    const revive = ctx.reviverFor(meta.response);
    return { data: revive ? revive(data) : data, response };
  } catch (error) {
    if (error instanceof SinchError) throw error;
    if (error instanceof TransportTimeoutError) {
      if (credentials === undefined && ctx.tokenUrl !== undefined) {
        // Still waiting for a token: the token endpoint did not answer, the API was never called.
        const tokenRequest = { ...summary, method: 'POST', url: ctx.tokenUrl };
        throw markUnsent(new TimeoutError(tokenRequest, attempt.timeoutMs, { endpoint: 'token' }));
      }
      throw new TimeoutError(summary, attempt.timeoutMs);
    }
    if (user?.aborted) throw user.reason;
    if (error instanceof BodyTooLargeError) {
      throw new ResponseTooLargeError(summary, error.limitBytes, error.status);
    }
    if (error instanceof OAuth2TokenError) throw tokenErrorFor(error, summary);
    if (error instanceof SyntaxError) {
      // Never the parser's message: it quotes the body, which may hold a secret.
      throw new InvalidResponseError(summary, 'the body is not valid JSON', status);
    }
    if (error instanceof DateFieldError) {
      throw new InvalidResponseError(summary, error.message, status);
    }
    // A failure before the request left (its transport could not be loaded) stays unsent.
    const failed = new ConnectionError(summary, { cause: error });
    throw wasUnsent(error) ? markUnsent(failed) : failed;
  }
}

/** An error body as JSON when it is JSON, else its text (an HTML page from a proxy). */
function parseLoosely(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
