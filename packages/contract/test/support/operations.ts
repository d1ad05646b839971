import type { operations, voiceOperations } from '@sinch-numbers/fetch';
import { describe } from 'vitest';

/** The clients every operation must be contract-tested through. */
export type ClientName = 'fetch' | 'client';

/** An operationId of one of our specs; a typo does not compile. */
export type OperationId = keyof operations | keyof voiceOperations;

/**
 * Declares the contract tests of one operation through one client. The coverage test reads these
 * calls from the test sources, so keep the first two arguments as string literals.
 */
export function describeOperation(operationId: OperationId, client: ClientName, body: () => void) {
  describe(`${operationId} via ${client}`, body);
}
