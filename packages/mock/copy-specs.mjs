// Ships the repository's OpenAPI documents inside the package, so the mock serves exactly the
// spec the clients were generated from.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

const from = new URL('../../spec/', import.meta.url);
const to = new URL('./specs/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from)) {
  if (file.endsWith('.yaml') && file !== 'redocly.yaml')
    cpSync(new URL(file, from), new URL(file, to));
}
