/**
 * Shapes of the generated runtime metadata (`src/generated/numbers-meta.ts`): a compact copy of
 * the spec that validation and date revival read at run time.
 */

/** One schema: the JSON Schema keywords that matter at run time, references kept by name. */
export interface MetaSchema {
  readonly $ref?: string;
  readonly type?: string;
  readonly format?: 'date-time' | 'date';
  readonly enum?: readonly unknown[];
  readonly required?: readonly string[];
  readonly properties?: { readonly [name: string]: MetaSchema };
  readonly additionalProperties?: boolean | MetaSchema;
  readonly items?: MetaSchema;
  readonly allOf?: readonly MetaSchema[];
  readonly oneOf?: readonly MetaSchema[];
  readonly anyOf?: readonly MetaSchema[];
  readonly discriminator?: {
    readonly propertyName: string;
    readonly mapping?: { readonly [value: string]: string };
  };
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly readOnly?: boolean;
  readonly nullable?: boolean;
}

/** One parameter of an operation. */
export interface MetaParameter {
  readonly in: string;
  readonly required?: boolean;
  readonly schema: MetaSchema;
}

/** One operation: where it lives, what it takes, what it returns on success. */
export interface MetaOperation {
  readonly method: string;
  readonly path: string;
  readonly parameters: { readonly [name: string]: MetaParameter };
  readonly body?: {
    readonly mediaType: string;
    readonly required?: boolean;
    readonly schema: MetaSchema;
  };
  readonly response?: MetaSchema;
}
