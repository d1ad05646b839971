import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, readBodyText } from './limits.js';

/** A response streaming `chunks`, counting how many were pulled and whether it was cancelled. */
function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const stats = { pulled: 0, cancelled: false };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) return controller.close();
      stats.pulled++;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { response: new Response(stream, { headers }), stats };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readBodyText', () => {
  it('returns a body within the limit, multi-byte characters split across chunks included', async () => {
    const euro = bytes('€'); // three bytes
    const { response } = streamed([bytes('a'), euro.slice(0, 1), euro.slice(1), bytes('b')]);
    expect(await readBodyText(response, 100)).toBe('a€b');
  });

  it('stops reading and cancels the stream as soon as the limit is passed', async () => {
    const chunk = new Uint8Array(1024);
    const { response, stats } = streamed(Array.from({ length: 1000 }, () => chunk));
    const error = await readBodyText(response, 4096).catch((e) => e);
    expect(error).toBeInstanceOf(BodyTooLargeError);
    expect(error.limitBytes).toBe(4096);
    expect(error.status).toBe(200);
    expect(stats.pulled).toBeLessThan(10);
    expect(stats.cancelled).toBe(true);
  });

  it('accepts a body of exactly the limit', async () => {
    const { response } = streamed([new Uint8Array(10).fill(97)]);
    expect(await readBodyText(response, 10)).toBe('a'.repeat(10));
  });

  it('refuses a declared length over the limit before reading', async () => {
    const { response, stats } = streamed([bytes('x')], { 'content-length': '5000' });
    await expect(readBodyText(response, 100)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(stats.pulled).toBe(0);
  });

  it('counts decompressed bytes: a compressed length under the limit is only a hint', async () => {
    const big = new Uint8Array(200).fill(97);
    const { response } = streamed([big], { 'content-length': '20', 'content-encoding': 'gzip' });
    await expect(readBodyText(response, 100)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('reads an empty body', async () => {
    expect(await readBodyText(new Response(null), 10)).toBe('');
  });
});
