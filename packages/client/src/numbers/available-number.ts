import { APIPromise } from '../core/api-promise.js';
import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf, ResultOf } from '../core/operation-types.js';
import type { PagePromise } from '../core/pagination.js';
import type { NestedBody } from '../core/unwrap-body.js';
import type { ActiveNumberGroup } from './active-number.js';
import type { RentOptions } from './billing.js';
import type { AvailableNumber } from './models.js';

/** Arguments of `availableNumber.list`: `regionCode` and `type` are required. */
export type ListAvailableNumbersParams = ArgsOf<'NumberService_ListAvailableNumbers'>;
/** Arguments of `availableNumber.checkAvailability`. */
export type CheckAvailabilityParams = ArgsOf<'NumberService_GetAvailableNumber'>;
/** Arguments of `availableNumber.rent`: the number plus its SMS/voice configuration. */
export type RentNumberParams = ArgsOf<'NumberService_RentNumber'>;
/** Arguments of `availableNumber.rentAny`: search criteria plus configuration. */
export type RentAnyNumberParams = ArgsOf<'NumberService_RentAnyNumber'>;
/** `rent` arguments in the official SDK's form: the body under `rentNumberRequestBody`. */
export type NestedRentNumberParams = NestedBody<
  RentNumberParams,
  'phoneNumber',
  'rentNumberRequestBody'
>;
/** `rentAny` arguments in the official SDK's form: the body under `rentAnyNumberRequestBody`. */
export type NestedRentAnyNumberParams = NestedBody<
  RentAnyNumberParams,
  never,
  'rentAnyNumberRequestBody'
>;

/**
 * Numbers for sale: search them, check one, rent one.
 *
 * @example
 * ```ts
 * const page = await sinch.numbers.availableNumber.list({ regionCode: 'US', type: 'LOCAL', size: 5 });
 * const rented = await sinch.numbers.availableNumber.rent({
 *   phoneNumber: page.data[0].phoneNumber,
 *   smsConfiguration: { servicePlanId: 'my-service-plan' },
 * });
 * ```
 */
export class AvailableNumberGroup extends OperationGroup {
  readonly #activeNumber: () => ActiveNumberGroup;

  /** @internal */
  constructor(
    ctx: ConstructorParameters<typeof OperationGroup>[0],
    activeNumber: () => ActiveNumberGroup,
  ) {
    super(ctx);
    this.#activeNumber = activeNumber;
  }

  /**
   * Searches numbers for sale in one region and of one type. The search returns a single batch
   * of at most `size` numbers (filter by `capabilities`, plural), so the page never has a next.
   */
  list(
    params: ListAvailableNumbersParams,
    options?: CallOptions,
  ): PagePromise<AvailableNumber, 'availableNumbers'> {
    return this.paged('NumberService_ListAvailableNumbers', params, options);
  }

  /** Tells whether one number is for sale, with its price and capabilities. */
  checkAvailability(
    params: CheckAvailabilityParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_GetAvailableNumber'>> {
    return this.call('NumberService_GetAvailableNumber', params, options);
  }

  /**
   * Rents one number (billable; the API supports this for US `LOCAL` numbers only). Never sent
   * twice blindly: after a timeout, a dropped connection or a 5xx, the client reads the number
   * from the project (`verifyReads` times, waiting `verifyDelayMs`, then twice as long, between
   * reads, since the project's view may lag). If it is there, that number is returned; if no
   * read finds it, the rent is tried again (up to `maxRetries`), and a refusal of that retry is
   * checked once more the same way; if a read fails, an `UncertainOutcomeError` says so. The body
   * may also be nested as `rentNumberRequestBody`.
   */
  rent(
    params: RentNumberParams | NestedRentNumberParams,
    options?: RentOptions,
  ): APIPromise<ResultOf<'NumberService_RentNumber'>> {
    const exchange = this.bound().then(({ ctx, path }) => {
      const flat = path.unwrapBody(
        params,
        'rentNumberRequestBody',
        'availableNumber.rent',
      ) as RentNumberParams;
      return path.rentWithRecovery(ctx, flat, options, {
        rentOnce: (callOptions) => this.exchange('NumberService_RentNumber', flat, callOptions),
        findActive: (phoneNumber, checkOptions) =>
          this.#activeNumber().get({ phoneNumber }, checkOptions).withResponse(),
      });
    });
    return new APIPromise(exchange);
  }

  /**
   * Rents the first number that matches the criteria (billable, US `LOCAL` only). Never
   * retried after an ambiguous failure: which number would have been rented is unknown, so the
   * error is thrown for you to check the project's active numbers. The body may also be nested
   * as `rentAnyNumberRequestBody`.
   */
  rentAny(
    params: RentAnyNumberParams | NestedRentAnyNumberParams,
    options?: CallOptions,
  ): APIPromise<ResultOf<'NumberService_RentAnyNumber'>> {
    return this.callNested(
      'NumberService_RentAnyNumber',
      params,
      'rentAnyNumberRequestBody',
      options,
    );
  }
}
