/**
 * The stateful sandbox: a seeded, deterministic in-memory project behind the same MSW handlers as
 * the examples mock. Rent, release, orders, settings and pages all act on its state.
 */
import type { HttpHandler } from 'msw';
import type { AnswerOptions, Behaviour } from '../answer.js';
import { FaultScript } from '../faults.js';
import { fetchFromAnswer, type MockFetch } from '../fetch.js';
import { completeOrder, numbersOperation } from './numbers.js';
import { type ProjectState, seedProject } from './project.js';
import { seedVoice, type VoiceState, voiceOperation } from './voice.js';

/** The project ID the ready-made clients use; any other ID gets a fresh project of its own. */
export const SANDBOX_PROJECT_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

/** The moment a sandbox's clock shows unless it is given one. */
const FIXED_NOW = new Date('2026-01-15T10:30:00Z');

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** The sandbox's clock (rent and order dates, order expiry). @defaultValue a fixed 2026-01-15T10:30:00Z */
  now?: () => Date;
  /** Page size of a list request that gives none (or 0). @defaultValue 100 */
  defaultPageSize?: number;
}

/** What every mock of this package offers: MSW handlers, a `fetch`, and a fault script. */
export interface InProcessMock {
  /**
   * MSW request handlers: give them to `setupServer`, `setupWorker` or `getResponse`. Created on
   * first read. Where MSW cannot start (Cloudflare Workers, edge runtimes, web workers: the
   * `workerd`, `worker` and `edge-light` builds), reading this throws and says to use `fetch`.
   */
  readonly handlers: HttpHandler[];
  /**
   * A `fetch` for a client's `fetch` option (no global patching), on every runtime. It takes the
   * same path as the handlers' resolvers, so both answer alike, faults and state included.
   */
  readonly fetch: MockFetch;
  /** Faults scheduled for the next matching requests. */
  readonly faults: FaultScript;
}

/** The stateful sandbox. */
export interface Sandbox extends InProcessMock {
  /** The state of one project (seeded on first use), to inspect or arrange in tests. */
  project(projectId?: string): ProjectState;
  /** The Voice side: number assignments and callback URLs. */
  readonly voice: VoiceState;
  /**
   * Decides an order that is in review now rather than at its next read.
   * @returns false when there is no such order in review.
   */
  decideOrder(orderId: string, outcome?: 'COMPLETED' | 'REJECTED', projectId?: string): boolean;
  /** Back to the seed: every project and the Voice state start over, faults are dropped. */
  reset(): void;
}

/** Builds a mock's MSW handlers (or, where MSW cannot load, explains why there are none). */
export type HandlersOf = (options: AnswerOptions) => HttpHandler[];

/** The parts every mock shares: handlers made on first read, and a `fetch` to the same path. */
export function mockParts(options: AnswerOptions, handlersOf: HandlersOf): InProcessMock {
  let handlers: HttpHandler[] | undefined;
  return {
    get handlers() {
      handlers ??= handlersOf(options);
      return handlers;
    },
    fetch: fetchFromAnswer(options),
    faults: options.faults ?? new FaultScript(),
  };
}

const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/** `createSandbox` for a build: with MSW handlers, or without where MSW cannot load. */
export const sandboxFactory = (handlersOf: HandlersOf) =>
  function createSandbox(options: SandboxOptions = {}): Sandbox {
    const clock = options.now ?? (() => FIXED_NOW);
    const now = () => iso(clock());
    const defaultPageSize = options.defaultPageSize ?? 100;
    let projects = new Map<string, ProjectState>();
    let voice = seedVoice();
    const faults = new FaultScript();

    const project = (projectId = SANDBOX_PROJECT_ID) => {
      let state = projects.get(projectId);
      if (!state) {
        state = seedProject(projectId, now());
        projects.set(projectId, state);
      }
      return state;
    };

    const behaviour: Behaviour = (call) =>
      call.route.api === 'voice'
        ? voiceOperation(call, voice)
        : numbersOperation(call, { project: project(call.projectId), now, defaultPageSize });

    const parts = mockParts({ behaviour, faults }, handlersOf);
    return {
      get handlers() {
        return parts.handlers;
      },
      fetch: parts.fetch,
      faults,
      project,
      get voice() {
        return voice;
      },
      decideOrder(orderId, outcome = 'COMPLETED', projectId = SANDBOX_PROJECT_ID) {
        return completeOrder(project(projectId), orderId, now(), outcome);
      },
      reset() {
        projects = new Map();
        voice = seedVoice();
        faults.clear();
      },
    };
  };
