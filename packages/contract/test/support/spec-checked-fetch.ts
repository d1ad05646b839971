/**
 * A fetch for talking to Prism that turns any sign of a spec violation into a test failure:
 * the `sl-violations` header (a request or response that breaks the spec) or one of Prism's own
 * problem documents (a request it could not match at all).
 */
export class SpecViolation extends Error {
  override readonly name = 'SpecViolation';
}

export interface CheckedFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The requests sent, most recent last. */
  readonly requests: Request[];
}

/** Wraps `fetch` so that spec violations throw; `send` replaces the check for tests that expect one. */
export function specCheckedFetch(send?: (request: Request) => Promise<Response>): CheckedFetch {
  const requests: Request[] = [];
  const checked = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    if (send) return send(request);
    const response = await fetch(request);
    const violations = response.headers.get('sl-violations');
    const where = `${request.method} ${new URL(request.url).pathname}`;
    if (violations) {
      throw new SpecViolation(`Prism reports spec violations for ${where}: ${violations}`);
    }
    if (response.headers.get('content-type')?.includes('application/problem+json')) {
      const problem = await response.clone().text();
      if (problem.includes('stoplight.io/prism/errors')) {
        throw new SpecViolation(`Prism could not serve ${where} (${response.status}): ${problem}`);
      }
    }
    return response;
  };
  return Object.assign(checked, { requests });
}
