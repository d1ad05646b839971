import { expect, it } from 'vitest';
import { NUMBER } from '../support/fetch-client.js';
import { numbersHighLevelClient } from '../support/high-level-client.js';
import { describeOperation } from '../support/operations.js';

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

describeOperation('NumberService_GetEmergencyAddress', 'client', () => {
  it('reads the address of a number', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const found = await numbers.emergencyAddress.get({ phoneNumber: NUMBER });
    expect(found.postalCode).toBe('62701');
    expect(found.postalCodePlusFour).toBe('1234');
    expect(fetch.requests.at(-1)?.url).toMatch(/\/activeNumbers\/\+12025550134\/emergencyAddress$/);
  });
});

describeOperation('NumberService_ProvisionEmergencyAddress', 'client', () => {
  it('provisions an address: number in the path, the rest as the body', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const provisioned = await numbers.emergencyAddress.provision({
      phoneNumber: NUMBER,
      ...address,
    });
    expect(provisioned.city).toBe('Springfield');
    const sent = fetch.requests.at(-1) as Request;
    expect(sent.url).toMatch(/\/emergencyAddress:provision$/);
    expect(await sent.json()).toEqual(address);
  });
});

describeOperation('NumberService_DeprovisionEmergencyAddress', 'client', () => {
  it('removes the address and resolves to undefined', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    await expect(
      numbers.emergencyAddress.deprovision({ phoneNumber: NUMBER }),
    ).resolves.toBeUndefined();
    expect(fetch.requests).toHaveLength(1);
    expect(fetch.requests[0]?.method).toBe('POST');
    expect(fetch.requests[0]?.url).toMatch(/\/emergencyAddress:deprovision$/);
  });
});

describeOperation('NumberService_ValidateEmergencyAddress', 'client', () => {
  it('validates an address and returns the corrected one', async () => {
    const { numbers, fetch } = numbersHighLevelClient();
    const result = await numbers.emergencyAddress.validate({ phoneNumber: NUMBER, ...address });
    expect(result.validationResult).toBe('NEAR_MATCH');
    expect(result.correctedAddress?.postalCodePlusFour).toBe('1234');
    expect(fetch.requests.at(-1)?.url).toMatch(/\/emergencyAddress:validate$/);
    expect(await fetch.requests.at(-1)?.json()).toEqual(address);
  });
});
