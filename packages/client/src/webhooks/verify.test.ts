import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RawCallbackBody } from './raw-body.js';
import { SIGNATURE_HEADER, signCallbackBody, verifyCallbackSignature } from './verify.js';

const secret = 'Numbers-callback-secret-0123456789';
// Non-ASCII on purpose: string and byte inputs only agree if strings are hashed as UTF-8.
const body = JSON.stringify({
  eventId: '01jgkc5p7q9r1s3t5v7w9x1y3z',
  timestamp: '2026-01-16T09:00:00Z',
  projectId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
  resourceType: 'NUMBER_ORDER',
  resourceId: '01j9x7k2m4n6p8q0r2s4t6v8w0',
  eventType: 'NUMBER_ORDER_PROCESSING',
  status: 'COMPLETED',
  note: 'Zürich ✓',
});
const bytes = new TextEncoder().encode(body);

// Expected values come from Node's own HMAC implementation, not from the code under test.
const hex = createHmac('sha1', secret).update(body).digest('hex');
const base64 = createHmac('sha1', secret).update(body).digest('base64');

function tamperedBytes(): Uint8Array {
  const copy = bytes.slice();
  copy[10] = (copy[10] ?? 0) ^ 0x01;
  return copy;
}

function arrayBufferOf(view: Uint8Array): ArrayBuffer {
  const buffer = new ArrayBuffer(view.byteLength);
  new Uint8Array(buffer).set(view);
  return buffer;
}

/** The same bytes seen through a view that starts inside a larger buffer. */
function offsetView(view: Uint8Array): Uint8Array {
  const backing = new Uint8Array(view.byteLength + 7);
  backing.set(view, 3);
  return backing.subarray(3, 3 + view.byteLength);
}

describe('SIGNATURE_HEADER', () => {
  it('is the lower-case header name, usable with Headers#get', () => {
    expect(SIGNATURE_HEADER).toBe('x-sinch-signature');
    const headers = new Headers({ 'X-Sinch-Signature': hex });
    expect(headers.get(SIGNATURE_HEADER)).toBe(hex);
  });
});

describe('verifyCallbackSignature', () => {
  const cases: {
    name: string;
    header: string | null | undefined;
    expected: boolean;
    rawBody?: RawCallbackBody;
    hmacSecret?: string;
  }[] = [
    { name: 'lower-case hex', header: hex, expected: true },
    { name: 'upper-case hex', header: hex.toUpperCase(), expected: true },
    { name: 'base64 with padding', header: base64, expected: true },
    { name: 'base64 without padding', header: base64.replace(/=+$/, ''), expected: true },
    { name: 'surrounding whitespace', header: `  ${hex}\t\n`, expected: true },
    {
      name: 'tampered body (one byte changed)',
      header: hex,
      rawBody: tamperedBytes(),
      expected: false,
    },
    { name: 'wrong secret', header: hex, hmacSecret: `${secret}x`, expected: false },
    { name: 'empty secret', header: hex, hmacSecret: '', expected: false },
    { name: 'missing header (undefined)', header: undefined, expected: false },
    { name: 'missing header (null)', header: null, expected: false },
    { name: 'empty header', header: '', expected: false },
    { name: 'whitespace-only header', header: '  \t', expected: false },
    { name: 'garbage header', header: 'not a signature!', expected: false },
    { name: 'garbage hex-looking header', header: 'zz'.repeat(20), expected: false },
    { name: 'truncated hex (19 bytes)', header: hex.slice(0, 38), expected: false },
    { name: 'truncated hex (odd length)', header: hex.slice(0, 39), expected: false },
    { name: 'truncated base64', header: base64.slice(0, 20), expected: false },
    { name: 'hex with an extra byte', header: `${hex}00`, expected: false },
    {
      name: 'hex with inner whitespace',
      header: `${hex.slice(0, 20)} ${hex.slice(20)}`,
      expected: false,
    },
    { name: 'prefixed hex (sha1=...)', header: `sha1=${hex}`, expected: false },
    { name: 'misplaced base64 padding', header: `=${base64.replace(/=+$/, '')}`, expected: false },
    {
      name: 'last hex digit changed',
      header: hex.slice(0, -1) + (hex.endsWith('0') ? '1' : '0'),
      expected: false,
    },
    {
      name: 'signature of the empty body',
      header: createHmac('sha1', secret).update('').digest('hex'),
      expected: false,
    },
  ];

  for (const { name, header, expected, rawBody = body, hmacSecret = secret } of cases) {
    it(`${expected ? 'accepts' : 'rejects'} ${name}`, async () => {
      await expect(verifyCallbackSignature(rawBody, header, hmacSecret)).resolves.toBe(expected);
    });
  }

  const bodyForms: { name: string; rawBody: RawCallbackBody }[] = [
    { name: 'string', rawBody: body },
    { name: 'Uint8Array', rawBody: bytes },
    { name: 'ArrayBuffer', rawBody: arrayBufferOf(bytes) },
    { name: 'Node Buffer', rawBody: Buffer.from(body, 'utf8') },
    { name: 'Uint8Array view at an offset', rawBody: offsetView(bytes) },
  ];

  for (const { name, rawBody } of bodyForms) {
    it(`gives the same answers for a body given as ${name}`, async () => {
      expect(await verifyCallbackSignature(rawBody, hex, secret)).toBe(true);
      expect(await verifyCallbackSignature(rawBody, base64, secret)).toBe(true);
      expect(await verifyCallbackSignature(rawBody, hex, 'other-secret')).toBe(false);
    });
  }

  it('rejects a tampered body in every input form', async () => {
    const tampered = tamperedBytes();
    const forms: RawCallbackBody[] = [
      new TextDecoder().decode(tampered),
      tampered,
      arrayBufferOf(tampered),
    ];
    for (const rawBody of forms) {
      expect(await verifyCallbackSignature(rawBody, hex, secret)).toBe(false);
    }
  });

  it('does not mutate the body it is given', async () => {
    const input = bytes.slice();
    await verifyCallbackSignature(input, hex, secret);
    expect(input).toEqual(bytes);
  });

  it('returns false, without throwing, for a non-string header from plain JavaScript', async () => {
    const header = [hex] as unknown as string;
    await expect(verifyCallbackSignature(body, header, secret)).resolves.toBe(false);
  });

  it('throws TypeError for a secret that is not a string', async () => {
    for (const bad of [undefined, null, 42, Buffer.from(secret)]) {
      await expect(verifyCallbackSignature(body, hex, bad as unknown as string)).rejects.toThrow(
        TypeError,
      );
    }
  });

  it('throws TypeError for a body that is neither a string nor bytes', async () => {
    for (const bad of [undefined, null, 42, { resourceType: 'NUMBER_ORDER' }]) {
      await expect(
        verifyCallbackSignature(bad as unknown as RawCallbackBody, hex, secret),
      ).rejects.toThrow(TypeError);
    }
  });

  describe('without WebCrypto', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('fails with a message that says what is missing', async () => {
      vi.stubGlobal('crypto', undefined);
      await expect(verifyCallbackSignature(body, hex, secret)).rejects.toThrow(/WebCrypto/);
    });
  });
});

