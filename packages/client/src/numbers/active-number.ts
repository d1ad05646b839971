import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import type { PagePromise } from '../core/pagination.js';
import type { ActiveNumber } from './models.js';

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
  /**
   * Lists the project's numbers, one page per request. Await it for the first page, or iterate
   * it with `for await` for every number. Without `type` the API returns `MOBILE` numbers only;
   * the capability filter is `capability` (singular) here.
   */
  list(params: ListActiveNumbersParams = {}, options?: CallOptions): PagePromise<ActiveNumber> {
    return this.paged('NumberService_ListActiveNumbers', params, options);
  }

  /** Reads one active number. Throws `NotFoundError` when the project does not have it. */
  get(params: GetActiveNumberParams, options?: CallOptions): Promise<ActiveNumber> {
    return this.call('NumberService_GetActiveNumber', params, options);
  }

  /**
   * Changes a number's display name, callback URL, SMS or voice configuration. Send only the
   * configuration you mean to change: an empty `voiceConfiguration` is an error. Safe to retry.
   */
  update(
    params: UpdateActiveNumberParams,
    options?: CallOptions,
  ): Promise<ResultOf<'NumberService_UpdateActiveNumber'>> {
    return this.call('NumberService_UpdateActiveNumber', params, options);
  }

  /**
   * Gives a number back (it stops being billed at the end of the period). Never retried: after
   * an ambiguous failure, `get` tells whether the number is still active.
   */
  release(
    params: ReleaseNumberParams,
    options?: CallOptions,
  ): Promise<ResultOf<'NumberService_ReleaseNumber'>> {
    return this.call('NumberService_ReleaseNumber', params, options);
  }
}
