import { APIPromise, type Exchange } from './api-promise.js';
import type { CallOptions, ClientContext } from './context.js';
import { loadRequestPath, type RequestPath } from './load-request-path.js';
import { onceUnlessFailed } from './once-unless-failed.js';
import type { ArgsOf, ResultOf } from './operation-types.js';
import { PagePromise } from './pagination.js';
import type { OperationId } from './request.js';

/** A group's context, or how to load it on first use (the Voice part is loaded lazily). */
export type ContextSource = ClientContext | (() => Promise<ClientContext>);

/** A group's context with the request path its calls run (both loaded on the first call). */
export interface Bound {
  readonly ctx: ClientContext;
  readonly path: RequestPath;
}

/**
 * Shared plumbing of the operation groups: a typed call by operationId. What an operation is
 * called, whether it may be retried and where a list keeps its items all come from the spec's
 * `x-sdk` extension (the generated metadata), so the groups hold no policy of their own.
 */
export abstract class OperationGroup {
  /** The context and request path once loaded, so every call after the first starts at once. */
  #ready: Bound | undefined;
  readonly #load: () => Promise<Bound>;

  /** @internal */
  constructor(source: ContextSource) {
    // A chunk that did not arrive is tried again by the next call.
    this.#load = onceUnlessFailed(() =>
      Promise.all([typeof source === 'function' ? source() : source, loadRequestPath()]).then(
        ([ctx, path]) => {
          this.#ready = { ctx, path };
          return this.#ready;
        },
      ),
    );
  }

  /**
   * @internal The context calls run in, loaded once when it comes from a loader, and the request
   * path, loaded on the first call of any group.
   */
  protected bound(): Promise<Bound> {
    return this.#load();
  }

  /** @internal */
  protected call<Id extends OperationId>(
    operationId: Id,
    args: object,
    options: CallOptions | undefined,
  ): APIPromise<ResultOf<Id>> {
    return new APIPromise(this.exchange(operationId, args, options));
  }

  /** @internal The call's result with the response it came in. */
  protected exchange<Id extends OperationId>(
    operationId: Id,
    args: object,
    options: CallOptions | undefined,
  ): Promise<Exchange<ResultOf<Id>>> {
    const ready = this.#ready;
    if (ready) {
      return ready.path.callOperation(ready.ctx, operationId, args, options) as Promise<
        Exchange<ResultOf<Id>>
      >;
    }
    return this.bound().then(
      ({ ctx, path }) =>
        path.callOperation(ctx, operationId, args, options) as Promise<Exchange<ResultOf<Id>>>,
    );
  }

  /**
   * @internal A call whose body may come nested under `key`, the official SDK's form; it is
   * unwrapped before the arguments are checked. Errors name the operation's method.
   */
  protected callNested<Id extends OperationId>(
    operationId: Id,
    args: object,
    key: string,
    options: CallOptions | undefined,
  ): APIPromise<ResultOf<Id>> {
    return new APIPromise(
      this.bound().then(({ ctx, path }) => {
        const label = path.operationMeta(ctx, operationId).name;
        return path.callOperation(
          ctx,
          operationId,
          path.unwrapBody(args, key, label),
          options,
        ) as Promise<Exchange<ResultOf<Id>>>;
      }),
    );
  }

  /**
   * @internal A list call: one request per page, following the page tokens the spec's
   * `x-sdk.pagination` names (a list without them is a single page).
   */
  protected paged<Id extends OperationId, T, Items extends string = never>(
    operationId: Id,
    args: ArgsOf<Id> | object,
    options: CallOptions | undefined,
  ): PagePromise<T, Items> {
    return new PagePromise<T, Items>(
      (pageToken) =>
        this.bound().then(({ ctx, path }) =>
          path.listPage<T>(ctx, operationId, args, options, pageToken),
        ),
      // Named in errors about the pages, which only a fetched page (so a loaded path) can give.
      () => {
        const ready = this.#ready;
        return ready
          ? ready.path.listSummary(ready.ctx, operationId)
          : { operationId, name: operationId, method: 'GET', url: '' };
      },
    );
  }
}
