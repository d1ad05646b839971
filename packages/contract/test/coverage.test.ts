/**
 * Every operation of every spec must have a contract test through every client. Tests declare
 * what they cover with `describeOperation('<operationId>', '<client>', ...)`; this test reads
 * those declarations from the sources and lists what is missing. Callback events (x-webhooks)
 * are sent by Sinch to the user, not by a client, so they are not operations to cover here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ClientName } from './support/operations.js';

const SPECS = ['numbers.yaml', 'voice-applications.yaml'];
const CLIENTS: ClientName[] = ['fetch', 'client'];
const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);

const specDir = new URL('../../../spec/', import.meta.url);
const testDir = fileURLToPath(new URL('.', import.meta.url));

function operationIds(spec: string): string[] {
  const doc = parse(readFileSync(new URL(spec, specDir), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  return Object.values(doc.paths).flatMap((item) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([, op]) => op.operationId ?? ''),
  );
}

function declaredCoverage(): Set<string> {
  const covered = new Set<string>();
  const files = readdirSync(testDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.contract.test.ts'),
  );
  for (const file of files) {
    const source = readFileSync(`${testDir}/${file}`, 'utf8');
    for (const match of source.matchAll(/describeOperation\(\s*'([^']+)',\s*'([^']+)'/g)) {
      covered.add(`${match[1]} via ${match[2]}`);
    }
  }
  return covered;
}

describe('contract coverage', () => {
  const covered = declaredCoverage();
  for (const spec of SPECS) {
    it(`every operation of spec/${spec} has a contract test through every client`, () => {
      const ids = operationIds(spec);
      expect(ids.length).toBeGreaterThan(0);
      const missing = ids.flatMap((id) =>
        CLIENTS.map((client) => `${id} via ${client}`).filter((key) => !covered.has(key)),
      );
      expect(missing, `operations without a contract test:\n${missing.join('\n')}`).toEqual([]);
    });
  }

  it('declares only operations that exist', () => {
    const known = new Set(
      SPECS.flatMap(operationIds).flatMap((id) => CLIENTS.map((c) => `${id} via ${c}`)),
    );
    expect([...covered].filter((key) => !known.has(key))).toEqual([]);
  });
});
