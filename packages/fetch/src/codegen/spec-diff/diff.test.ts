import { describe, expect, it } from 'vitest';
import { bumpFor, type Change, diffModels } from './diff.js';
import { buildModel } from './model.js';

type Doc = Record<string, any>;

/** A tiny document with the Numbers API's shape: a list, a rent, an enum used both ways. */
function baseDoc(): Doc {
  return {
    openapi: '3.0.3',
    info: { title: 'fixture', version: '1.0.0' },
    servers: [{ url: 'https://numbers.example.test' }],
    security: [{ Basic: [] }],
    paths: {
      '/v1/projects/{projectId}/activeNumbers': {
        parameters: [{ name: 'projectId', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          operationId: 'ListActiveNumbers',
          summary: 'List numbers',
          parameters: [
            { name: 'regionCode', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'pageSize', in: 'query', schema: { type: 'integer' } },
            { name: 'type', in: 'query', schema: { $ref: '#/components/schemas/NumberType' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/NumberList' } },
              },
            },
          },
        },
      },
      '/v1/projects/{projectId}/activeNumbers/{phoneNumber}:rent': {
        post: {
          operationId: 'RentNumber',
          parameters: [
            { name: 'projectId', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'phoneNumber', in: 'path', required: true, schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/RentRequest' } },
            },
          },
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': { schema: { $ref: '#/components/schemas/ActiveNumber' } },
              },
            },
          },
        },
      },
    },
    components: {
      securitySchemes: { Basic: { type: 'http', scheme: 'basic' } },
      schemas: {
        NumberType: { type: 'string', enum: ['MOBILE', 'LOCAL'] },
        Status: { type: 'string', enum: ['ACTIVE', 'PENDING'] },
        RentRequest: {
          type: 'object',
          required: ['servicePlanId'],
          properties: { servicePlanId: { type: 'string' }, displayName: { type: 'string' } },
        },
        ActiveNumber: {
          type: 'object',
          required: ['phoneNumber'],
          properties: {
            phoneNumber: { type: 'string', description: 'The number.' },
            type: { $ref: '#/components/schemas/NumberType' },
            status: { $ref: '#/components/schemas/Status' },
            cost: { type: 'number' },
          },
        },
        NumberList: {
          type: 'object',
          properties: {
            activeNumbers: { type: 'array', items: { $ref: '#/components/schemas/ActiveNumber' } },
          },
        },
      },
    },
  };
}

const list = (d: Doc) => d.paths['/v1/projects/{projectId}/activeNumbers'].get;
const rent = (d: Doc) => d.paths['/v1/projects/{projectId}/activeNumbers/{phoneNumber}:rent'].post;
const schemas = (d: Doc) => d.components.schemas;

interface Case {
  name: string;
  given: (d: Doc) => void;
  want: Array<Pick<Change, 'kind' | 'severity'> & { location?: string }>;
  bump: ReturnType<typeof bumpFor>;
}

