import { describe, expect, it } from 'vitest';
import { redactEchoedCredentials } from './redact.js';

describe('redactEchoedCredentials', () => {
  const cases = [
    {
      name: 'an echoed bearer token',
      given: {
        text: 'bad token abcdefgh123 here',
        headers: { Authorization: 'Bearer abcdefgh123' },
      },
      want: 'bad token [redacted] here',
    },
    {
      name: 'every occurrence',
      given: {
        text: 'x-sig-12345678 and x-sig-12345678',
        headers: { Authorization: 'Application x-sig-12345678' },
      },
      want: '[redacted] and [redacted]',
    },
    {
      name: 'text without credentials',
      given: { text: 'all fine', headers: { Authorization: 'Bearer abcdefgh123' } },
      want: 'all fine',
    },
    {
      name: 'a credential too short to tell from text',
      given: { text: 'a b c', headers: { Authorization: 'Bearer b' } },
      want: 'a b c',
    },
    { name: 'no headers', given: { text: 'abc', headers: undefined }, want: 'abc' },
  ];
  for (const { name, given, want } of cases) {
    it(`handles ${name}`, () => {
      expect(redactEchoedCredentials(given.text, given.headers)).toBe(want);
    });
  }
});
