/**
 * The README's first command: starts the Numbers mock, walks through a number's life with the
 * high-level client (search, rent, list, update, release), shows a typed error and a refused
 * argument, and stops the mock.
 */
import { NotFoundError, SinchClient, ValidationError } from '@sinch-numbers/client';
import { startMock } from '@sinch-numbers/mock';

const step = (text: string) => console.log(`\n${text}`);
const show = (text: string) => console.log(`  ${text}`);

step('Starting the Prism mock of the Numbers API...');
const mock = await startMock({ spec: 'numbers', errors: true });
show(`listening on ${mock.url}; it answers with the spec's examples, whatever number is asked for`);

try {
  const sinch = new SinchClient({
    projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    keyId: 'demo-key-id',
    keySecret: 'demo-key-secret',
    authentication: 'basic', // the mock has no token endpoint; OAuth2 is the default
    numbersBaseUrl: mock.url,
  });
  const { numbers } = sinch;

  step('1. Search US local numbers starting with +1202 that can send SMS');
  const search = await numbers.availableNumber.list({
    regionCode: 'US',
    type: 'LOCAL',
    capabilities: ['SMS'],
    'numberPattern.pattern': '+1202',
    'numberPattern.searchPattern': 'START',
    size: 5,
  });
  for (const n of search.data) {
    show(`${n.phoneNumber}  ${n.monthlyPrice?.amount} ${n.monthlyPrice?.currencyCode}/month`);
  }
  const chosen = search.data[0]?.phoneNumber ?? '+12025550134';

  step(`2. Rent ${chosen} for an SMS service plan (billable: never sent twice blindly)`);
  const rented = await numbers.availableNumber.rent({
    phoneNumber: chosen,
    smsConfiguration: { servicePlanId: 'demo-service-plan' },
  });
  show(
    `rented ${rented.phoneNumber}; next charge ${rented.nextChargeDate?.toDateString()} (a Date)`,
  );

  step('3. List the active numbers (await for a page; for await walks every page)');
  const page = await numbers.activeNumber.list({ regionCode: 'US', pageSize: 2 });
  for (const n of page.data) show(`${n.phoneNumber}  "${n.displayName ?? ''}"`);
  show(`${page.totalSize} in all; next page: ${page.hasNextPage ? page.nextPageToken : 'none'}`);

  step(`4. Rename ${rented.phoneNumber} and route its calls to a voice app`);
  const updated = await numbers.activeNumber.update({
    phoneNumber: chosen,
    displayName: 'Demo line',
    voiceConfiguration: { type: 'RTC', appId: 'demo-app' },
  });
  show(`updated ${updated.phoneNumber}`);

  step(`5. Release ${chosen} (billable)`);
  const released = await numbers.activeNumber.release({ phoneNumber: chosen });
  show(`released ${released.phoneNumber}`);

  step('6. Mistakes are caught before anything is sent');
  try {
    await numbers.activeNumber.list({ capabilities: ['SMS'] } as never);
  } catch (error) {
    if (error instanceof ValidationError) show(`ValidationError: ${error.message}`);
  }

  step('7. API errors are typed (the mock answers 404 when asked to)');
  const notFound = new SinchClient({
    projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    keyId: 'demo-key-id',
    keySecret: 'demo-key-secret',
    authentication: 'basic',
    numbersBaseUrl: mock.url,
    fetch: (input, init) => {
      const request = new Request(input, init);
      request.headers.set('Prefer', 'code=404');
      return fetch(request);
    },
  });
  try {
    await notFound.numbers.activeNumber.get({ phoneNumber: '+12025550199' });
  } catch (error) {
    if (error instanceof NotFoundError)
      show(`NotFoundError ${error.status} ${error.code}: ${error.apiMessage}`);
  }
} finally {
  await mock.stop();
  step('Mock stopped.');
}