const cases: Case[] = [
  { name: 'identical documents', given: () => {}, want: [], bump: 'none' },
  {
    name: 'a description-only change',
    given: (d) => {
      schemas(d).ActiveNumber.properties.phoneNumber.description = 'The E.164 number.';
      list(d).summary = 'List the project’s numbers';
    },
    want: [
      { kind: 'docs-changed', severity: 'docs', location: 'ListActiveNumbers' },
      { kind: 'docs-changed', severity: 'docs', location: 'ActiveNumber.phoneNumber' },
    ],
    bump: 'patch',
  },
  {
    name: 'an operation removed',
    given: (d) => delete d.paths['/v1/projects/{projectId}/activeNumbers/{phoneNumber}:rent'],
    want: [{ kind: 'operation-removed', severity: 'breaking', location: 'RentNumber' }],
    bump: 'major',
  },
  {
    name: 'an operation added',
    given: (d) => {
      d.paths['/v1/projects/{projectId}/availableRegions'] = {
        get: { operationId: 'ListRegions', responses: { '200': { description: 'ok' } } },
      };
    },
    want: [{ kind: 'operation-added', severity: 'addition', location: 'ListRegions' }],
    bump: 'minor',
  },
  {
    name: 'an operation moved to another path',
    given: (d) => {
      const paths = d.paths;
      paths['/v2/projects/{projectId}/activeNumbers'] =
        paths['/v1/projects/{projectId}/activeNumbers'];
      delete paths['/v1/projects/{projectId}/activeNumbers'];
    },
    want: [{ kind: 'operation-moved', severity: 'breaking', location: 'ListActiveNumbers' }],
    bump: 'major',
  },
  {
    name: 'a new required parameter',
    given: (d) =>
      list(d).parameters.push({
        name: 'orderBy',
        in: 'query',
        required: true,
        schema: { type: 'string' },
      }),
    want: [
      {
        kind: 'parameter-added',
        severity: 'breaking',
        location: 'ListActiveNumbers query.orderBy',
      },
    ],
    bump: 'major',
  },
  {
    name: 'a new optional parameter',
    given: (d) =>
      list(d).parameters.push({
        name: 'orderBy',
        in: 'query',
        schema: { type: 'string', enum: ['phoneNumber'] },
      }),
    want: [
      {
        kind: 'parameter-added',
        severity: 'addition',
        location: 'ListActiveNumbers query.orderBy',
      },
    ],
    bump: 'minor',
  },
  {
    name: 'a parameter removed',
    given: (d) => list(d).parameters.splice(1, 1),
    want: [
      {
        kind: 'parameter-removed',
        severity: 'breaking',
        location: 'ListActiveNumbers query.pageSize',
      },
    ],
    bump: 'major',
  },
  {
    name: 'a parameter renamed',
    given: (d) => (list(d).parameters[1].name = 'size'),
    want: [
      {
        kind: 'parameter-renamed',
        severity: 'breaking',
        location: 'ListActiveNumbers query.pageSize',
      },
    ],
    bump: 'major',
  },
  {
    name: 'a parameter that became required',
    given: (d) => (list(d).parameters[1].required = true),
    want: [{ kind: 'parameter-required', severity: 'breaking' }],
    bump: 'major',
  },
  {
    name: 'a parameter that became optional',
    given: (d) => (list(d).parameters[0].required = false),
    want: [{ kind: 'parameter-required', severity: 'addition' }],
    bump: 'minor',
  },
  {
    name: 'a path-level parameter moved into the operation (no change)',
    given: (d) => {
      const item = d.paths['/v1/projects/{projectId}/activeNumbers'];
      item.get.parameters.unshift(...item.parameters);
      delete item.parameters;
    },
    want: [],
    bump: 'none',
  },
  {
    name: 'a parameter pointed at another schema',
    given: (d) => {
      schemas(d).QueryType = { type: 'string', enum: ['MOBILE'] };
      list(d).parameters[2].schema = { $ref: '#/components/schemas/QueryType' };
    },
    want: [
      { kind: 'ref-changed', severity: 'breaking' },
      { kind: 'schema-added', severity: 'addition' },
    ],
    bump: 'major',
  },
  {
    name: 'an enum value removed from a type sent in requests',
    given: (d) => (schemas(d).NumberType.enum = ['MOBILE']),
    want: [{ kind: 'enum-value-removed', severity: 'breaking', location: 'NumberType' }],
    bump: 'major',
  },
  {
    name: 'an enum value added to a type only seen in responses',
    given: (d) => schemas(d).Status.enum.push('SUSPENDED'),
    want: [{ kind: 'enum-value-added', severity: 'notice', location: 'Status' }],
    bump: 'minor',
  },
  {
    name: 'an enum value removed from a type only seen in responses',
    given: (d) => schemas(d).Status.enum.pop(),
    want: [{ kind: 'enum-value-removed', severity: 'notice', location: 'Status' }],
    bump: 'minor',
  },
  {
    name: 'a new optional response property',
    given: (d) => (schemas(d).ActiveNumber.properties.displayName = { type: 'string' }),
    want: [{ kind: 'property-added', severity: 'addition', location: 'ActiveNumber.displayName' }],
    bump: 'minor',
  },
  {
    name: 'a response property removed',
    given: (d) => delete schemas(d).ActiveNumber.properties.cost,
    want: [{ kind: 'property-removed', severity: 'breaking', location: 'ActiveNumber.cost' }],
    bump: 'major',
  },
  {
    name: 'a new required request property',
    given: (d) => {
      schemas(d).RentRequest.properties.campaignId = { type: 'string' };
      schemas(d).RentRequest.required.push('campaignId');
    },
    want: [
      { kind: 'required-added', severity: 'breaking' },
      { kind: 'property-added', severity: 'breaking', location: 'RentRequest.campaignId' },
    ],
    bump: 'major',
  },
  {
    name: 'a request property that became optional',
    given: (d) => (schemas(d).RentRequest.required = []),
    want: [{ kind: 'required-removed', severity: 'addition' }],
    bump: 'minor',
  },
  {
    // Code that reads the property without a check breaks when the API stops sending it.
    name: 'a response property that became optional',
    given: (d) => (schemas(d).ActiveNumber.required = []),
    want: [{ kind: 'required-removed', severity: 'breaking', location: 'ActiveNumber' }],
    bump: 'major',
  },
  {
    name: 'a property type changed',
    given: (d) => (schemas(d).ActiveNumber.properties.cost = { type: 'string' }),
    want: [{ kind: 'type-changed', severity: 'breaking', location: 'ActiveNumber.cost' }],
    bump: 'major',
  },
  {
    name: 'a constraint added (pattern)',
    given: (d) => (rent(d).parameters[1].schema.pattern = '^\\+[1-9]\\d{1,14}$'),
    want: [
      { kind: 'constraint-changed', severity: 'notice', location: 'RentNumber path.phoneNumber' },
    ],
    bump: 'minor',
  },
  {
    name: 'an error response added',
    given: (d) => (list(d).responses['429'] = { description: 'rate limited' }),
    want: [
      { kind: 'response-added', severity: 'addition', location: 'ListActiveNumbers response 429' },
    ],
    bump: 'minor',
  },
  {
    name: 'the success response removed',
    given: (d) => delete rent(d).responses['200'],
    want: [{ kind: 'response-removed', severity: 'breaking' }],
    bump: 'major',
  },
  {
    name: 'a security scheme removed',
    given: (d) => {
      d.components.securitySchemes = { Bearer: { type: 'http', scheme: 'bearer' } };
      d.security = [{ Bearer: [] }];
    },
    want: [
      { kind: 'security-changed', severity: 'breaking', location: 'ListActiveNumbers' },
      { kind: 'security-changed', severity: 'breaking', location: 'RentNumber' },
      { kind: 'security-scheme-added', severity: 'addition' },
      { kind: 'security-scheme-removed', severity: 'breaking' },
    ],
    bump: 'major',
  },
  {
    name: 'a security alternative added',
    given: (d) => {
      d.components.securitySchemes.OAuth2 = {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://auth.example.test/token', scopes: {} } },
      };
      d.security.push({ OAuth2: [] });
    },
    want: [
      { kind: 'security-changed', severity: 'addition', location: 'ListActiveNumbers' },
      { kind: 'security-changed', severity: 'addition', location: 'RentNumber' },
      { kind: 'security-scheme-added', severity: 'addition' },
    ],
    bump: 'minor',
  },
];

describe('diffModels', () => {
  for (const { name, given, want, bump } of cases) {
    it(`classifies ${name}`, () => {
      const before = baseDoc();
      const after = baseDoc();
      given(after);
      const changes = diffModels(buildModel(before), buildModel(after));
      const got = changes.map(({ kind, severity, location }) => ({ kind, severity, location }));
      expect(got).toEqual(
        want.map((w) => (w.location ? w : { ...w, location: expect.any(String) })),
      );
      expect(bumpFor(changes)).toBe(bump);
    });
  }

  it('rejects a file that is not an OpenAPI document', () => {
    expect(() => buildModel({ info: {} })).toThrow(/not an OpenAPI document/);
  });

  it('reports an unresolved reference instead of guessing', () => {
    const doc = baseDoc();
    list(doc).parameters.push({ $ref: '#/components/parameters/missing' });
    expect(() => buildModel(doc)).toThrow(
      /unresolved reference #\/components\/parameters\/missing/,
    );
  });
});
