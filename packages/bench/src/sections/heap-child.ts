/**
 * Entry of the retained-heap measurement, one fresh process per contender (run with
 * `--expose-gc`), so nothing another contender allocated or compiled is counted.
 *
 * Baseline: after the client is built and a tenth of the list was walked (token fetched,
 * connection open, hot code compiled), with garbage collected. Then the whole list is walked
 * twice, each iterator left to finish, garbage collected after each walk. Retained = heapUsed
 * after the walks minus the baseline. Taken after the second walk because right after the
 * first, what a collection leaves behind swings by about half a megabyte between identical
 * runs; what the second walk adds on its own tells a leak (growing with every walk) from
 * one-time costs (functions compiled late). Heap snapshots taken this way show the retained
 * part is compiled code and bytecode, not data.
 *
 * Usage: heap-child.ts <paginator id> <base URL> <page size> <total items>
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { createPaginator, type PaginatorId } from '../paginators.js';

const [id, baseUrl, pageSizeText, totalText] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!id || !baseUrl || !gc) {
  throw new Error('usage: node --expose-gc heap-child.ts <paginator> <baseUrl> <pageSize> <total>');
}
const collect = gc;
const pageSize = Number(pageSizeText ?? 100);
const total = Number(totalText ?? 100_000);

interface Snapshot {
  heapUsed: number;
  code: number;
}

async function settle(): Promise<Snapshot> {
  // Let finished sockets, timers, promise chains and finalizers unwind between collections,
  // until a collection frees nothing more (finalizers can release memory a cycle later).
  let previous = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    collect();
    const used = process.memoryUsage().heapUsed;
    if (i >= 3 && used >= previous - 1024) break;
    previous = used;
  }
  const code = getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_used_size, 0);
  return { heapUsed: process.memoryUsage().heapUsed, code };
}

const paginator = await createPaginator(id as PaginatorId, baseUrl, pageSize);
await paginator.iterate(Math.max(pageSize * 5, Math.floor(total / 10)));
const baseline = await settle();
let peak = baseline.heapUsed;
const items = await paginator.iterate(undefined, () => {
  const used = process.memoryUsage().heapUsed;
  if (used > peak) peak = used;
});
const afterFirst = await settle();
await paginator.iterate();
const afterSecond = await settle();
console.log(
  JSON.stringify({
    items,
    baselineBytes: baseline.heapUsed,
    retainedBytes: afterSecond.heapUsed - baseline.heapUsed,
    retainedCodeBytes: afterSecond.code - baseline.code,
    secondWalkBytes: afterSecond.heapUsed - afterFirst.heapUsed,
    peakAboveBaselineBytes: peak - baseline.heapUsed,
  }),
);
