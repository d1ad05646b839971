/**
 * Lints a document with Redocly's `recommended` rules through `@redocly/openapi-core`, which
 * openapi-typescript depends on (so it is there whenever the generator can run). Errors stop the
 * generator; warnings are reported and do not.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** One lint finding, as one line. */
export interface LintProblem {
  severity: 'error' | 'warn';
  /** The Redocly rule, e.g. `no-unresolved-refs`. */
  rule: string;
  /** `rule: message at #/pointer`. */
  text: string;
}

interface RedoclyCore {
  createConfig(raw: { extends: string[] }): Promise<unknown>;
  lint(options: { ref: string; config: unknown }): Promise<
    {
      ruleId: string;
      severity: string;
      message: string;
      location?: { pointer?: string }[];
    }[]
  >;
}

/** `@redocly/openapi-core` as openapi-typescript resolves it, or undefined when it cannot be. */
async function loadRedocly(): Promise<RedoclyCore | undefined> {
  try {
    const fromHere = createRequire(import.meta.url);
    const fromOpenapiTs = createRequire(fromHere.resolve('openapi-typescript'));
    const entry = fromOpenapiTs.resolve('@redocly/openapi-core');
    const loaded = (await import(pathToFileURL(entry).href)) as RedoclyCore & {
      default?: RedoclyCore;
    };
    return typeof loaded.lint === 'function' ? loaded : loaded.default;
  } catch {
    return undefined;
  }
}

/**
 * The problems Redocly's `recommended` ruleset finds in the document at `path`, or undefined
 * when `@redocly/openapi-core` is not installed.
 */
export async function lintRecommended(path: string): Promise<LintProblem[] | undefined> {
  const redocly = await loadRedocly();
  if (!redocly) return undefined;
  const config = await redocly.createConfig({ extends: ['recommended'] });
  const problems = await redocly.lint({ ref: path, config });
  return problems.map((p) => {
    const pointer = p.location?.[0]?.pointer;
    return {
      severity: p.severity === 'error' ? 'error' : 'warn',
      rule: p.ruleId,
      text: `${p.ruleId}: ${p.message}${pointer ? ` at ${pointer}` : ''}`,
    };
  });
}
