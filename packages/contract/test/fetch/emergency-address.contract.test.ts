import { expect, it } from 'vitest';
import { NUMBER, numbersFetchClient } from '../support/fetch-client.js';
import { describeOperation } from '../support/operations.js';

const numberPath = { params: { path: { phoneNumber: NUMBER } } };
const address = {
  displayName: 'Springfield office',
  address: {
    streetNumber: '1600',
    streetInfo: 'Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  },
};

describeOperation('NumberService_GetEmergencyAddress', 'fetch', () => {
  it('reads the address of a number', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.GET(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress',
      numberPath,
    );
    expect(data?.postalCode).toBeTruthy();
  });
});

describeOperation('NumberService_ProvisionEmergencyAddress', 'fetch', () => {
  it('provisions an address', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:provision',
      { ...numberPath, body: address },
    );
    expect(data?.city).toBe('Springfield');
  });
});

describeOperation('NumberService_DeprovisionEmergencyAddress', 'fetch', () => {
  it('removes the address', async () => {
    const { client } = numbersFetchClient();
    const { response } = await client.POST(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:deprovision',
      { ...numberPath, parseAs: 'text' },
    );
    expect(response.status).toBe(200);
  });
});

describeOperation('NumberService_ValidateEmergencyAddress', 'fetch', () => {
  it('validates an address', async () => {
    const { client } = numbersFetchClient();
    const { data } = await client.POST(
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}/emergencyAddress:validate',
      { ...numberPath, body: address },
    );
    expect(data?.validationResult).toBeTruthy();
  });
});
