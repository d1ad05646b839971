/**
 * The official SDK's documented examples for its grouped names (`numbers.availableNumber.list`,
 * `numbers.activeNumber.get`, `numbers.callbackConfiguration.get`...), the only names before
 * `@sinch/sdk-core` 1.2. Each keeps the SDK example's calls, argument shapes, types and control
 * flow; what differs is the import line, placeholder values made valid for the spec, and the
 * wording of what is printed. Like the SDK's snippet collection, each takes the service.
 */
import type { Numbers, NumbersService, PageResult } from '@sinch-numbers/client';

export async function searchAvailableNumbers(numbersService: NumbersService) {
  const numbers = await numbersService.availableNumber.list({
    regionCode: 'US',
    type: 'LOCAL',
  });
  console.log(JSON.stringify(numbers));
}

export async function searchWithCapabilities(numbersService: NumbersService) {
  const requestData: Numbers.ListAvailableNumbersRequestData = {
    regionCode: 'US',
    type: 'LOCAL',
    capabilities: ['SMS', 'VOICE'],
  };
  const response = await numbersService.availableNumber.list(requestData);
  console.log(`available: ${JSON.stringify(response.availableNumbers)}`);
}

export async function checkAvailability(numbersService: NumbersService) {
  const requestData: Numbers.GetAvailableNumberRequestData = { phoneNumber: '+12025550134' };
  try {
    const response = await numbersService.availableNumber.checkAvailability(requestData);
    console.log(`for sale: ${JSON.stringify(response)}`);
  } catch (error) {
    console.error(`not for sale: ${requestData.phoneNumber}`, error);
  }
}

export async function rent(numbersService: NumbersService) {
  const requestData: Numbers.RentNumberRequestData = {
    phoneNumber: '+12025550134',
    rentNumberRequestBody: {
      smsConfiguration: { servicePlanId: 'service-plan-1' },
    },
  };
  const response = await numbersService.availableNumber.rent(requestData);
  console.log(`rented: ${JSON.stringify(response)}`);
}

export async function rentAny(numbersService: NumbersService) {
  const smsConfiguration: Numbers.RentAnyNumberRequestSmsConfiguration = {
    servicePlanId: 'service-plan-1',
  };
  // The SDK's example leaves out `type`; our spec requires it for every voice configuration
  // (it is the union's discriminator), so this one line differs: see the migration guide.
  const voiceConfiguration: Numbers.RentAnyNumberRequestVoiceConfiguration = {
    type: 'RTC',
    appId: 'app-1',
  };
  const requestData: Numbers.RentAnyNumberRequestData = {
    rentAnyNumberRequestBody: {
      regionCode: 'US',
      type: 'LOCAL',
      numberPattern: { pattern: '+1781', searchPattern: 'START' },
      smsConfiguration,
      voiceConfiguration,
      callbackUrl: 'https://example.com/numbers-events',
    },
  };
  const response = await numbersService.availableNumber.rentAny(requestData);
  console.log(`rented: ${JSON.stringify(response)}`);
}

export async function getActiveNumber(numbersService: NumbersService) {
  const requestData: Numbers.GetActiveNumberRequestData = { phoneNumber: '+12025550134' };
  const response = await numbersService.activeNumber.get(requestData);
  console.log(`details: ${JSON.stringify(response, null, 2)}`);
}

/** Await for one page, then follow `hasNextPage` / `nextPage()` by hand. */
export async function listPageByPage(numbersService: NumbersService) {
  const requestData: Numbers.ListActiveNumbersRequestData = {
    regionCode: 'US',
    type: 'LOCAL',
    pageSize: 2,
  };
  let response: PageResult<Numbers.ActiveNumber> =
    await numbersService.activeNumber.list(requestData);
  let activeNumbers: Numbers.ActiveNumber[] = response.data;
  console.log(`page: ${JSON.stringify(activeNumbers)}`);
  let reachedEndOfPages = false;
  while (!reachedEndOfPages) {
    if (response.hasNextPage) {
      response = await response.nextPage();
      activeNumbers = response.data;
      console.log(`page: ${JSON.stringify(activeNumbers)}`);
    } else {
      reachedEndOfPages = true;
    }
  }
}

/** Collect every page with a `while (hasNextPage)` loop. */
export async function listCollected(numbersService: NumbersService) {
  const requestData: Numbers.ListActiveNumbersRequestData = { regionCode: 'US', type: 'LOCAL' };
  const activeNumbersList: Numbers.ActiveNumber[] = [];
  let response = await numbersService.activeNumber.list(requestData);
  while (response.hasNextPage) {
    activeNumbersList.push(...response.data);
    response = await response.nextPage();
  }
  activeNumbersList.push(...response.data);
  console.log(`all ${activeNumbersList.length}: ${JSON.stringify(activeNumbersList)}`);
}

export async function listWithIterator(numbersService: NumbersService) {
  const requestData: Numbers.ListActiveNumbersRequestData = {
    regionCode: 'US',
    type: 'LOCAL',
    pageSize: 2,
  };
  for await (const activeNumber of numbersService.activeNumber.list(requestData)) {
    console.log(`one: ${JSON.stringify(activeNumber)}`);
  }
}

export async function updateActiveNumber(numbersService: NumbersService) {
  const voiceConfiguration: Numbers.VoiceConfiguration = { appId: 'app-1', type: 'RTC' };
  const requestData: Numbers.UpdateActiveNumberRequestData = {
    phoneNumber: '+12025550134',
    updateActiveNumberRequestBody: {
      displayName: 'Front desk',
      voiceConfiguration,
    },
  };
  const response = await numbersService.activeNumber.update(requestData);
  console.log(`updated: ${JSON.stringify(response)}`);
}

export async function releaseActiveNumber(numbersService: NumbersService) {
  const requestData: Numbers.ReleaseNumberRequestData = { phoneNumber: '+12025550134' };
  const response = await numbersService.activeNumber.release(requestData);
  console.log(`released: ${JSON.stringify(response)}`);
}

export async function listRegions(numbersService: NumbersService) {
  const requestData: Numbers.ListAvailableRegionsRequestData = { types: ['LOCAL', 'MOBILE'] };
  const response = await numbersService.availableRegions.list(requestData);
  console.log(`regions: ${JSON.stringify(response)}`);
}

export async function getCallbackConfiguration(numbersService: NumbersService) {
  const response = await numbersService.callbackConfiguration.get({});
  console.log(`callbacks: ${JSON.stringify(response)}`);
}

export async function updateCallbackConfiguration(numbersService: NumbersService) {
  const requestData: Numbers.UpdateCallbackConfigurationRequestData = {
    updateCallbackConfigurationRequestBody: {
      hmacSecret: 'd3f1c9a2-7b4e-4c8a-9e21-5f6b0a7c3d8e',
    },
  };
  const response = await numbersService.callbackConfiguration.update(requestData);
  console.log(`callbacks: ${JSON.stringify(response)}`);
}
