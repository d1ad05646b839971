/**
 * `pnpm spec:diff <old> <new> [--json]`: the structural difference between two OpenAPI
 * documents, classified for client code. The report is the one `npx @sinch-numbers/fetch
 * spec-diff` prints (same function); this maintainer command always exits 0.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadModel } from '../../packages/fetch/src/codegen/spec-diff/load.js';
import { diffReport } from '../../packages/fetch/src/codegen/spec-diff/run.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});

if (values.help || positionals.length !== 2) {
  console.error('usage: pnpm spec:diff <old.yaml> <new.yaml> [--json]');
  process.exit(values.help ? 0 : 2);
}

// pnpm runs this from the scripts package; resolve user paths against where they ran pnpm.
const base = process.env.INIT_CWD ?? process.cwd();
const [before, after] = await Promise.all(positionals.map((p) => loadModel(resolve(base, p))));
if (!before || !after) throw new Error('two documents are required');
console.log(diffReport(before, after, values.json).text);
