import type { MetaOperation } from '@sinch-numbers/fetch/meta';
import { APIPromise, type Exchange } from './api-promise.js';
import type { CallOptions, ClientContext } from './context.js';
import type { ArgsOf, ResultOf } from './operation-types.js';
import { PagePromise } from './pagination.js';
import { callOperation, type OperationId, operationMeta } from './request.js';
import { unwrapBody } from './unwrap-body.js';

/** A group's context, or how to load it on first use (the Voice part is loaded lazily). */
export type ContextSource = ClientContext | (() => Promise<ClientContext>);

/**
 * Shared plumbing of the operation groups: a typed call by operationId. What an operation is
 * called, whether it may be retried and where a list keeps its items all come from the spec's
 * `x-sdk` extension (the generated metadata), so the groups hold no policy of their own.
 */
export abstract class OperationGroup {
  readonly #source: ContextSource;
  #loaded: Promise<ClientContext> | undefined;

  /** @internal */
  constructor(source: ContextSource) {
    this.#source = source;
  }

  /** @internal The context calls run in, loaded once when it comes from a loader. */
  protected context(): Promise<ClientContext> {
    const source = this.#source;
    this.#loaded ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return this.#loaded;
  }

  /** The context when it is at hand (not behind a loader), so a call can start at once. */
  #ready(): ClientContext | undefined {
    const source = this.#source;
    return typeof source === 'function' ? undefined : source;
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
    const ready = this.#ready();
    if (ready)
      return callOperation(ready, operationId, args, options) as Promise<Exchange<ResultOf<Id>>>;
    return this.context().then(
      (ctx) => callOperation(ctx, operationId, args, options) as Promise<Exchange<ResultOf<Id>>>,
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
      this.context().then((ctx) => {
        const label = operationMeta(ctx, operationId).name;
        return callOperation(ctx, operationId, unwrapBody(args, key, label), options) as Promise<
          Exchange<ResultOf<Id>>
        >;
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
    let meta: MetaOperation | undefined;
    let pagination: MetaOperation['pagination'];
    const source = () => ({
      operationId,
      name: meta?.name ?? String(operationId),
      method: meta?.method.toUpperCase() ?? 'GET',
      url: meta?.path ?? '',
    });
    return new PagePromise<T, Items>(async (pageToken) => {
      const ctx = await this.context();
      meta ??= operationMeta(ctx, operationId);
      pagination ??= meta?.pagination;
      if (!pagination) throw new TypeError(`${String(operationId)} is not a list operation`);
      const tokenParameter = pagination.pageToken;
      const request =
        pageToken === undefined || tokenParameter === undefined
          ? args
          : { ...args, [tokenParameter]: pageToken };
      const { data, response } = await callOperation(ctx, operationId, request, options);
      const page = data as Record<string, unknown> | undefined;
      return {
        data: (page?.[pagination.items] as T[] | undefined) ?? [],
        nextPageToken: pagination.nextPageToken
          ? (page?.[pagination.nextPageToken] as string | undefined)
          : undefined,
        totalSize: pagination.totalSize
          ? (page?.[pagination.totalSize] as number | undefined)
          : undefined,
        itemsField: pagination.items,
        response,
      };
    }, source);
  }
}
