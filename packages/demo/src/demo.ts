/**
 * The README's first command: starts the stateful sandbox of the Numbers API, walks through a
 * number's life with the high-level client (search, rent, list every page, update, release),
 * shows a typed error, a refused argument and a retried fault, and stops the sandbox.
 */
import { NotFoundError, SinchClient, ValidationError } from '@sinch-numbers/client';
import { startSandbox } from '@sinch-numbers/mock';

const step = (text: string) => console.log(`\n${text}`);
const show = (text: string) => console.log(`  ${text}`);

step('Starting the sandbox (a seeded in-memory project served over HTTP)...');
const server = await startSandbox();
show(`listening on ${server.url}; what you rent stays rented until you release it`);

try {
  const sinch = new SinchClient({
    projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    keyId: 'demo-key-id',
    keySecret: 'demo-key-secret',
    authentication: 'basic', // no token round trip; OAuth2 is the default
    numbersBaseUrl: server.url,
    backoff: { baseDelayMs: 50 },
  });
  const { numbers } = sinch;

  step('1. Search US local numbers ending in 9 that can send SMS');
  const search = await numbers.availableNumber.list({
    regionCode: 'US',
    type: 'LOCAL',
    capabilities: ['SMS'],
    'numberPattern.pattern': '9',
    'numberPattern.searchPattern': 'END',
    size: 3,
  });
  for (const n of search.data) {
    show(`${n.phoneNumber}  ${n.monthlyPrice?.amount} ${n.monthlyPrice?.currencyCode}/month`);
  }
  const chosen = search.data[0]?.phoneNumber ?? '+12025550109';

  step(`2. Rent ${chosen} for an SMS service plan (billable: never sent twice blindly)`);
  const rented = await numbers.availableNumber.rent({
    phoneNumber: chosen,
    smsConfiguration: { servicePlanId: 'demo-service-plan' },
  });
  show(
    `rented ${rented.phoneNumber}; SMS linking ${rented.smsConfiguration?.scheduledProvisioning?.status}; next charge ${rented.nextChargeDate?.toDateString()} (a Date)`,
  );

  step('3. Walk every page of the US local numbers, two per page, with for await');
  let count = 0;
  for await (const n of numbers.activeNumber.list({
    regionCode: 'US',
    type: 'LOCAL',
    pageSize: 2,
  })) {
    count += 1;
    show(`${n.phoneNumber}  "${n.displayName ?? ''}"`);
  }
  show(`${count} numbers, every page read`);

  step(`4. Rename ${chosen} and route its calls to a voice app`);
  const updated = await numbers.activeNumber.update({
    phoneNumber: chosen,
    displayName: 'Demo line',
    voiceConfiguration: { type: 'RTC', appId: 'demo-app' },
  });
  show(`updated ${updated.phoneNumber} to "${updated.displayName}"`);

  step('5. A rate limit on the next read: the client waits for Retry-After and tries again');
  server.sandbox.faults.add({
    operation: 'activeNumber.get',
    fault: { type: 'status', status: 429, retryAfter: 0 },
  });
  const read = await numbers.activeNumber.get({ phoneNumber: chosen });
  show(`read ${read.phoneNumber} after one 429`);

  step(`6. Release ${chosen} (billable), then look for it`);
  const released = await numbers.activeNumber.release({ phoneNumber: chosen });
  show(`released ${released.phoneNumber}`);
  try {
    await numbers.activeNumber.get({ phoneNumber: chosen });
  } catch (error) {
    if (error instanceof NotFoundError)
      show(`NotFoundError ${error.status} ${error.code}: ${error.apiMessage}`);
  }

  step('7. Mistakes are caught before anything is sent');
  try {
    await numbers.activeNumber.list({ capabilities: ['SMS'] } as never);
  } catch (error) {
    if (error instanceof ValidationError) show(`ValidationError: ${error.message}`);
  }
} finally {
  await server.stop();
  step('Sandbox stopped.');
}
