import { expect, it } from 'vitest';
import { numbersFetchClient } from '../support/fetch-client.js';
import { describeOperation } from '../support/operations.js';

const ORDER_ID = '01j9x7k2m4n6p8q0r2s4t6v8w0';
const orderPath = { params: { path: { numberOrderId: ORDER_ID } } };

describeOperation('LookupNumberRequirements', 'fetch', () => {
  it('asks what a region and type require', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST(
      '/v1/projects/{projectId}/numberOrders:lookupNumberRequirements',
      { body: { regionCode: 'US', numberType: 'LOCAL' } },
    );
    expect(data).toBeTypeOf('object');
  });
});

describeOperation('CreateNumberOrder', 'fetch', () => {
  it('orders one chosen number', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST('/v1/projects/{projectId}/numberOrders:createNumberOrder', {
      body: {
        regionCode: 'US',
        numberType: 'LOCAL',
        numberOrderOption: { phoneNumbers: ['+12025550191'] },
      },
    });
    expect(data?.idNumberOrder).toBeTruthy();
  });

  it('orders a quantity of numbers matching criteria', async () => {
    const { client } = numbersFetchClient();
    const { error } = await client.POST('/v1/projects/{projectId}/numberOrders:createNumberOrder', {
      body: {
        regionCode: 'US',
        numberType: 'LOCAL',
        quantityOrderOption: { requestedQuantity: 3, capabilities: ['SMS'] },
      },
    });
    expect(error).toBeUndefined();
  });
});

describeOperation('GetNumberOrder', 'fetch', () => {
  it('reads an order', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.GET(
      '/v1/projects/{projectId}/numberOrders/{numberOrderId}',
      orderPath,
    );
    expect(data?.idNumberOrder).toBe(ORDER_ID);
  });
});

describeOperation('UpdateNumberOrderRegistration', 'fetch', () => {
  it('sends the registration details', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.PUT(
      '/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration',
      { ...orderPath, body: { requestDetails: { businessName: 'Example Widgets LLC' } } },
    );
    expect(data?.requestDetails).toBeTypeOf('object');
  });
});

describeOperation('GetNumberOrderRegistration', 'fetch', () => {
  it('reads the registration back', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.GET(
      '/v1/projects/{projectId}/numberOrders/{numberOrderId}/registration',
      orderPath,
    );
    expect(data?.requestDetails).toBeTypeOf('object');
  });
});

describeOperation('UploadNumberOrderAttachment', 'fetch', () => {
  it('uploads a file as multipart/form-data', async () => {
    const { client, fetch } = numbersFetchClient();
    const file = new Blob(['%PDF-1.7 test document'], { type: 'application/pdf' });
    const { response } = await client.POST(
      '/v1/projects/{projectId}/numberOrders/{numberOrderId}/attachments/{attachmentId}',
      {
        params: { path: { numberOrderId: ORDER_ID, attachmentId: 'att-1' } },
        body: { file: file as unknown as string, documentType: 'PROOF_OF_ADDRESS' },
        bodySerializer: (body) => {
          const form = new FormData();
          form.set('file', body.file as unknown as Blob, 'proof.pdf');
          if (body.documentType) form.set('documentType', body.documentType);
          return form;
        },
        parseAs: 'text',
      },
    );
    expect(response.status).toBe(200);
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await sent.formData();
    expect(form.get('documentType')).toBe('PROOF_OF_ADDRESS');
    expect(await (form.get('file') as Blob).text()).toBe('%PDF-1.7 test document');
  });
});

describeOperation('SubmitNumberOrder', 'fetch', () => {
  it('submits an order for review', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST(
      '/v1/projects/{projectId}/numberOrders/{numberOrderId}/submit',
      orderPath,
    );
    expect(data?.state).toBeTruthy();
  });
});
