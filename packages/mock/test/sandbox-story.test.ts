/**
 * The sandbox, used only through what the README shows: the story a user writes (rent → list
 * several pages → update → release → get 404) in-process and over HTTP, and the state behind it.
 */
import { ApiError, NotFoundError, SinchClient } from '@sinch-numbers/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, SANDBOX_PROJECT_ID, type Sandbox } from '../src/in-process/index.js';
import { createMockClient } from '../src/ready-client.js';
import { type SandboxServer, startSandbox } from '../src/start-sandbox.js';

async function story(client: SinchClient) {
  const { numbers } = client;
  const rented = await numbers.availableNumber.rent({ phoneNumber: '+12025550191' });
  expect(rented.phoneNumber).toBe('+12025550191');
  const listed: string[] = [];
  for await (const number of numbers.activeNumber.list({
    regionCode: 'US',
    type: 'LOCAL',
    pageSize: 1,
  })) {
    listed.push(number.phoneNumber ?? '');
  }
  expect(listed).toEqual(['+12025550134', '+12025550178', '+12025550191']);
  const updated = await numbers.activeNumber.update({
    phoneNumber: '+12025550191',
    displayName: 'Story',
  });
  expect(updated.displayName).toBe('Story');
  await numbers.activeNumber.release({ phoneNumber: '+12025550191' });
  await expect(numbers.activeNumber.get({ phoneNumber: '+12025550191' })).rejects.toBeInstanceOf(
    NotFoundError,
  );
}

describe('the story, in-process', () => {
  it('passes with the ready client', async () => {
    await story(createMockClient().client);
  });
});

describe('the story, over HTTP', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandbox();
  });
  afterAll(() => server.stop());

  it('passes with a client given the server URL', async () => {
    await story(
      new SinchClient({
        projectId: 'any-project',
        keyId: 'key',
        keySecret: 'secret',
        authentication: 'basic',
        numbersBaseUrl: server.url,
      }),
    );
  });
});