describe('fixed test vector', () => {
  // Computed once by hand with Node, independently of this module:
  //   node -e "const { createHmac } = require('node:crypto');
  //     const h = createHmac('sha1', 'test-secret-0123456789-abcdefghijkl')
  //       .update('{\"eventId\":\"01jgkc5p7q9r1s3t5v7w9x1y3z\",\"resourceType\":\"NUMBER_ORDER\",\"status\":\"COMPLETED\"}');
  //     console.log(h.digest('hex'))"
  // and the same with digest('base64').
  const vectorSecret = 'test-secret-0123456789-abcdefghijkl';
  const vectorBody =
    '{"eventId":"01jgkc5p7q9r1s3t5v7w9x1y3z","resourceType":"NUMBER_ORDER","status":"COMPLETED"}';
  const vectorHex = 'dc9ad9225fe9df9cfdd45fc7f27608c446835ea3';
  const vectorBase64 = '3JrZIl/p35z91F/H8nYIxEaDXqM=';

  it('signCallbackBody reproduces the literal hex digest', async () => {
    await expect(signCallbackBody(vectorBody, vectorSecret)).resolves.toBe(vectorHex);
  });

  it('verifyCallbackSignature accepts the literal digest in hex and base64', async () => {
    await expect(verifyCallbackSignature(vectorBody, vectorHex, vectorSecret)).resolves.toBe(true);
    await expect(verifyCallbackSignature(vectorBody, vectorBase64, vectorSecret)).resolves.toBe(
      true,
    );
  });

  it('rejects the base64url spelling, which is not standard base64', async () => {
    const base64url = vectorBase64.replaceAll('/', '_').replace(/=+$/, '');
    await expect(verifyCallbackSignature(vectorBody, base64url, vectorSecret)).resolves.toBe(false);
  });
});

describe('signCallbackBody', () => {
  it('returns the lower-case hex HMAC-SHA1 that Node computes', async () => {
    const signature = await signCallbackBody(body, secret);
    expect(signature).toBe(hex);
    expect(signature).toMatch(/^[0-9a-f]{40}$/);
  });

  it('signs strings and bytes alike', async () => {
    expect(await signCallbackBody(bytes, secret)).toBe(hex);
    expect(await signCallbackBody(arrayBufferOf(bytes), secret)).toBe(hex);
  });

  it('produces signatures that verifyCallbackSignature accepts', async () => {
    const signature = await signCallbackBody(body, secret);
    await expect(verifyCallbackSignature(body, signature, secret)).resolves.toBe(true);
  });

  it('throws TypeError for an empty or non-string secret', async () => {
    await expect(signCallbackBody(body, '')).rejects.toThrow(TypeError);
    await expect(signCallbackBody(body, 7 as unknown as string)).rejects.toThrow(TypeError);
  });
});
