/**
 * Section 1: the cost of one request on loopback, per contender and operation. Calls are
 * sequential (one in flight), each timed on its own; rounds are interleaved (every contender
 * runs a short batch, then every contender again...) so a noisy moment on a shared machine hits
 * all contenders alike instead of whichever happened to run then. Besides wall time per call, the
 * CPU time the client process spent per call is recorded: the server is in another process, so
 * that figure is the client's own work.
 */
import type { BenchConfig } from '../config.js';
import { type Contender, createContenders, OPERATIONS, type Operation } from '../contenders.js';
import { PROJECT_ID } from '../server/fixtures.js';
import type { BenchServer } from '../server/spawn.js';
import { median, type Summary, summarize } from '../stats.js';

/** The figures of one contender for one operation, in microseconds. */
export interface RequestFigures {
  id: string;
  label: string;
  latencyUs: Summary;
  /** Client-process CPU time per call (median over rounds of the batch average). */
  cpuUs: number;
}

export type RequestsResult = Record<Operation, RequestFigures[]>;

function check(contender: Contender, op: Operation, value: unknown): void {
  const text = JSON.stringify(value) ?? '';
  if (!text.includes('+1202555')) {
    throw new Error(`${contender.label} ${op} returned an unexpected body: ${text.slice(0, 200)}`);
  }
}

async function measureOperation(
  contenders: readonly Contender[],
  op: Operation,
  settings: BenchConfig['requests'],
): Promise<RequestFigures[]> {
  for (const contender of contenders) {
    const call = contender.calls[op];
    check(contender, op, await call());
    for (let i = 0; i < settings.warmup; i++) await call();
  }
  const samples = contenders.map(() => new Float64Array(settings.rounds * settings.iterations));
  const cpu = contenders.map((): number[] => []);
  for (let round = 0; round < settings.rounds; round++) {
    // Each round starts one contender later, so none always runs right after the same one
    // (whose garbage it would otherwise collect).
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (round + turn) % contenders.length;
      const contender = contenders[index] as Contender;
      const call = contender.calls[op];
      const into = samples[index] as Float64Array;
      const offset = round * settings.iterations;
      const cpuBefore = process.cpuUsage();
      for (let i = 0; i < settings.iterations; i++) {
        const started = performance.now();
        await call();
        into[offset + i] = (performance.now() - started) * 1000;
      }
      const used = process.cpuUsage(cpuBefore);
      cpu[index]?.push((used.user + used.system) / settings.iterations);
    }
  }
  return contenders.map((contender, index) => ({
    id: contender.id,
    label: contender.label,
    latencyUs: summarize(samples[index] as Float64Array),
    cpuUs: median(cpu[index] ?? []),
  }));
}

export async function runRequests(
  server: BenchServer,
  config: BenchConfig,
  log: (line: string) => void,
): Promise<RequestsResult> {
  const contenders = await createContenders(server.baseUrl, PROJECT_ID);
  const result = {} as RequestsResult;
  for (const op of OPERATIONS) {
    log(`  ${op}: ${contenders.length} contenders x ${config.requests.rounds} rounds`);
    result[op] = await measureOperation(contenders, op, config.requests);
  }
  return result;
}
