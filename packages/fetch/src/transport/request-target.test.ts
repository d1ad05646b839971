import { urlToHttpOptions } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTargetReader } from './request-target.js';

/** What `http.request(url)` itself would use: Node's own reading of the URL. */
function asNodeReadsIt(url: string) {
  const options = urlToHttpOptions(new URL(url));
  return {
    origin: {
      protocol: options.protocol,
      hostname: options.hostname,
      port: `${options.port ?? ''}`,
    },
    path: options.path,
  };
}

describe('createTargetReader', () => {
  const targetOf = createTargetReader();

  it('reads what Node reads from the URLs our serializers write', () => {
    for (const url of [
      'https://numbers.api.sinch.com/v1/projects/p/activeNumbers/+12025550134',
      'http://127.0.0.1:4010/v1/projects/p/availableNumbers:rentAny',
      'http://127.0.0.1:4010/v1/projects/p/activeNumbers?pageSize=10&numberPattern.pattern=%2B1&capability=SMS&capability=VOICE',
      'http://[::1]:8080/v1/x?filter%5Ba%5D=1',
      'https://calling.api.sinch.com/v1/configuration/numbers/',
      'http://localhost/a/.well-known/b',
    ]) {
      expect(targetOf(url), url).toEqual(asNodeReadsIt(url));
    }
  });

  it('leaves to the URL parser what it would rewrite', () => {
    for (const url of [
      'http://h/a/../b',
      'http://h/a/./b',
      'http://h/a/..',
      'http://h/a b',
      "http://h/a?q='x'",
      'http://h/a#fragment',
      'http://h/a?',
      'http://h/a\\b',
      'http://h/a"b',
      'http://h/{x}',
      'http://user:secret@h/a',
      'http://H/a',
      'http://h:80/a',
      'http://h',
      'not a url/a',
    ]) {
      expect(targetOf(url), url).toBeUndefined();
    }
  });

  it('never disagrees with Node over random paths', () => {
    const alphabet = 'abcXYZ019-._~!$&\'()*+,;=:@%/?#[]{} "<>\\|^`é.';
    let state = 42;
    const random = (n: number) => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % n;
    };
    let direct = 0;
    for (let i = 0; i < 20000; i++) {
      let path = '/';
      const length = random(20);
      for (let j = 0; j < length; j++) path += alphabet[random(alphabet.length)];
      const url = `http://127.0.0.1:4010${path}`;
      const target = targetOf(url);
      if (!target) continue;
      direct++;
      expect(target, url).toEqual(asNodeReadsIt(url));
    }
    // Most paths of that alphabet hold something the parser rewrites; enough do not.
    expect(direct).toBeGreaterThan(300);
  });
});
