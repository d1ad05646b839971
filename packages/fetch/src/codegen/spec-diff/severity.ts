/**
 * What each kind of difference means for a client of the API, as data: the detection in
 * `diff.ts` names the rule a difference falls under, and this table alone decides its kind and
 * severity. `breaking`: client code or behaviour may break; `addition`: a new capability, safe;
 * `notice`: safe for most clients, worth reading (a new response enum value can break an
 * exhaustive switch); `docs`: prose and examples only.
 */

/** What a difference means for a client. */
export type Severity = 'breaking' | 'addition' | 'notice' | 'docs';

/** The direction data flows in where a difference sits. */
export type Direction = 'request' | 'response' | 'both' | 'none';

/** The kinds of difference the diff reports. */
export type ChangeKind =
  | 'operation-added'
  | 'operation-removed'
  | 'operation-moved'
  | 'operation-deprecated'
  | 'parameter-added'
  | 'parameter-removed'
  | 'parameter-renamed'
  | 'parameter-required'
  | 'parameter-style'
  | 'request-body-added'
  | 'request-body-removed'
  | 'request-body-required'
  | 'response-added'
  | 'response-removed'
  | 'response-header-added'
  | 'response-header-removed'
  | 'media-type-added'
  | 'media-type-removed'
  | 'schema-added'
  | 'schema-removed'
  | 'property-added'
  | 'property-removed'
  | 'required-added'
  | 'required-removed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'type-changed'
  | 'format-changed'
  | 'ref-changed'
  | 'composition-changed'
  | 'discriminator-changed'
  | 'constraint-changed'
  | 'security-scheme-added'
  | 'security-scheme-removed'
  | 'security-scheme-changed'
  | 'security-changed'
  | 'server-changed'
  | 'webhook-added'
  | 'webhook-removed'
  | 'docs-changed';

/** One severity, or one for what the client sends and one for what it receives. */
type Outcome = Severity | { request: Severity; response: Severity };

/** Sending it is what matters: loosening is safe, tightening breaks callers. */
const LOOSER_TO_SEND = { request: 'addition', response: 'notice' } as const;
const STRICTER_TO_SEND = { request: 'breaking', response: 'notice' } as const;

