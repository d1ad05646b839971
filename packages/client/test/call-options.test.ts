import { describe, expect, it } from 'vitest';
import {
  type LogEvent,
  NotFoundError,
  type SinchClientOptions,
  ValidationError,
} from '../src/index.js';
import { stubClient } from './support/client.js';

const NUMBER = '+12025550134';

/** A client whose requests go to a stub that answers `body` with a request id. */
function recorded(options: Partial<SinchClientOptions> = {}, status = 200, body: unknown = {}) {
  const requests: Request[] = [];
  const events: LogEvent[] = [];
  const client = stubClient(
    (request) => {
      requests.push(request);
      return Response.json(body, { status, headers: { 'x-request-id': 'req-42' } });
    },
    { maxRetries: 0, logger: (event) => events.push(event), ...options },
  );
  return { client, numbers: client.numbers, requests, events };
}

describe('CallOptions.headers and CallOptions.query', () => {
  it('adds headers and query parameters to a method call', async () => {
    const { numbers, requests } = recorded();
    await numbers.activeNumber.get(
      { phoneNumber: NUMBER },
      { headers: { Prefer: 'code=404', traceparent: 't-1' }, query: { newFilter: ['a', 'b'] } },
    );
    const [request] = requests;
    expect(request?.headers.get('prefer')).toBe('code=404');
    expect(request?.headers.get('traceparent')).toBe('t-1');
    expect(new URL(request?.url ?? '').searchParams.getAll('newFilter')).toEqual(['a', 'b']);
  });

  it('never lets a header replace the credentials', async () => {
    const { numbers, requests } = recorded();
    await numbers.get({ phoneNumber: NUMBER }, { headers: { Authorization: 'Bearer mine' } });
    expect(requests[0]?.headers.get('authorization')).toBe(`Basic ${btoa('k:s')}`);
  });

  it('applies to every page of a list', async () => {
    let calls = 0;
    const requests: Request[] = [];
    const client = stubClient((request) => {
      requests.push(request);
      calls++;
      return Response.json({
        activeNumbers: [{ phoneNumber: `+1202555000${calls}` }],
        ...(calls === 1 ? { nextPageToken: 'next' } : {}),
      });
    });
    const seen: string[] = [];
    for await (const n of client.numbers.list(
      { pageSize: 1 },
      { headers: { 'x-trace': 'z' }, query: { extra: 1 } },
    )) {
      seen.push(n.phoneNumber ?? '');
    }
    expect(seen).toHaveLength(2);
    for (const request of requests) {
      expect(request.headers.get('x-trace')).toBe('z');
      expect(new URL(request.url).searchParams.get('extra')).toBe('1');
    }
  });
});

describe('withResponse() and request ids', () => {
  it('gives data, the raw response and the request id', async () => {
    const { numbers } = recorded({}, 200, { phoneNumber: NUMBER });
    const { data, response, requestId } = await numbers.activeNumber
      .get({ phoneNumber: NUMBER })
      .withResponse();
    expect(data).toEqual({ phoneNumber: NUMBER });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req-42');
  });

  it('puts the request id on results without changing their JSON', async () => {
    const { numbers } = recorded({}, 200, { phoneNumber: NUMBER });
    const number = await numbers.get({ phoneNumber: NUMBER });
    expect((number as { _requestId?: string })._requestId).toBe('req-42');
    expect(JSON.stringify(number)).toBe(JSON.stringify({ phoneNumber: NUMBER }));
  });

  it('does the same for pages', async () => {
    const { numbers } = recorded({}, 200, {
      activeNumbers: [{ phoneNumber: NUMBER }],
      totalSize: 1,
    });
    const { data: page, requestId } = await numbers.activeNumber
      .list({ pageSize: 1 })
      .withResponse();
    expect(requestId).toBe('req-42');
    expect((page as { _requestId?: string })._requestId).toBe('req-42');
    expect(page.activeNumbers).toBe(page.data);
    expect(page.nextPageValue).toBeUndefined();
    expect(Object.keys(page).sort()).toEqual([
      'data',
      'hasNextPage',
      'nextPage',
      'nextPageToken',
      'totalSize',
    ]);
  });

  it('rejects withResponse() with the same typed error', async () => {
    const { numbers } = recorded({}, 404, {
      error: { code: 404, status: 'NOT_FOUND', message: 'no' },
    });
    const error = await numbers
      .get({ phoneNumber: NUMBER })
      .withResponse()
      .catch((e) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.requestId).toBe('req-42');
  });

  it('rent, with its billing checks, has it too', async () => {
    const { numbers } = recorded({}, 200, { phoneNumber: NUMBER });
    const { requestId } = await numbers
      .rent({ phoneNumber: NUMBER, smsConfiguration: { servicePlanId: 'sp' } })
      .withResponse();
    expect(requestId).toBe('req-42');
  });
});

