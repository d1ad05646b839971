/**
 * The official SDK's documented examples for its flat names (`numbers.get`, `numbers.rent`,
 * `numbers.searchForAvailableNumbers`, `numbers.callbacks.update`...), the names from
 * `@sinch/sdk-core` 1.2 on. As in `grouped-names.ts`, calls, argument shapes, types and control
 * flow are the SDK example's; the SDK examples build the client from the environment, these take
 * the client so the test can point it at the mock.
 */
import type { Numbers, PageResult, SinchClient } from '@sinch-numbers/client';

const phoneNumber = '+12025550134';
const servicePlanId = 'service-plan-1';
const emergencyAddressRequestBody = {
  displayName: 'Head office',
  address: {
    streetNumber: '1600',
    streetInfo: 'Main St',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
  },
};

export async function get(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.get({ phoneNumber });
    console.log(`details: ${JSON.stringify(response, null, 2)}`);
  } catch (err) {
    console.error(`could not read ${phoneNumber}`, err);
  }
}

export async function list(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.list({ regionCode: 'US', type: 'LOCAL' });
    if (response.data.length === 0) {
      console.log('no numbers');
      return;
    }
    console.log(`found ${response.data.length}`);
    response.data.forEach((number) => {
      console.log(`one: ${JSON.stringify(number)}`);
    });
  } catch (err) {
    console.error('could not list', err);
  }
}

/** Both ways of paging through `numbers.list`: by hand, then with `for await`. */
export async function listBothWays(sinch: SinchClient) {
  const requestData: Numbers.ListActiveNumbersRequestData = {
    regionCode: 'US',
    type: 'LOCAL',
    capability: 'SMS',
    pageSize: 2,
  };
  const activeNumbersList: Numbers.ActiveNumber[] = [];
  const collect = (page: PageResult<Numbers.ActiveNumber>) => {
    page.data?.map((activeNumber: Numbers.ActiveNumber) => activeNumbersList.push(activeNumber));
  };
  let response = await sinch.numbers.list(requestData);
  let reachedEndOfPages = false;
  while (!reachedEndOfPages) {
    collect(response);
    if (response.hasNextPage) {
      response = await response.nextPage();
    } else {
      reachedEndOfPages = true;
    }
  }
  console.log(`by hand: ${activeNumbersList.length}`);
  for await (const activeNumber of sinch.numbers.list(requestData)) {
    console.log(`iterated: ${activeNumber.phoneNumber} ${activeNumber.voiceConfiguration?.type}`);
  }
}

export async function release(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.release({ phoneNumber });
    console.log(`released: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not release ${phoneNumber}`, err);
  }
}

export async function update(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.update({
      phoneNumber,
      updateActiveNumberRequestBody: { displayName: 'Updated name' },
    });
    console.log(`updated: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not update ${phoneNumber}`, err);
  }
}

export async function checkAvailability(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.checkAvailability({ phoneNumber });
    console.log(`for sale: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`not for sale: ${phoneNumber}`, err);
  }
}

export async function rentAny(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.rentAny({
      rentAnyNumberRequestBody: {
        regionCode: 'US',
        type: 'LOCAL',
        smsConfiguration: { servicePlanId },
      },
    });
    console.log(`rented: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error('could not rent any', err);
  }
}

export async function rent(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.rent({
      phoneNumber: phoneNumber,
      rentNumberRequestBody: { smsConfiguration: { servicePlanId } },
    });
    console.log(`rented: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not rent ${phoneNumber}`, err);
  }
}

export async function searchForAvailableNumbers(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.searchForAvailableNumbers({
      regionCode: 'US',
      type: 'LOCAL',
    });
    if (!response.availableNumbers?.length) {
      console.log('none for sale');
      return;
    }
    console.log(`found ${response.availableNumbers.length}`);
    response.availableNumbers.forEach((number) => {
      console.log(`one: ${JSON.stringify(number)}`);
    });
  } catch (err) {
    console.error('could not search', err);
  }
}

export async function listRegions(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.availableRegions.list({});
    if (!response.availableRegions?.length) {
      console.log('no regions');
      return;
    }
    console.log(`found ${response.availableRegions.length}`);
    response.availableRegions.forEach((region) => {
      console.log(`one: ${JSON.stringify(region)}`);
    });
  } catch (err) {
    console.error('could not list regions', err);
  }
}

export async function getCallbacks(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.callbacks.get({});
    console.log(`callbacks: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error('could not read callbacks', err);
  }
}

export async function updateCallbacks(sinch: SinchClient) {
  const hmacSecret = 'd3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e';
  try {
    const response = await sinch.numbers.callbacks.update({
      updateCallbackConfigurationRequestBody: { hmacSecret },
    });
    console.log(`callbacks: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error('could not update callbacks', err);
  }
}

export async function getEmergencyAddress(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.getEmergencyAddress({ phoneNumber });
    console.log(`address: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not read the address of ${phoneNumber}`, err);
  }
}

export async function provisionEmergencyAddress(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.provisionEmergencyAddress({
      phoneNumber,
      emergencyAddressRequestBody,
    });
    console.log(`address: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not provision an address for ${phoneNumber}`, err);
  }
}

export async function validateEmergencyAddress(sinch: SinchClient) {
  try {
    const response = await sinch.numbers.validateEmergencyAddress({
      phoneNumber,
      emergencyAddressRequestBody,
    });
    console.log(`validation: ${JSON.stringify(response)}`);
  } catch (err) {
    console.error(`could not validate an address for ${phoneNumber}`, err);
  }
}

export async function deprovisionEmergencyAddress(sinch: SinchClient) {
  try {
    await sinch.numbers.deprovisionEmergencyAddress({ phoneNumber });
    console.log(`deprovisioned: ${phoneNumber}`);
  } catch (err) {
    console.error(`could not deprovision the address of ${phoneNumber}`, err);
  }
}
