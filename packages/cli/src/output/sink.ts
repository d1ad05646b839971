/**
 * Writes text to a stream without outrunning it. `write()` returning false means the stream's
 * buffer is full: waiting for `drain` before the next write keeps memory flat however fast pages
 * arrive and however slow the disk or the reader of a pipe is.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** A writer that honours backpressure. */
export class Sink {
  readonly #stream: Writable;

  constructor(stream: Writable) {
    this.#stream = stream;
  }

  /** Writes `chunk`, waiting for `drain` when the stream asks for it. */
  async write(chunk: string): Promise<void> {
    // A failed stream (disk full, reader gone) reports through `errored`; stop writing to it.
    if (this.#stream.errored) throw this.#stream.errored;
    if (this.#stream.write(chunk)) return;
    // `once` rejects if the stream errors while we wait (disk full, reader gone).
    await once(this.#stream, 'drain');
  }
}
