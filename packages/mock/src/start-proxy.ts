import { launchPrism, type PrismLaunchOptions, type PrismServer } from './prism-process.js';
import { resolveSpec, type SpecName } from './specs.js';

/** Options of {@link startProxy}. */
export interface ProxyOptions extends PrismLaunchOptions {
  /** The real API (or any server) to forward requests to, e.g. `https://numbers.api.sinch.com`. */
  upstream: string;
  /** @defaultValue `'numbers'` */
  spec?: SpecName;
}

/**
 * Starts Prism as a validating proxy: every request is forwarded to `upstream`, and a request or
 * response that breaks the spec is answered with an error and the `sl-violations` header, so
 * integration tests against the real API also check the API against the spec.
 *
 * @example
 * ```ts
 * const proxy = await startProxy({ upstream: 'https://numbers.api.sinch.com' });
 * const numbers = createNumbersClient({ projectId, auth, baseUrl: proxy.url });
 * ```
 */
export async function startProxy(options: ProxyOptions): Promise<PrismServer> {
  const upstream = new URL(options.upstream).href.replace(/\/$/, '');
  return launchPrism(['proxy', resolveSpec(options.spec), upstream, '--errors'], options);
}
