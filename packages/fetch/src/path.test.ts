import { defaultPathSerializer } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import { PathParameterError, serializePath } from './path.js';

// What openapi-fetch itself writes, with the one rule we add on top (a literal `+`).
const openapiFetch = (template: string, params: Record<string, unknown>) =>
  defaultPathSerializer(template, params).replace(/%2B/g, '+');

const templates = [
  'https://numbers.api.sinch.com/v1/projects/{projectId}/activeNumbers/{phoneNumber}',
  '/v1/projects/{projectId}/availableNumbers/{phoneNumber}:rent',
  '/v1/{a}/{b}/{a}',
  '/v1/items/{.label}/{;matrix}/{exploded*}/{.both*}',
  '/no/placeholders',
];

const values: unknown[] = [
  '+12025550134',
  'a b/c?d#e',
  'ünïcødé',
  "it's 100%",
  '$&$1',
  '{b}',
  42,
  0,
  true,
  ['x', 'y+z'],
  { k: 'v', n: 1 },
  undefined,
  null,
];

describe('serializePath', () => {
  it("writes what openapi-fetch's path serializer writes, for every style and value", () => {
    const names = ['projectId', 'phoneNumber', 'a', 'b', 'label', 'matrix', 'exploded', 'both'];
    for (const template of templates) {
      for (const value of values) {
        for (const other of ['p', 'q r', 7]) {
          const params = Object.fromEntries(
            names.map((name, i) => [name, i % 2 === 0 ? value : other]),
          );
          expect(serializePath(template, params), `${template} ${String(value)}`).toBe(
            openapiFetch(template, params),
          );
        }
      }
    }
  });

  it('keeps the leading + of a phone number literal', () => {
    expect(serializePath('/n/{phoneNumber}', { phoneNumber: '+12025550134' })).toBe(
      '/n/+12025550134',
    );
  });

  it('refuses an empty value and dot segments, naming the parameter', () => {
    for (const bad of ['', '.', '..']) {
      expect(() => serializePath('/orders/{numberOrderId}/submit', { numberOrderId: bad })).toThrow(
        PathParameterError,
      );
      try {
        serializePath('/orders/{numberOrderId}/submit', { numberOrderId: bad });
      } catch (error) {
        expect((error as PathParameterError).field).toBe('numberOrderId');
      }
    }
  });
});
