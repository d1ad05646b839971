import type { CallOptions } from '../core/context.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import { PagePromise } from '../core/pagination.js';
import { OperationGroup } from './group.js';
import type { ActiveNumber } from './models.js';

const LIST_SOURCE = {
  operationId: 'NumberService_ListActiveNumbers',
  method: 'GET',
  url: '/v1/projects/{projectId}/activeNumbers',
};

/** Arguments of `activeNumber.list`. Set `pageSize`: the API documents no default. */
export type ListActiveNumbersParams = ArgsOf<'NumberService_ListActiveNumbers'>;
/** Arguments of `activeNumber.get`. */
export type GetActiveNumberParams = ArgsOf<'NumberService_GetActiveNumber'>;
/** Arguments of `activeNumber.update`: the number plus the fields to change. */
export type UpdateActiveNumberParams = ArgsOf<'NumberService_UpdateActiveNumber'>;
/** Arguments of `activeNumber.release`. */
export type ReleaseNumberParams = ArgsOf<'NumberService_ReleaseNumber'>;

/**
 * The numbers the project has rented.
 *
 * @example
 * ```ts
 * for await (const number of sinch.numbers.activeNumber.list({ regionCode: 'US', pageSize: 100 })) {
 *   console.log(number.phoneNumber, number.nextChargeDate);
 * }
 * ```
 */
export class ActiveNumberGroup extends OperationGroup {
  /** @internal */
  protected readonly prefix = 'activeNumber';

  /**
   * Lists the project's numbers, one page per request. Await it for the first page, or iterate
   * it with `for await` for every number. Without `type` the API returns `MOBILE` numbers only;
   * the capability filter is `capability` (singular) here.
   */
  list(params: ListActiveNumbersParams = {}, options?: CallOptions): PagePromise<ActiveNumber> {
    return new PagePromise<ActiveNumber>(async (pageToken) => {
      const page = await this.call(
        'list',
        'NumberService_ListActiveNumbers',
        pageToken === undefined ? params : { ...params, pageToken },
        options,
        'safe',
      );
      return {
        data: page.activeNumbers ?? [],
        nextPageToken: page.nextPageToken,
        totalSize: page.totalSize,
      };
    }, LIST_SOURCE);
  }

  /** Reads one active number. Throws `NotFoundError` when the project does not have it. */
  get(params: GetActiveNumberParams, options?: CallOptions): Promise<ActiveNumber> {
    return this.call('get', 'NumberService_GetActiveNumber', params, options, 'safe');
  }

  /**
   * Changes a number's display name, callback URL, SMS or voice configuration. Send only the
   * configuration you mean to change: an empty `voiceConfiguration` is an error. Safe to retry.
   */
  update(
    params: UpdateActiveNumberParams,
    options?: CallOptions,
  ): Promise<ResultOf<'NumberService_UpdateActiveNumber'>> {
    return this.call('update', 'NumberService_UpdateActiveNumber', params, options, 'safe');
  }

  /**
   * Gives a number back (it stops being billed at the end of the period). Never retried: after
   * an ambiguous failure, `get` tells whether the number is still active.
   */
  release(
    params: ReleaseNumberParams,
    options?: CallOptions,
  ): Promise<ResultOf<'NumberService_ReleaseNumber'>> {
    return this.call('release', 'NumberService_ReleaseNumber', params, options, 'never');
  }
}
