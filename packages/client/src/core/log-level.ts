/**
 * Levels for the client's log events, and the adapter that writes them to a logger object with
 * `error`/`warn`/`info`/`debug` methods. `console`, pino and winston all have those methods, so
 * any of them can be passed as it is. Each line is one message string that says everything, then
 * the event as a second argument: winston and `console` show it, pino keeps the message.
 */
import type { LogEvent } from './logger.js';

/** How much the client logs. `off` logs nothing; `debug` logs every HTTP exchange. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** The log levels, quietest first. */
export const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** A logger with one method per level, such as `console`, a pino logger or a winston logger. */
export interface LevelLogger {
  /** Failures the caller should act on. */
  error(message: string, ...rest: unknown[]): unknown;
  /** Something went wrong and was handled, or may need a look. */
  warn(message: string, ...rest: unknown[]): unknown;
  /** Notable decisions, such as retries. */
  info(message: string, ...rest: unknown[]): unknown;
  /** Every HTTP exchange. */
  debug(message: string, ...rest: unknown[]): unknown;
}

/** Whether a value names a log level. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && (LOG_LEVELS as readonly string[]).includes(value);
}

/** The level an event is logged at. */
export function levelOf(event: LogEvent): Exclude<LogLevel, 'off'> {
  switch (event.type) {
    case 'http':
      return event.status === undefined || event.status >= 400 ? 'info' : 'debug';
    case 'retry':
      return 'info';
    case 'validation':
      return 'warn';
    case 'billing-check':
      return event.finding === 'check-failed' ? 'error' : 'warn';
  }
}

/** One line that says what happened, without credentials (events never carry them). */
export function describeEvent(event: LogEvent): string {
  switch (event.type) {
    case 'http': {
      const outcome = event.status === undefined ? 'no answer' : String(event.status);
      const id = event.requestId ? ` (request id ${event.requestId})` : '';
      return `sinch: ${event.method} ${event.url} ${outcome} in ${event.durationMs} ms${id}`;
    }
    case 'retry':
      return `sinch: ${event.name} retry ${event.retry} in ${event.delayMs} ms after ${event.reason}`;
    case 'validation': {
      const found = event.issues.map((issue) => `${issue.field} ${issue.expected}`).join('; ');
      return `sinch: ${event.name} sent despite: ${found}`;
    }
    case 'billing-check':
      return `sinch: ${event.operationId} billing check for ${event.phoneNumber}: ${event.finding} (${event.reason})`;
  }
}

/** Whether an event at `level` passes a logger set to `threshold`. */
export function passes(level: LogLevel, threshold: LogLevel): boolean {
  return level !== 'off' && LOG_LEVELS.indexOf(level) <= LOG_LEVELS.indexOf(threshold);
}

/**
 * A sink for events that writes those at or above `threshold` to `logger`, or `undefined` when
 * nothing would ever be written (so no event is even built).
 */
export function levelSink(
  logger: LevelLogger,
  threshold: LogLevel,
): ((event: LogEvent) => void) | undefined {
  if (threshold === 'off') return undefined;
  return (event) => {
    const level = levelOf(event);
    if (!passes(level, threshold)) return;
    try {
      logger[level](describeEvent(event), event);
    } catch {
      // A failing logger must not fail the call it reports on.
    }
  };
}
