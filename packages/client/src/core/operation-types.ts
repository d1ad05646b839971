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

type ParametersOf<Op> = Op extends { parameters: infer P } ? P : never;
type PathOf<Op> = ParametersOf<Op> extends { path?: infer Path } ? Path : never;
type QueryOf<Op> = ParametersOf<Op> extends { query?: infer Query } ? Query : never;

/**
 * The flat argument object of one generated operation type (an entry of the `operations` that
 * openapi-typescript generates): path and query parameters plus body fields, `projectId` left
 * out (the client fills it in).
 */
export type ArgsOfOperation<Op> = Simplify<
  Omit<Defined<PathOf<Op>>, 'projectId'> & Defined<QueryOf<Op>> & BodyOf<Op>
>;

/** What one generated operation type resolves to on success (`undefined` without a body). */
export type ResultOfOperation<Op> = Op extends {
  responses: { 200: { content: { 'application/json': infer Result } } };
}
  ? Result
  : undefined;

/** The flat argument object of an operation: path and query parameters plus body fields. */
export type ArgsOf<Id extends keyof operations> = ArgsOfOperation<operations[Id]>;

/** What an operation resolves to on success (`void` when the API sends no body). */
export type ResultOf<Id extends keyof operations> = ResultOfOperation<operations[Id]>;

/**
 * Every operation of both APIs as this release generated them (Date-typed): the default type
 * parameter of `SinchClient`.
 */
export type DefaultOperations = operations;