/** Every rule a difference can fall under: its reported kind and what it means. */
export const SEVERITY_RULES = {
  'operation added': { kind: 'operation-added', outcome: 'addition' },
  'operation removed': { kind: 'operation-removed', outcome: 'breaking' },
  'operation moved': { kind: 'operation-moved', outcome: 'breaking' },
  'operation deprecation changed': { kind: 'operation-deprecated', outcome: 'notice' },
  'webhook added': { kind: 'webhook-added', outcome: 'addition' },
  // The client only receives callback events; a removed one is simply no longer sent.
  'webhook removed': { kind: 'webhook-removed', outcome: 'notice' },
  'docs changed': { kind: 'docs-changed', outcome: 'docs' },

  'parameter renamed': { kind: 'parameter-renamed', outcome: 'breaking' },
  'required parameter added': { kind: 'parameter-added', outcome: 'breaking' },
  'optional parameter added': { kind: 'parameter-added', outcome: 'addition' },
  'parameter removed': { kind: 'parameter-removed', outcome: 'breaking' },
  'parameter became required': { kind: 'parameter-required', outcome: 'breaking' },
  'parameter became optional': { kind: 'parameter-required', outcome: 'addition' },
  'parameter serialization changed': { kind: 'parameter-style', outcome: 'breaking' },
  'parameter deprecation changed': { kind: 'constraint-changed', outcome: 'notice' },

  'required request body added': { kind: 'request-body-added', outcome: 'breaking' },
  'optional request body added': { kind: 'request-body-added', outcome: 'addition' },
  'request body removed': { kind: 'request-body-removed', outcome: 'breaking' },
  'request body became required': { kind: 'request-body-required', outcome: 'breaking' },
  'request body became optional': { kind: 'request-body-required', outcome: 'addition' },

  // A new success status is a new shape to handle; a new error status is one more documented.
  'success response added': { kind: 'response-added', outcome: 'notice' },
  'error response added': { kind: 'response-added', outcome: 'addition' },
  'success response removed': { kind: 'response-removed', outcome: 'breaking' },
  'error response removed': { kind: 'response-removed', outcome: 'notice' },
  'response header documented': { kind: 'response-header-added', outcome: 'addition' },
  'response header undocumented': { kind: 'response-header-removed', outcome: 'notice' },
  'media type added': { kind: 'media-type-added', outcome: LOOSER_TO_SEND },
  'media type removed': { kind: 'media-type-removed', outcome: 'breaking' },

  'schema added': { kind: 'schema-added', outcome: 'addition' },
  // Its exported type disappears.
  'schema removed': { kind: 'schema-removed', outcome: 'breaking' },
  'schema reference changed': { kind: 'ref-changed', outcome: 'breaking' },
  'type changed': { kind: 'type-changed', outcome: 'breaking' },
  'format changed': { kind: 'format-changed', outcome: 'notice' },
  'enum value added': { kind: 'enum-value-added', outcome: LOOSER_TO_SEND },
  'enum value removed': { kind: 'enum-value-removed', outcome: STRICTER_TO_SEND },
  'values restricted to an enum': {
    kind: 'constraint-changed',
    outcome: { request: 'breaking', response: 'addition' },
  },
  'enum restriction lifted': { kind: 'constraint-changed', outcome: LOOSER_TO_SEND },
  'property became required': {
    kind: 'required-added',
    outcome: { request: 'breaking', response: 'addition' },
  },
  'property became optional': {
    kind: 'required-removed',
    outcome: { request: 'addition', response: 'breaking' },
  },
  'required property added': {
    kind: 'property-added',
    outcome: { request: 'breaking', response: 'addition' },
  },
  'optional property added': { kind: 'property-added', outcome: 'addition' },
  'property removed': { kind: 'property-removed', outcome: 'breaking' },
  'additionalProperties changed': { kind: 'constraint-changed', outcome: 'notice' },
  'allOf members changed': { kind: 'composition-changed', outcome: 'breaking' },
  'union member added': { kind: 'composition-changed', outcome: LOOSER_TO_SEND },
  'union member removed': { kind: 'composition-changed', outcome: STRICTER_TO_SEND },
  'discriminator changed': { kind: 'discriminator-changed', outcome: 'breaking' },
  'schema deprecation changed': { kind: 'constraint-changed', outcome: 'notice' },
  'became nullable': {
    kind: 'constraint-changed',
    outcome: { request: 'addition', response: 'breaking' },
  },
  'constraint changed': { kind: 'constraint-changed', outcome: 'notice' },

  'security scheme added': { kind: 'security-scheme-added', outcome: 'addition' },
  'security scheme changed': { kind: 'security-scheme-changed', outcome: 'breaking' },
  'security scheme removed': { kind: 'security-scheme-removed', outcome: 'breaking' },
  'accepted credentials lost': { kind: 'security-changed', outcome: 'breaking' },
  'accepted credentials added': { kind: 'security-changed', outcome: 'addition' },
  'server lost': { kind: 'server-changed', outcome: 'breaking' },
  'server added': { kind: 'server-changed', outcome: 'addition' },
} as const satisfies Record<string, { kind: ChangeKind; outcome: Outcome }>;

/** The name of a rule in {@link SEVERITY_RULES}. */
export type RuleName = keyof typeof SEVERITY_RULES;

const RANK: readonly Severity[] = ['docs', 'notice', 'addition', 'breaking'];

/**
 * The kind and severity of a difference under `rule` where data flows in `direction`. A rule
 * that depends on the direction takes the worse of both outcomes where data flows both ways
 * (or where the direction is unknown).
 */
export function classify(
  rule: RuleName,
  direction: Direction,
): { kind: ChangeKind; severity: Severity } {
  const { kind, outcome } = SEVERITY_RULES[rule] as { kind: ChangeKind; outcome: Outcome };
  if (typeof outcome === 'string') return { kind, severity: outcome };
  if (direction === 'request' || direction === 'response') {
    return { kind, severity: outcome[direction] };
  }
  const worse = Math.max(RANK.indexOf(outcome.request), RANK.indexOf(outcome.response));
  return { kind, severity: RANK[worse] ?? 'breaking' };
}
