import { describe, expect, it } from 'vitest';
import { ApiError, describeNonJson } from './errors.js';

const request = {
  operationId: 'NumberService_GetActiveNumber',
  name: 'activeNumber.get',
  method: 'GET',
  url: 'http://x',
};

describe('describeNonJson', () => {
  const cases = [
    { name: 'not a string', given: { a: 1 }, want: '' },
    { name: 'an empty body', given: '', want: '' },
    {
      name: 'an HTML page',
      given:
        '<html><head><title>502 Bad Gateway</title></head>\n<body> <h1>Bad   Gateway</h1></body></html>',
      want: '502 Bad Gateway Bad Gateway',
    },
    { name: 'a stray < with no tag after it', given: 'a < b and c', want: 'a < b and c' },
    { name: 'a tag, then a stray <', given: '<b>x</b> 1 < 2', want: 'x 1 < 2' },
    { name: 'only whitespace and tags', given: ' <p>\n\t</p> ', want: '' },
    { name: 'a long text', given: 'word '.repeat(100), want: `${'word '.repeat(23)}wo...` },
  ];
  for (const { name, given, want } of cases) {
    it(`describes ${name}`, () => {
      expect(describeNonJson(given)).toBe(want);
    });
  }

  // A quadratic scan takes minutes on these (80,000 `<` took seconds); a linear one, about a
  // millisecond. They run with the default test timeout, far above either machine's noise.
  const hostile = [
    { name: '1,000,000 `<`', given: '<'.repeat(1_000_000), want: `${'<'.repeat(117)}...` },
    { name: '500,000 unclosed tags', given: '<a'.repeat(500_000), want: `${'<a'.repeat(58)}<...` },
    { name: '10 MB of whitespace', given: ' '.repeat(10_000_000), want: '' },
    {
      name: 'one huge tag',
      given: `<${'x'.repeat(5_000_000)}> after`,
      // The tag closes beyond the part that is looked at, so its start reads as text.
      want: `<${'x'.repeat(116)}...`,
    },
  ];
  for (const { name, given, want } of hostile) {
    it(`describes ${name} in one bounded pass`, () => {
      expect(describeNonJson(given)).toBe(want);
    });
  }

  it('is what an API error says about an HTML error page', () => {
    const error = new ApiError({
      status: 502,
      body: '<html><title>upstream down</title></html>',
      requestId: undefined,
      request,
    });
    expect(error.message).toBe('activeNumber.get failed with 502 HTTP 502: upstream down');
  });
});
