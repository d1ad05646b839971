/**
 * Turns any error into what the user sees on stderr and the exit code. Expected failures (bad
 * input, API refusals, network trouble) are one or two lines without a stack; only a bug gets
 * the "please report" note, and its stack only with `--debug`.
 */
import {
  ApiError,
  RateLimitedError,
  SinchError,
  UnauthorizedError,
  UncertainOutcomeError,
  ValidationError,
} from '@sinch-numbers/client';
import { BrokenPipeError, DeclinedError, InterruptedError, UsageError } from './errors.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import { PROGRAM } from './help.js';

/** What to print and how to exit. */
export interface Report {
  readonly exitCode: ExitCodeValue;
  readonly lines: readonly string[];
}

// The client names fields as the API does; the user typed flags.
const FLAG_OF_FIELD: Readonly<Record<string, string>> = {
  phoneNumber: '<number>',
  number: '<number>',
  numbers: '<number...>',
  regionCode: '--region',
  type: '--type',
  types: '--types',
  capabilities: '--capabilities',
  capability: '--capability',
  size: '--size',
  pageSize: '--page-size',
  pageToken: '--page-token',
  orderBy: '--order-by',
  'numberPattern.pattern': '--pattern',
  'numberPattern.searchPattern': '--search-pattern',
  numberPattern: '--pattern',
  hmacSecret: '--hmac-secret',
  displayName: '--display-name',
  callbackUrl: '--callback-url',
  smsConfiguration: '--service-plan-id',
  'smsConfiguration.servicePlanId': '--service-plan-id',
  'smsConfiguration.campaignId': '--campaign-id',
  voiceConfiguration: '--voice-type',
  'voiceConfiguration.type': '--voice-type',
  'voiceConfiguration.appId': '--voice-app-id',
  'voiceConfiguration.trunkId': '--voice-trunk-id',
  'voiceConfiguration.serviceId': '--voice-service-id',
  applicationkey: '--app-key',
  'url.primary': '--primary',
  'url.fallback': '--fallback',
};

/** The flag a client field came from, e.g. `capabilities[1]` → `--capabilities`. */
export function flagOfField(field: string): string | undefined {
  return FLAG_OF_FIELD[field] ?? FLAG_OF_FIELD[field.replace(/\[\d+\]/g, '')];
}

function helpPointer(command: string | undefined): string {
  return `Run '${PROGRAM}${command ? ` ${command}` : ''} --help' for usage.`;
}

function apiLines(error: ApiError): string[] {
  const status = `${error.status}${error.code ? ` ${error.code}` : ''}`;
  const lines = [
    `${PROGRAM}: the API answered ${status}: ${error.apiMessage ?? error.message}`,
    `  request id: ${error.requestId ?? '(none given)'}`,
  ];
  for (const detail of error.details) {
    const violations = (detail as { fieldViolations?: unknown }).fieldViolations;
    if (!Array.isArray(violations)) continue;
    for (const violation of violations as { field?: string; description?: string }[]) {
      lines.push(`  ${violation.field ?? '(field)'}: ${violation.description ?? ''}`.trimEnd());
    }
  }
  if (error instanceof UnauthorizedError) {
    lines.push(
      '  check the credentials (SINCH_KEY_ID, SINCH_KEY_SECRET, --auth) and the project ID',
    );
  }
  if (error instanceof RateLimitedError && error.retryAfterMs !== undefined) {
    lines.push(
      `  the API asks to wait ${Math.ceil(error.retryAfterMs / 1000)} s before trying again`,
    );
  }
  return lines;
}

/** The report for an error thrown by a command (or by the command line itself). */
export function reportError(error: unknown, options: { command?: string; debug: boolean }): Report {
  if (error instanceof UsageError) {
    return {
      exitCode: ExitCode.usage,
      lines: [`${PROGRAM}: ${error.message}`, helpPointer(error.command ?? options.command)],
    };
  }
  if (error instanceof ValidationError) {
    const flag = flagOfField(error.field);
    const what = flag ? `${flag} (${error.field})` : error.field;
    const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
    return {
      exitCode: ExitCode.usage,
      lines: [`${PROGRAM}: ${what} ${error.expected}${more}`, helpPointer(options.command)],
    };
  }
  if (error instanceof ApiError) return { exitCode: ExitCode.failure, lines: apiLines(error) };
  if (error instanceof UncertainOutcomeError) {
    return {
      exitCode: ExitCode.failure,
      lines: [
        `${PROGRAM}: ${error.message}`,
        `  check with '${PROGRAM} get <number>' before trying again`,
      ],
    };
  }
  if (error instanceof SinchError) {
    return { exitCode: ExitCode.failure, lines: [`${PROGRAM}: ${error.message}`] };
  }
  if (error instanceof DeclinedError) {
    return { exitCode: ExitCode.failure, lines: [`${PROGRAM}: ${error.message}`] };
  }
  if (error instanceof InterruptedError) {
    return { exitCode: ExitCode.interrupted, lines: [`${PROGRAM}: ${error.message}`] };
  }
  if (error instanceof BrokenPipeError) return { exitCode: ExitCode.ok, lines: [] };
  if (isExpectedSystemError(error)) {
    return { exitCode: ExitCode.failure, lines: [`${PROGRAM}: ${(error as Error).message}`] };
  }
  const message = error instanceof Error ? error.message : String(error);
  const stack = options.debug && error instanceof Error && error.stack ? [error.stack] : [];
  return {
    exitCode: ExitCode.failure,
    lines: [
      `${PROGRAM}: unexpected error: ${message}`,
      ...stack,
      `This looks like a bug in ${PROGRAM}; please report it with the command you ran${
        options.debug ? '' : ' (add --debug for the stack trace)'
      }.`,
    ],
  };
}

// File-system and mock start-up failures are the environment's fault, not a bug.
function isExpectedSystemError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'PrismStartError') return true;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) && 'syscall' in error;
}