describe('validation modes', () => {
  const unknownField = { phoneNumber: NUMBER, displayName: 'x', brandNewField: true };
  const cases: {
    name: string;
    client?: Partial<SinchClientOptions>;
    call?: { validation: 'strict' | 'warn' | 'off' };
    want: 'refused' | 'sent, warned' | 'sent, silent';
  }[] = [
    { name: 'strict by default', want: 'refused' },
    { name: "client 'warn'", client: { validation: 'warn' }, want: 'sent, warned' },
    { name: "client 'off'", client: { validation: 'off' }, want: 'sent, silent' },
    {
      name: "call 'warn' over a strict client",
      call: { validation: 'warn' },
      want: 'sent, warned',
    },
    {
      name: "call 'strict' over a lenient client",
      client: { validation: 'off' },
      call: { validation: 'strict' },
      want: 'refused',
    },
  ];
  for (const { name, client, call, want } of cases) {
    it(`${name}: an unknown body field is ${want}`, async () => {
      const { numbers, requests, events } = recorded(client);
      const outcome = await numbers.activeNumber.update(unknownField, call).then(
        () => 'sent',
        (e) => e,
      );
      if (want === 'refused') {
        expect(outcome).toBeInstanceOf(ValidationError);
        expect(outcome.message).toMatch(/^activeNumber\.update: brandNewField /);
        expect(requests).toHaveLength(0);
        return;
      }
      expect(outcome).toBe('sent');
      expect(await requests[0]?.json()).toEqual({ displayName: 'x', brandNewField: true });
      const warnings = events.filter((e) => e.type === 'validation');
      expect(warnings).toHaveLength(want === 'sent, warned' ? 1 : 0);
    });
  }

  it("'warn' also lets an enum value Sinch added through", async () => {
    const { numbers, requests } = recorded({ validation: 'warn' });
    await numbers.activeNumber.list({ type: 'SHORT_CODE' as 'LOCAL', pageSize: 1 });
    expect(new URL(requests[0]?.url ?? '').searchParams.get('type')).toBe('SHORT_CODE');
  });

  it('always accepts unknown enum values and fields in responses', async () => {
    const { numbers } = recorded({}, 200, {
      phoneNumber: NUMBER,
      type: 'SHORT_CODE',
      brandNew: { a: 1 },
    });
    const number = await numbers.get({ phoneNumber: NUMBER });
    expect(number).toEqual({ phoneNumber: NUMBER, type: 'SHORT_CODE', brandNew: { a: 1 } });
  });

  it('still needs the path parameters, whatever the mode', async () => {
    const { numbers } = recorded({ validation: 'off' });
    await expect(numbers.get({} as { phoneNumber: string })).rejects.toThrow(
      /activeNumber\.get: phoneNumber is required/,
    );
  });
});

describe('sinch.request()', () => {
  it('sends with the same auth, fills in the project and answers the JSON', async () => {
    const { client, requests } = recorded({}, 200, { things: [1] });
    const { data, requestId } = await client
      .request(
        {
          method: 'POST',
          path: '/v1/projects/{projectId}/newThing',
          query: { q: 'x' },
          body: { a: 1 },
        },
        { headers: { 'x-extra': '1' } },
      )
      .withResponse();
    expect(data).toEqual({ things: [1] });
    expect(requestId).toBe('req-42');
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('http://api.test/v1/projects/p/newThing?q=x');
    expect(request?.headers.get('authorization')).toBe(`Basic ${btoa('k:s')}`);
    expect(request?.headers.get('x-extra')).toBe('1');
    expect(await request?.json()).toEqual({ a: 1 });
  });

  it('throws the typed errors, labelled with the request', async () => {
    const { client } = recorded({}, 404, {
      error: { code: 404, status: 'NOT_FOUND', message: 'no' },
    });
    const error: NotFoundError = await client
      .request<never>({ method: 'GET', path: '/v1/projects/{projectId}/x' })
      .catch((e: NotFoundError) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.message).toMatch(
      /^request\(GET \/v1\/projects\/\{projectId\}\/x\) failed with 404/,
    );
  });

  const retryCases = [
    { method: 'GET', attempts: 3 },
    { method: 'POST', attempts: 1 },
  ];
  for (const { method, attempts } of retryCases) {
    it(`retries a ${method} after a 503 ${attempts === 1 ? 'never' : 'while safe'}`, async () => {
      const { client, requests } = recorded({ maxRetries: 2, sleep: async () => {} }, 503, {});
      await expect(client.request({ method, path: '/v1/x' })).rejects.toThrow(/503/);
      expect(requests).toHaveLength(attempts);
    });
  }

  it('refuses a path that is not below the host', async () => {
    const { client } = recorded();
    await expect(
      client.request({ method: 'GET', path: 'https://elsewhere.example/x' }),
    ).rejects.toThrow(ValidationError);
  });
});
