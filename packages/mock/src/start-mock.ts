import { launchPrism, type PrismLaunchOptions, type PrismServer } from './prism-process.js';
import { resolveSpec, type SpecName } from './specs.js';

/** Options of {@link startMock}. */
export interface MockOptions extends PrismLaunchOptions {
  /** `'numbers'`, `'voice'` or the path of another OpenAPI document. @defaultValue `'numbers'` */
  spec?: SpecName;
  /**
   * Answer requests or responses that break the spec with an error (and the `sl-violations`
   * header) instead of only logging them. Turn it on in tests. @defaultValue false
   */
  errors?: boolean;
  /** Generate responses from the schemas instead of serving the spec's examples. @defaultValue false */
  dynamic?: boolean;
  /** Seed for dynamic responses, for repeatable output. */
  seed?: string;
}

/**
 * Starts a Prism mock of the Numbers (or Voice applications) API on loopback.
 *
 * @example
 * ```ts
 * const mock = await startMock({ errors: true });
 * const numbers = createNumbersClient({ projectId: 'p', auth, baseUrl: mock.url });
 * // ...
 * await mock.stop();
 * ```
 */
export async function startMock(options: MockOptions = {}): Promise<PrismServer> {
  const args = ['mock', resolveSpec(options.spec)];
  if (options.errors) args.push('--errors');
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  return launchPrism(args, options);
}
