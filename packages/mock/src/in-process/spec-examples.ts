/**
 * The response examples of an OpenAPI document, as the in-process mock serves them: for every
 * operation, each documented status with its example body, named examples and example headers.
 * The build extracts ours into `specs/examples.json` with this function (browsers and Workers
 * cannot read YAML); a user's parsed document goes through it at run time.
 */

/** One documented response of an operation, as the spec shows it. */
export interface DocumentedResponse {
  readonly example: unknown;
  readonly examples: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
}

/** Documented responses by operationId, then by status (`'200'`, `'404'`...). */
export type DocumentExamples = Record<string, Record<string, DocumentedResponse>>;

// A parsed document is untyped JSON; every step of the walk below is optional-chained.
// biome-ignore lint/suspicious/noExplicitAny: see above
type Node = Record<string, any> | undefined;

/** Follows a local `$ref` (`#/components/...`) inside `doc`; gives up after 16 hops (a cycle). */
export function resolveLocal(doc: unknown, node: unknown): Node {
  let current = node as Node;
  for (let hops = 0; typeof current?.$ref === 'string' && hops < 16; hops++) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<Node>((at, key) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc as Node);
  }
  return current;
}

/** Every documented response of every operation of a parsed OpenAPI document. */
export function examplesOf(doc: unknown): DocumentExamples {
  const out: DocumentExamples = {};
  const paths = ((doc as Node)?.paths ?? {}) as Record<string, Node>;
  for (const item of Object.values(paths)) {
    for (const [method, operation] of Object.entries(resolveLocal(doc, item) ?? {})) {
      if (!operation?.operationId || method === 'parameters') continue;
      const responses: Record<string, DocumentedResponse> = {};
      for (const [status, ref] of Object.entries(operation.responses ?? {})) {
        const response = resolveLocal(doc, ref);
        const media = response?.content?.['application/json'];
        const named = Object.fromEntries(
          Object.entries(media?.examples ?? {}).map(([name, ex]) => [
            name,
            resolveLocal(doc, ex)?.value,
          ]),
        );
        const headers = Object.fromEntries(
          Object.entries(response?.headers ?? {}).map(([name, h]) => {
            const header = resolveLocal(doc, h);
            return [name, header?.example ?? resolveLocal(doc, header?.schema)?.example ?? null];
          }),
        );
        responses[status] = {
          example: media?.example ?? Object.values(named)[0] ?? null,
          examples: named,
          headers,
        };
      }
      out[operation.operationId] = responses;
    }
  }
  return out;
}

/** The example callback events of a Numbers document, by example name. */
export function callbackExamplesOf(doc: unknown): Record<string, unknown> {
  const root = doc as Node;
  const webhook = (Object.values(root?.['x-webhooks'] ?? root?.webhooks ?? {})[0] as Node)?.post;
  const media = resolveLocal(doc, webhook?.requestBody)?.content?.['application/json'];
  return Object.fromEntries(
    Object.entries(media?.examples ?? {}).map(([name, ex]) => [name, (ex as Node)?.value]),
  );
}
