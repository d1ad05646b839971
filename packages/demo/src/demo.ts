/**
 * A typed call through the low-level client against a local stub that answers like the API.
 * Run it with the README's first command.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ActiveNumber, createNumbersClient } from '@sinch-numbers/fetch';

const stubNumber: ActiveNumber = {
  phoneNumber: '+12025550134',
  projectId: 'demo-project',
  displayName: 'Support line',
  regionCode: 'US',
  type: 'LOCAL',
  capability: ['SMS', 'VOICE'],
};

const server = createServer((request, response) => {
  console.log(`  stub received ${request.method} ${request.url}`);
  response.setHeader('Content-Type', 'application/json');
  response.end(JSON.stringify(stubNumber));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

try {
  const numbers = createNumbersClient({
    projectId: 'demo-project',
    auth: { type: 'basic', keyId: 'demo-key', keySecret: 'demo-secret' },
    baseUrl: `http://127.0.0.1:${port}`,
  });
  console.log('GET one active number through @sinch-numbers/fetch:');
  const { data, error } = await numbers.GET(
    '/v1/projects/{projectId}/activeNumbers/{phoneNumber}',
    {
      params: { path: { phoneNumber: '+12025550134' } },
    },
  );
  if (error) throw new Error(`unexpected error: ${JSON.stringify(error)}`);
  console.log(`  ${data.phoneNumber} (${data.type}, ${data.regionCode}) "${data.displayName}"`);
  console.log(`  capabilities: ${data.capability?.join(', ')}`);
} finally {
  server.close();
}
