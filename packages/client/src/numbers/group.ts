import type { CallOptions, ClientContext } from '../core/context.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import { PagePromise, type RawPage } from '../core/pagination.js';
import { callOperation, type OperationId, type RetryMode } from '../core/request.js';

/** A group's context, or how to load it on first use (the Voice part is loaded lazily). */
export type ContextSource = ClientContext | (() => Promise<ClientContext>);

/** Shared plumbing of the operation groups: a typed call by operationId. */
export abstract class OperationGroup {
  readonly #source: ContextSource;
  #loaded: Promise<ClientContext> | undefined;
  /** @internal */
  protected abstract readonly prefix: string;

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

  /** @internal */
  protected call<Id extends OperationId>(
    method: string,
    operationId: Id,
    args: object,
    options: CallOptions | undefined,
    retry: RetryMode,
  ): Promise<ResultOf<Id>> {
    return this.context().then(
      (ctx) =>
        callOperation(
          ctx,
          `${this.prefix}.${method}`,
          operationId,
          args,
          options,
          retry,
        ) as Promise<ResultOf<Id>>,
    );
  }

  /** @internal A list call whose whole result is one page under `key`. */
  protected singlePage<Id extends OperationId, T>(
    method: string,
    operationId: Id,
    args: ArgsOf<Id> | object,
    options: CallOptions | undefined,
    key: string,
  ): PagePromise<T> {
    return new PagePromise<T>(async () => {
      const result = (await this.call(method, operationId, args, options, 'safe')) as Record<
        string,
        unknown
      >;
      return { data: (result?.[key] as T[] | undefined) ?? [] } satisfies RawPage<T>;
    });
  }
}
