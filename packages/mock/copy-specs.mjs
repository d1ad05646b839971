// Ships the repository's OpenAPI documents inside the package, so the mock serves exactly the
// spec the clients were generated from, and extracts their response examples into
// `specs/examples.json`, which the in-process handlers bundle (browsers and Workers have no
// file system to read YAML from).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const from = new URL('../../spec/', import.meta.url);
const to = new URL('./specs/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from)) {
  if (file.endsWith('.yaml') && file !== 'redocly.yaml')
    cpSync(new URL(file, from), new URL(file, to));
}

/** Follows a local `$ref` (`#/components/...`) inside `doc`. */
function resolve(doc, node) {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 16; hops++) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce((at, key) => at?.[key], doc);
  }
  return current;
}

/** Every documented response of every operation: status → { example, examples, headers }. */
function examplesOf(doc) {
  const out = {};
  for (const item of Object.values(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation?.operationId || method === 'parameters') continue;
      const responses = {};
      for (const [status, ref] of Object.entries(operation.responses ?? {})) {
        const response = resolve(doc, ref);
        const media = response?.content?.['application/json'];
        const named = Object.fromEntries(
          Object.entries(media?.examples ?? {}).map(([name, ex]) => [
            name,
            resolve(doc, ex)?.value,
          ]),
        );
        const headers = Object.fromEntries(
          Object.entries(response?.headers ?? {}).map(([name, h]) => {
            const header = resolve(doc, h);
            return [name, header?.example ?? resolve(doc, header?.schema)?.example ?? null];
          }),
        );
        responses[status] = {
          example: media?.example ?? Object.values(named)[0] ?? null,
          examples: named,
          headers,
        };
      }
      out[operation.operationId] = responses;
    }
  }
  return out;
}

const read = (name) => parse(readFileSync(new URL(name, from), 'utf8'));
const numbers = read('numbers.yaml');
const webhook = Object.values(numbers['x-webhooks'] ?? numbers.webhooks ?? {})[0]?.post;
const callbackMedia = resolve(numbers, webhook?.requestBody)?.content?.['application/json'];
writeFileSync(
  new URL('examples.json', to),
  `${JSON.stringify({
    numbers: examplesOf(numbers),
    voice: examplesOf(read('voice-applications.yaml')),
    callbacks: Object.fromEntries(
      Object.entries(callbackMedia?.examples ?? {}).map(([name, ex]) => [name, ex.value]),
    ),
  })}\n`,
);
