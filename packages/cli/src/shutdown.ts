/**
 * Ctrl+C and SIGTERM: say what may have happened, stop the mock, exit with 130 (143 for
 * SIGTERM). A second Ctrl+C exits at once, for when cleaning up itself hangs.
 */

/** What the handlers need. */
export interface ShutdownOptions {
  /** Stops servers and removes partial files. */
  readonly cleanup: () => Promise<void>;
  /** The note for the current moment, e.g. that a rent may have gone through. */
  readonly note: () => string | undefined;
  readonly stderr: { write(text: string): boolean };
  readonly exit: (code: number) => void;
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
// Cleanup gets this long before the process leaves anyway (Prism is killed by its guard then).
const CLEANUP_LIMIT_MS = 5000;

/** Installs the handlers; returns a function that removes them. */
export function handleSignals(options: ShutdownOptions): () => void {
  let stopping = false;
  const handlers = Object.entries(EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      if (stopping) {
        options.exit(code);
        return;
      }
      stopping = true;
      const note = options.note();
      options.stderr.write(`\ninterrupted${note ? `: ${note}` : ''}\n`);
      const limit = new Promise<void>((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
      void Promise.race([options.cleanup().catch(() => {}), limit]).then(() => options.exit(code));
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
