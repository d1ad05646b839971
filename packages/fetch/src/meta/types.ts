/**
 * Shapes of the generated runtime metadata (`src/generated/*-meta.ts`): a compact copy of
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

/** How a failed attempt of an operation may be repeated: `'never'` unless the spec says safe. */
export type RetryMode = 'safe' | 'never';

/** Where a list operation keeps its items and, when it pages, its tokens. */
export interface MetaPagination {
  /** The array of the page, e.g. `activeNumbers`. */
  readonly items: string;
  /** The query parameter that asks for a page. Absent: the list is a single page. */
  readonly pageToken?: string;
  /** The response field with the next page's token. */
  readonly nextPageToken?: string;
  /** The response field with the total number of items. */
  readonly totalSize?: string;
}

/**
 * One operation: where it lives, what it takes, what it returns on success, and the client policy
 * its `x-sdk` extension declares.
 */
export interface MetaOperation {
  readonly method: string;
  readonly path: string;
  /** The high-level client's method, e.g. `activeNumber.get`; every message starts with it. */
  readonly name: string;
  /** Whether a failed attempt may be sent again. */
  readonly retry: RetryMode;
  /** Renting, releasing or ordering: costs money, so never sent twice by accident. */
  readonly billable?: boolean;
  /**
   * The document declared no policy (`x-sdk`) for the operation, so `name`, `retry`, `billable`
   * and `pagination` are the safe defaults: a client that knows the operation keeps its own.
   */
  readonly defaultPolicy?: true;
  readonly pagination?: MetaPagination;
  readonly parameters: { readonly [name: string]: MetaParameter };
  readonly body?: {
    readonly mediaType: string;
    readonly required?: boolean;
    readonly schema: MetaSchema;
  };
  readonly response?: MetaSchema;
}

/** The generated metadata of one spec. */
export interface ApiMeta {
  readonly operations: { readonly [operationId: string]: MetaOperation };
  readonly schemas: { readonly [name: string]: MetaSchema };
}
