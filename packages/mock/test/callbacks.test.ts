/** Signed callback events, checked by the client's own verifier, in-process and over HTTP. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyAndParseCallback } from '@sinch-numbers/client';
import { describe, expect, it } from 'vitest';
import {
  createCallbackRequest,
  createSandbox,
  SIGNATURE_HEADER,
  sendCallback,
} from '../src/in-process/index.js';

const cases: {
  name: string;
  event: Parameters<typeof createCallbackRequest>[0]['event'];
  want: object;
}[] = [
  {
    name: 'a spec example by name',
    event: 'orderCompleted',
    want: { resourceType: 'NUMBER_ORDER', status: 'COMPLETED' },
  },
  {
    name: 'an event of the test’s own',
    event: {
      resourceType: 'ACTIVE_NUMBER',
      resourceId: '+12025550191',
      eventType: 'PROVISIONING_TO_SMS_PLATFORM',
      status: 'SUCCEEDED',
    },
    want: { resourceId: '+12025550191' },
  },
];

describe('signed callbacks', () => {
  const secret = createSandbox().project().hmacSecret;
  for (const { name, event, want } of cases) {
    it(`in-process: ${name} passes the client's signature check`, async () => {
      const request = await createCallbackRequest({ secret, event });
      const parsed = await verifyAndParseCallback(
        await request.text(),
        request.headers.get(SIGNATURE_HEADER),
        secret,
      );
      expect(parsed).toMatchObject(want);
    });
  }

  it('a wrong secret fails the check', async () => {
    const request = await createCallbackRequest({ secret, event: 'campaignLinked' });
    await expect(
      verifyAndParseCallback(
        await request.text(),
        request.headers.get(SIGNATURE_HEADER),
        `${secret}x`,
      ),
    ).rejects.toThrow();
  });

  it('over HTTP: reaches a webhook server with the body and signature intact', async () => {
    const received: { body: string; signature: string | undefined }[] = [];
    const server = createServer((incoming, outgoing) => {
      let body = '';
      incoming.on('data', (chunk) => {
        body += chunk;
      });
      incoming.on('end', () => {
        received.push({
          body,
          signature: incoming.headers[SIGNATURE_HEADER] as string | undefined,
        });
        outgoing.end('ok');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await sendCallback({
        url: `http://127.0.0.1:${port}/hook`,
        secret,
        event: 'campaignFailed',
      });
      expect(response.status).toBe(200);
      const [first] = received;
      await expect(
        verifyAndParseCallback(first?.body ?? '', first?.signature, secret),
      ).resolves.toMatchObject({ status: 'FAILED' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
