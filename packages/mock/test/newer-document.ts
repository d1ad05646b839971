/**
 * The newer Numbers document the user-spec tests serve: ours with what a later one from Sinch
 * might add, a query parameter on the active-number list (at most 12 characters, so a test can
 * break it) and an operation of its own, with an example.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The `spec/` folder of the repository. */
export const SPEC_DIR = new URL('../../../spec/', import.meta.url);

/** A fresh copy each call, so a test may change it. */
export function newerNumbersDocument(): Record<string, any> {
  const doc = parse(readFileSync(new URL('numbers.yaml', SPEC_DIR), 'utf8'));
  doc.paths['/v1/projects/{projectId}/activeNumbers'].get.parameters = [
    { name: 'nickname', in: 'query', schema: { type: 'string', maxLength: 12 } },
  ];
  doc.paths['/v1/projects/{projectId}/widgets/{widgetId}'] = {
    get: {
      operationId: 'NumberService_GetWidget',
      parameters: [
        { $ref: '#/components/parameters/projectId' },
        { name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } },
      ],
      responses: {
        '200': {
          description: 'The widget.',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { widgetId: { type: 'string' } } },
              example: { widgetId: 'w-example', createdAt: '2026-05-01T08:00:00Z' },
            },
          },
        },
      },
    },
  };
  return doc;
}
