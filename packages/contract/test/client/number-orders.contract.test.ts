import { expect, it } from 'vitest';
import { PROJECT_ID } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';
import { describeOperation } from '../support/operations.js';

const ORDER_ID = '01j9x7k2m4n6p8q0r2s4t6v8w0';

describeOperation('LookupNumberRequirements', 'client', () => {
  it('asks what a region and type require', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const needs = await numbers.numberOrder.lookupRequirements({
      regionCode: 'US',
      numberType: 'LOCAL',
    });
    expect(Object.keys(needs.fields ?? {})).toEqual([
      'businessName',
      'businessAddress',
      'contactEmail',
    ]);
    expect(needs.attachments?.[0]?.mandatory).toBe(true);
    expect(fetch.requests.at(-1)?.url).toMatch(/\/numberOrders:lookupNumberRequirements$/);
    expect(await fetch.requests.at(-1)?.json()).toEqual({ regionCode: 'US', numberType: 'LOCAL' });
  });
});

describeOperation('CreateNumberOrder', 'client', () => {
  it('orders one chosen number; the order times are Dates', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const order = await numbers.numberOrder.create({
      regionCode: 'US',
      numberType: 'LOCAL',
      numberOrderOption: { phoneNumbers: ['+12025550191'] },
    });
    expect(order.idNumberOrder).toBe(ORDER_ID);
    expect(order.state).toBe('CREATED');
    expect(order.projectId).toBe(PROJECT_ID);
    expect(order.createTime).toBeInstanceOf(Date);
    expect(order.expireTime?.toISOString()).toBe('2026-01-16T10:30:00.000Z');
    expect(fetch.requests.at(-1)?.url).toMatch(/\/numberOrders:createNumberOrder$/);
  });

  it('orders a quantity of numbers matching criteria', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const order = await numbers.numberOrder.create({
      regionCode: 'US',
      numberType: 'LOCAL',
      quantityOrderOption: { requestedQuantity: 3, capabilities: ['SMS'] },
    });
    expect(order.orderNumbers?.[0]?.phoneNumber).toBe('+12025550191');
    expect(await fetch.requests.at(-1)?.json()).toEqual({
      regionCode: 'US',
      numberType: 'LOCAL',
      quantityOrderOption: { requestedQuantity: 3, capabilities: ['SMS'] },
    });
  });
});

describeOperation('GetNumberOrder', 'client', () => {
  it('reads an order', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const order = await numbers.numberOrder.get({ numberOrderId: ORDER_ID });
    expect(order.idNumberOrder).toBe(ORDER_ID);
    expect(order.state).toBe('IN_REVIEW');
    expect(order.updateTime).toBeInstanceOf(Date);
    expect(fetch.requests.at(-1)?.url).toMatch(new RegExp(`/numberOrders/${ORDER_ID}$`));
  });
});

describeOperation('UpdateNumberOrderRegistration', 'client', () => {
  it('sends the registration details with PUT', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const registration = await numbers.numberOrder.updateRegistration({
      numberOrderId: ORDER_ID,
      requestDetails: { businessName: 'Example Widgets LLC' },
    });
    expect(registration.requestDetails?.businessName).toBe('Example Widgets LLC');
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.method).toBe('PUT');
    expect(sent.url).toMatch(new RegExp(`/numberOrders/${ORDER_ID}/registration$`));
    expect(await sent.json()).toEqual({ requestDetails: { businessName: 'Example Widgets LLC' } });
  });
});

describeOperation('GetNumberOrderRegistration', 'client', () => {
  it('reads the registration back, with attachment and log times as Dates', async () => {
    const { numbers } = numbersHighLevelClient();
    const registration = await numbers.numberOrder.getRegistration({ numberOrderId: ORDER_ID });
    expect(registration.requestDetails?.contactEmail).toBe('compliance@example.com');
    const attachment = registration.attachments?.[0];
    expect(attachment?.uploadStatus).toBe('COMPLETED');
    expect(attachment?.createTime).toBeInstanceOf(Date);
    expect(registration.logs?.[0]?.createTime).toBeInstanceOf(Date);
  });
});

describeOperation('UploadNumberOrderAttachment', 'client', () => {
  it('uploads a Blob as multipart/form-data and resolves to undefined', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const file = new Blob(['%PDF-1.7 test document'], { type: 'application/pdf' });
    const result = await numbers.numberOrder.uploadAttachment({
      numberOrderId: ORDER_ID,
      attachmentId: 'att-1',
      file,
      documentType: 'PROOF_OF_ADDRESS',
    });
    expect(result).toBeUndefined();
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.method).toBe('POST');
    expect(sent.url).toMatch(new RegExp(`/numberOrders/${ORDER_ID}/attachments/att-1$`));
    expect(sent.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    const form = await sent.formData();
    expect(form.get('documentType')).toBe('PROOF_OF_ADDRESS');
    const sentFile = form.get('file') as File;
    expect(sentFile.type).toBe('application/pdf');
    expect(await sentFile.text()).toBe('%PDF-1.7 test document');
  });
});

describeOperation('SubmitNumberOrder', 'client', () => {
  it('submits an order for review, once', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const order = await numbers.numberOrder.submit({ numberOrderId: ORDER_ID });
    expect(order.state).toBe('IN_REVIEW');
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.url).toMatch(new RegExp(`/numberOrders/${ORDER_ID}/submit$`));
  });
});
