import type { CallOptions } from '../core/context.js';
import { OperationGroup } from '../core/group.js';
import type { ArgsOf } from '../core/operation-types.js';
import type { PagePromise } from '../core/pagination.js';
import type { AvailableRegion } from './models.js';

/** Arguments of `availableRegions.list`: optionally the number types to filter by. */
export type ListAvailableRegionsParams = ArgsOf<'NumberService_ListAvailableRegions'>;

/** The regions where numbers can be bought. */
export class AvailableRegionsGroup extends OperationGroup {
  /** Lists the regions (one page; `types` narrows them to regions offering those types). */
  list(
    params: ListAvailableRegionsParams = {},
    options?: CallOptions,
  ): PagePromise<AvailableRegion, 'availableRegions'> {
    return this.paged('NumberService_ListAvailableRegions', params, options);
  }
}
