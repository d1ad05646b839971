/**
 * Section 4: walking a long list. Throughput is measured in this process, contenders
 * interleaved page by page (each takes one page, then the next contender...), so a busy moment
 * on a shared machine slows every contender alike; each round is one whole walk per
 * contender. Items per second = items walked / time spent in that contender's steps. Retained
 * heap is measured in a fresh process per contender (see heap-child.ts).
 */
import { modulePath, runJsonChild } from '../children.js';
import type { BenchConfig } from '../config.js';
import {
  createPaginator,
  ITEM_WORK_US,
  PAGINATOR_IDS,
  type PaginatorId,
  WHOLE_WALK_IDS,
  WORKED_WALK_IDS,
} from '../paginators.js';
import type { BenchServer } from '../server/spawn.js';

/** What heap-child.ts reports, in bytes. */
export interface HeapFigures {
  items: number;
  baselineBytes: number;
  /** heapUsed after two whole walks minus the baseline: the target's figure. */
  retainedBytes: number;
  /** The part of it in V8's code space (machine code; bytecode lives elsewhere). */
  retainedCodeBytes: number;
  /** What a second whole walk adds: near zero unless something leaks per walk. */
  secondWalkBytes: number;
  /** Highest heapUsed during the walk, garbage included (sampled once per page). */
  peakAboveBaselineBytes: number;
}

export interface PaginationFigures {
  id: PaginatorId;
  label: string;
  /** Items per walk; every walk must see the whole list. */
  items: number;
  itemsPerSecond: number;
  /** Mean time of one whole walk, in seconds. */
  secondsPerWalk: number;
  heap: HeapFigures;
}

export async function runPagination(
  server: BenchServer,
  config: BenchConfig,
  log: (line: string) => void,
): Promise<PaginationFigures[]> {
  const { totalItems, pageSize, rounds } = config.pagination;
  const paginators = await Promise.all(
    PAGINATOR_IDS.map((id) => createPaginator(id, server.baseUrl, pageSize)),
  );
  // Warm-up: a few pages each, so the first timed walk does not pay for compilation.
  for (const paginator of paginators) await paginator.iterate(pageSize * 10);
  const elapsed = paginators.map(() => 0);
  const items = paginators.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    const walks = paginators.map((paginator) => paginator.walk());
    const seen = paginators.map(() => 0);
    let active = walks.length;
    while (active > 0) {
      active = 0;
      for (const [index, walk] of walks.entries()) {
        const started = performance.now();
        const count = await walk.step();
        elapsed[index] = (elapsed[index] ?? 0) + performance.now() - started;
        seen[index] = (seen[index] ?? 0) + count;
        if (count > 0) active++;
      }
    }
    for (const [index, paginator] of paginators.entries()) {
      if (seen[index] !== totalItems) {
        throw new Error(`${paginator.label} saw ${seen[index]} items instead of ${totalItems}`);
      }
      items[index] = (items[index] ?? 0) + totalItems;
    }
    log(`  round ${round + 1}/${rounds} done`);
  }
  const heapEntry = modulePath('./heap-child.ts', import.meta.url);
  const figures: PaginationFigures[] = [];
  for (const [index, paginator] of paginators.entries()) {
    log(`  retained heap: ${paginator.label}`);
    const heap = await runJsonChild<HeapFigures>(
      heapEntry,
      [paginator.id, server.baseUrl, String(pageSize), String(totalItems)],
      ['--expose-gc'],
    );
    const seconds = (elapsed[index] ?? 0) / 1000;
    figures.push({
      id: paginator.id,
      label: paginator.label,
      items: totalItems,
      itemsPerSecond: (items[index] ?? 0) / seconds,
      secondsPerWalk: seconds / rounds,
      heap,
    });
  }
  return figures;
}

/** One contender's whole walks, timed one at a time. */
export interface WholeWalkFigures {
  id: PaginatorId;
  label: string;
  /** µs of work the loop body spends per item (0: none). */
  workUs: number;
  items: number;
  itemsPerSecond: number;
  secondsPerWalk: number;
}

/**
 * Whole walks, contenders taking turns walk by walk (never overlapping), so a contender that
 * reads ahead is timed with its prefetch inside its own walk. Each round walks every contender
 * once, starting one contender later each round.
 */
export async function runWholeWalks(
  server: BenchServer,
  config: BenchConfig,
  log: (line: string) => void,
): Promise<WholeWalkFigures[]> {
  const { totalItems, pageSize, rounds } = config.pagination;
  const contenders = [
    ...WHOLE_WALK_IDS.map((id) => ({ id, workUs: 0 })),
    ...WORKED_WALK_IDS.map((id) => ({ id, workUs: ITEM_WORK_US })),
  ];
  const paginators = await Promise.all(
    contenders.map(({ id, workUs }) => createPaginator(id, server.baseUrl, pageSize, workUs)),
  );
  for (const paginator of paginators) await paginator.iterate(pageSize * 10);
  const elapsed = paginators.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < paginators.length; turn++) {
      const index = (round + turn) % paginators.length;
      const paginator = paginators[index] as (typeof paginators)[number];
      const started = performance.now();
      const seen = await paginator.iterate();
      elapsed[index] = (elapsed[index] ?? 0) + performance.now() - started;
      if (seen !== totalItems) {
        throw new Error(`${paginator.label} saw ${seen} items instead of ${totalItems}`);
      }
    }
    log(`  whole walks: round ${round + 1}/${rounds} done`);
  }
  return paginators.map((paginator, index) => {
    const seconds = (elapsed[index] ?? 0) / 1000;
    return {
      id: paginator.id,
      label: paginator.label,
      workUs: contenders[index]?.workUs ?? 0,
      items: totalItems,
      itemsPerSecond: (totalItems * rounds) / seconds,
      secondsPerWalk: seconds / rounds,
    };
  });
}
