/**
 * Argument and result types of each operation, derived from the generated (Date-typed) spec
 * types: arguments are one flat object with the spec's parameter and body field names.
 */
import type { operations as numbersOperations } from '@sinch-numbers/fetch/numbers-dates';
import type { operations as voiceOperations } from '@sinch-numbers/fetch/voice-dates';

type operations = numbersOperations & voiceOperations;

/** Flattens an intersection so editors show plain fields. */
export type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Defined<T> = [NonNullable<T>] extends [never] ? unknown : NonNullable<T>;

type BodyOf<Op> = Op extends { requestBody?: { content: infer Content } }
  ? Content extends { 'application/json': infer Json }
    ? Json
    : Content extends { 'multipart/form-data': infer Form }
      ? Form
      : unknown
  : unknown;

/** The flat argument object of an operation: path and query parameters plus body fields. */
export type ArgsOf<Id extends keyof operations> = Simplify<
  Omit<Defined<operations[Id]['parameters']['path']>, 'projectId'> &
    Defined<operations[Id]['parameters']['query']> &
    BodyOf<operations[Id]>
>;

/** What an operation resolves to on success (`void` when the API sends no body). */
export type ResultOf<Id extends keyof operations> = operations[Id]['responses'] extends {
  200: { content: { 'application/json': infer Result } };
}
  ? Result
  : undefined;