describe('sandbox state', () => {
  let sandbox: Sandbox;
  let client: SinchClient;
  beforeEach(() => {
    sandbox = createSandbox();
    client = createMockClient({ mock: sandbox }).client;
  });

  it('lists MOBILE numbers when no type is given, page by page with real tokens', async () => {
    const pages = [];
    let page = await client.numbers.activeNumber.list({ pageSize: 3 });
    pages.push(page.data.map((n) => n.phoneNumber));
    while (page.hasNextPage) {
      page = await page.nextPage();
      pages.push(page.data.map((n) => n.phoneNumber));
    }
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat().every((n) => n?.startsWith('+44') || n?.startsWith('+46'))).toBe(true);
  });

  const filters: { name: string; given: Record<string, unknown>; want: string[] }[] = [
    { name: 'regionCode', given: { regionCode: 'SE' }, want: ['+46700000101', '+46700000102'] },
    {
      name: 'a pattern at the start',
      given: {
        regionCode: 'GB',
        'numberPattern.pattern': '+4477009001',
        'numberPattern.searchPattern': 'START',
      },
      want: ['+447700900101', '+447700900102', '+447700900103', '+447700900104', '+447700900105'],
    },
    {
      name: 'a pattern at the end',
      given: { 'numberPattern.pattern': '05', 'numberPattern.searchPattern': 'END' },
      want: ['+447700900105'],
    },
    {
      name: 'orderBy displayName',
      given: { regionCode: 'SE', orderBy: 'displayName' },
      want: ['+46700000102', '+46700000101'],
    },
  ];
  for (const { name, given, want } of filters) {
    it(`honours the list filter: ${name}`, async () => {
      const got = [];
      for await (const n of client.numbers.activeNumber.list(given as never))
        got.push(n.phoneNumber);
      expect(got).toEqual(want);
    });
  }

  it('refuses a page token it did not hand out', async () => {
    const response = await sandbox.fetch(
      `https://x.test/v1/projects/${SANDBOX_PROJECT_ID}/activeNumbers?pageToken=forged`,
      { headers: { authorization: 'Basic eDp5' } },
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('pageToken');
  });

  it('rentAny picks a matching number and takes it off sale', async () => {
    const number = await client.numbers.availableNumber.rentAny({
      regionCode: 'US',
      type: 'LOCAL',
      numberPattern: { pattern: '99', searchPattern: 'END' },
    });
    expect(number.phoneNumber).toBe('+12025550199');
    await expect(
      client.numbers.availableNumber.checkAvailability({ phoneNumber: '+12025550199' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a rent the API refuses with the field and the reason', async () => {
    const error = await client.numbers.availableNumber
      .rent({ phoneNumber: '+447700900120' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).details).toEqual([
      {
        type: 'BadRequest',
        fieldViolations: [
          { field: 'phoneNumber', description: expect.stringContaining('US LOCAL') },
        ],
      },
    ]);
  });

  it('shows SMS linking as scheduled after a rent, and done by the next read', async () => {
    const rented = await client.numbers.availableNumber.rent({
      phoneNumber: '+12025550191',
      smsConfiguration: { servicePlanId: 'plan-1' },
    });
    expect(rented.smsConfiguration?.scheduledProvisioning?.status).toBe('WAITING');
    const read = await client.numbers.activeNumber.get({ phoneNumber: '+12025550191' });
    expect(read.smsConfiguration).toEqual({ servicePlanId: 'plan-1' });
  });

  it('moves a number order through its states', async () => {
    const { numberOrder } = client.numbers;
    const requirements = await numberOrder.lookupRequirements({
      regionCode: 'GB',
      numberType: 'MOBILE',
    });
    const slot = requirements.attachments?.[0];
    expect(slot?.id).toBeDefined();
    const order = await numberOrder.create({
      regionCode: 'GB',
      numberType: 'MOBILE',
      quantityOrderOption: { requestedQuantity: 2 },
    });
    expect(order.state).toBe('CREATED');
    const id = order.idNumberOrder ?? '';
    expect((await numberOrder.submit({ numberOrderId: id })).state).toBe('BLOCKED');
    await numberOrder.updateRegistration({
      numberOrderId: id,
      requestDetails: { businessName: 'B', businessAddress: 'A', contactEmail: 'c@example.com' },
    });
    await numberOrder.uploadAttachment({
      numberOrderId: id,
      attachmentId: slot?.id ?? '',
      file: new Blob(['%PDF'], { type: 'application/pdf' }),
      documentType: slot?.allowedDocumentTypes?.[0],
    });
    const registration = await numberOrder.getRegistration({ numberOrderId: id });
    expect(registration.attachments?.[0]?.uploadStatus).toBe('COMPLETED');
    expect((await numberOrder.submit({ numberOrderId: id })).state).toBe('IN_REVIEW');
    expect((await numberOrder.get({ numberOrderId: id })).state).toBe('COMPLETED');
    const ordered = order.orderNumbers?.map((n) => n.phoneNumber ?? '') ?? [];
    for (const phoneNumber of ordered) {
      expect((await client.numbers.activeNumber.get({ phoneNumber })).phoneNumber).toBe(
        phoneNumber,
      );
    }
  });

  it('keeps the callback secret and emergency addresses', async () => {
    const { numbers } = client;
    await numbers.callbackConfiguration.update({ hmacSecret: 'b'.repeat(40) });
    expect((await numbers.callbackConfiguration.get()).hmacSecret).toBe('b'.repeat(40));
    const address = {
      streetNumber: '2',
      streetInfo: 'Elm St',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62702',
    };
    await numbers.emergencyAddress.provision({
      phoneNumber: '+12025550178',
      displayName: 'Desk',
      address,
    });
    expect(await numbers.emergencyAddress.get({ phoneNumber: '+12025550178' })).toEqual(address);
    await numbers.emergencyAddress.deprovision({ phoneNumber: '+12025550178' });
    await expect(
      numbers.emergencyAddress.get({ phoneNumber: '+12025550178' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps Voice assignments and callback URLs', async () => {
    const voice = client.voiceApplications;
    await voice.assignNumbers({ numbers: ['+46700000102'] });
    await voice.updateCallbackURLs({ url: { primary: 'https://example.com/voice' } });
    const { numbers } = await voice.listNumbers();
    expect(numbers?.find((n) => n.number === '+46700000102')?.applicationkey).toBeDefined();
    expect((await voice.getCallbackURLs()).url).toEqual({ primary: 'https://example.com/voice' });
  });

  it('starts over on reset()', async () => {
    await client.numbers.activeNumber.release({ phoneNumber: '+12025550134' });
    sandbox.reset();
    expect(
      (await client.numbers.activeNumber.get({ phoneNumber: '+12025550134' })).displayName,
    ).toBe('Support line');
  });
});
