// Ships the repository's OpenAPI documents inside the package, so the mock serves exactly the
// spec the clients were generated from, and extracts their response examples into
// `specs/examples.json`, which the in-process handlers bundle (browsers and Workers have no
// file system to read YAML from). The extraction is the one the handlers run on a user's
// document (`src/in-process/spec-examples.ts`).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { callbackExamplesOf, examplesOf } from './src/in-process/spec-examples.js';

const from = new URL('../../spec/', import.meta.url);
const to = new URL('./specs/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from)) {
  if (file.endsWith('.yaml') && file !== 'redocly.yaml')
    cpSync(new URL(file, from), new URL(file, to));
}

const read = (name: string): unknown => parse(readFileSync(new URL(name, from), 'utf8'));
const numbers = read('numbers.yaml');
writeFileSync(
  new URL('examples.json', to),
  `${JSON.stringify({
    numbers: examplesOf(numbers),
    voice: examplesOf(read('voice-applications.yaml')),
    callbacks: callbackExamplesOf(numbers),
  })}\n`,
);
