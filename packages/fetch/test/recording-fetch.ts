/** A fetch stub that records every request and answers from a handler; no network involved. */
export interface RecordingFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Every request seen, in order, with its body read as text. */
  readonly calls: Array<{ request: Request; url: URL; body: string }>;
}

export function recordingFetch(
  handle: (request: Request, url: URL) => Response | Promise<Response> = () => json({}),
): RecordingFetch {
  const calls: RecordingFetch['calls'] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    calls.push({ request, url, body: await request.clone().text() });
    return handle(request, url);
  };
  return Object.assign(fetch, { calls });
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

export const TOKEN_URL = 'https://auth.example.test/oauth2/token';

/** Answers token requests with a fresh token each time and everything else with `{}`. */
export function tokenServer(expiresIn = 3600): RecordingFetch {
  let issued = 0;
  return recordingFetch((_request, url) =>
    url.href === TOKEN_URL
      ? json({ access_token: `token-${++issued}`, expires_in: expiresIn, token_type: 'bearer' })
      : json({}),
  );
}
