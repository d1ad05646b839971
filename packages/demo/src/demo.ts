/**
 * The README's first command: starts the Numbers mock, then walks through a number's life with
 * the typed low-level client (search, rent, list, update, release) and stops the mock.
 */
import { createNumbersClient } from '@sinch-numbers/fetch';
import { startMock } from '@sinch-numbers/mock';

const step = (text: string) => console.log(`\n${text}`);
const show = (text: string) => console.log(`  ${text}`);

/** Turns an openapi-fetch result into its data, or throws with the API's own error message. */
function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new Error(`HTTP ${result.response.status}: ${JSON.stringify(result.error)}`);
  }
  return result.data;
}

step('Starting the Prism mock of the Numbers API...');
const mock = await startMock({ spec: 'numbers', errors: true });
show(`listening on ${mock.url} (it answers with the spec's examples)`);

try {
  const numbers = createNumbersClient({
    projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
    auth: { type: 'basic', keyId: 'demo-key-id', keySecret: 'demo-key-secret' },
    baseUrl: mock.url,
  });

  step('1. Search US local numbers starting with +1202 that can send SMS');
  const search = unwrap(
    await numbers.GET('/v1/projects/{projectId}/availableNumbers', {
      params: {
        query: {
          regionCode: 'US',
          type: 'LOCAL',
          capabilities: ['SMS'],
          'numberPattern.pattern': '+1202',
          'numberPattern.searchPattern': 'START',
          size: 5,
        },
      },
    }),
  );
  for (const n of search.availableNumbers ?? []) {
    show(`${n.phoneNumber}  ${n.monthlyPrice?.amount} ${n.monthlyPrice?.currencyCode}/month`);
  }
  const chosen = search.availableNumbers?.[0]?.phoneNumber ?? '+12025550134';

  step(`2. Rent ${chosen} for an SMS service plan (billable)`);
  const rented = unwrap(
    await numbers.POST('/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent', {
      params: { path: { phoneNumber: chosen } },
      body: { smsConfiguration: { servicePlanId: 'demo-service-plan' } },
    }),
  );
  show(`rented ${rented.phoneNumber}, next charge ${rented.nextChargeDate ?? 'n/a'}`);

  step('3. List the active numbers of the project');
  const active = unwrap(
    await numbers.GET('/v1/projects/{projectId}/activeNumbers', {
      params: { query: { regionCode: 'US', type: 'LOCAL', pageSize: 10 } },
    }),
  );
  show(`${active.totalSize} active number(s) in all; this page:`);
  for (const n of active.activeNumbers ?? []) show(`${n.phoneNumber}  "${n.displayName ?? ''}"`);

  step(`4. Rename ${rented.phoneNumber} and route its calls to a voice app`);
  const updated = unwrap(
    await numbers.PATCH('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
      params: { path: { phoneNumber: chosen } },
      body: { displayName: 'Demo line', voiceConfiguration: { type: 'RTC', appId: 'demo-app' } },
    }),
  );
  show(`updated ${updated.phoneNumber} (the mock answers with its example)`);

  step(`5. Release ${chosen} (billable)`);
  const released = unwrap(
    await numbers.POST('/v1/projects/{projectId}/activeNumbers/{phoneNumber}:release', {
      params: { path: { phoneNumber: chosen } },
    }),
  );
  show(`released ${released.phoneNumber}`);

  step('6. An error, as the API would send it (Prefer: code=404)');
  const missing = await numbers.GET('/v1/projects/{projectId}/activeNumbers/{phoneNumber}', {
    params: { path: { phoneNumber: '+12025550199' } },
    headers: { Prefer: 'code=404' },
  });
  show(
    `HTTP ${missing.response.status} ${missing.error?.error?.status}: ${missing.error?.error?.message}`,
  );
} finally {
  await mock.stop();
  step('Mock stopped.');
}
