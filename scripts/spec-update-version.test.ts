/** The changeset and the log say whether the new document raised `info.version`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from './paths.js';
import { renderChangeset } from './spec-update.js';

const ours = (
  parse(readFileSync(fromRoot('spec/numbers.yaml'), 'utf8')) as { info: { version: string } }
).info.version;

describe('the changeset names the version honestly', () => {
  const cases = [
    { name: 'raised', given: { version: '9.9.9', previous: ours }, want: 'to version 9.9.9.' },
    {
      name: 'not raised',
      given: { version: ours, previous: ours },
      want: `its info.version is unchanged at ${ours}.`,
    },
  ];
  for (const { name, given, want } of cases) {
    it(name, () => {
      const text = renderChangeset('numbers', given.version, [], 'patch', given.previous);
      expect(text).toContain(want);
      // Never an update "to" the version we already had.
      expect(text).not.toContain(`to version ${ours}.`);
    });
  }
});
