/**
 * One attempt of a call: the built request sent through the request primitive under a timeout,
 * its answer turned into data (dates revived) or a typed error.
 */
import { type HttpRequest, OAuth2TokenError, sendRequest } from '@sinch-numbers/fetch';
import { DateFieldError, type MetaOperation } from '@sinch-numbers/fetch/meta';
import type { Exchange } from './api-promise.js';
import type { ClientContext } from './context.js';
import {
  apiErrorFor,
  ConnectionError,
  InvalidResponseError,
  type RequestSummary,
  SinchError,
  TimeoutError,
  tokenErrorFor,
} from './errors.js';

/** One attempt's inputs. */
export interface Attempt {
  readonly meta: Pick<MetaOperation, 'response'>;
  readonly request: HttpRequest;
  readonly summary: RequestSummary;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** The raw escape hatch: answer whatever arrives (JSON parsed, else text), no revival. */
  readonly raw?: boolean;
}

/** Sends one attempt; resolves with the revived data and the response, or a typed error. */
export async function attemptOnce(ctx: ClientContext, attempt: Attempt): Promise<Exchange> {
  const { meta, summary, signal: user } = attempt;
  if (user?.aborted) throw user.reason;
  const controller = new AbortController();
  const onAbort = () => controller.abort(user?.reason);
  user?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const cancelTimer = ctx.startTimer(attempt.timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  let status: number | undefined;
  try {
    const response = await sendRequest(ctx.endpoint, attempt.request, controller.signal);
    status = response.status;
    const text = response.body;
    if (status < 200 || status > 299) {
      throw apiErrorFor(response, parseLoosely(text), summary, ctx.now());
    }
    if (attempt.raw) return { data: parseLoosely(text), response };
    if (!meta.response) return { data: undefined, response };
    if (text === '') {
      throw new InvalidResponseError(summary, 'empty body where the spec promises one', status);
    }
    const data: unknown = JSON.parse(text);
    const revive = ctx.reviverFor(meta.response);
    return { data: revive ? revive(data) : data, response };
  } catch (error) {
    if (error instanceof SinchError) throw error;
    if (timedOut) throw new TimeoutError(summary, attempt.timeoutMs);
    if (user?.aborted) throw user.reason;
    if (error instanceof OAuth2TokenError) throw tokenErrorFor(error, summary);
    if (error instanceof SyntaxError || error instanceof DateFieldError) {
      throw new InvalidResponseError(summary, error.message, status);
    }
    throw new ConnectionError(summary, { cause: error });
  } finally {
    cancelTimer();
    user?.removeEventListener('abort', onAbort);
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
