/**
 * What each Numbers operation does to a sandbox project. Requests reach this point already checked
 * against the spec, so bodies have the documented shape; what is checked here is what only state
 * can tell (is the number for sale, is the order in a state that allows the call).
 */
import type {
  ActiveNumber,
  AvailableNumber,
  EmergencyAddress,
  NumberOrder,
  NumberType,
} from '@sinch-numbers/fetch';
import type { OperationCall } from '../request.js';
import { documentedResponse, empty, invalidArgument, json, notFound } from '../responses.js';
import { activate, needsDocuments, type ProjectState, regions } from './project.js';

// Bodies arrive checked against the spec; this is how the behaviour reads them.
// biome-ignore lint/suspicious/noExplicitAny: a checked JSON body, read field by field.
type Body = Record<string, any>;

/** What the behaviour needs besides the request. */
export interface NumbersContext {
  readonly project: ProjectState;
  /** The sandbox's clock, as an RFC 3339 string. */
  readonly now: () => string;
  /** Page size when a list request gives none (or 0, "the server's default"). */
  readonly defaultPageSize: number;
}

type Operation = (call: OperationCall, context: NumbersContext) => Response;

const bad = (call: OperationCall, field: string, expected: string) =>
  invalidArgument(call.route, [{ field, expected }]);

function matchesPattern(phoneNumber: string, pattern: unknown, searchPattern: unknown): boolean {
  if (typeof pattern !== 'string' || pattern === '') return true;
  const digits = phoneNumber.replace(/^\+/, '');
  const wanted = pattern.replace(/^\+/, '');
  if (searchPattern === 'CONTAINS') return digits.includes(wanted);
  if (searchPattern === 'END') return digits.endsWith(wanted);
  return pattern.startsWith('+') ? phoneNumber.startsWith(pattern) : digits.startsWith(wanted);
}

function hasCapabilities(number: { capability?: string[] }, wanted: unknown): boolean {
  const list = Array.isArray(wanted) ? (wanted as string[]) : [];
  return list.every((capability) => number.capability?.includes(capability as never));
}

/** Page tokens are opaque to callers; here they hold the offset of the next page. */
const encodeToken = (offset: number) => btoa(`offset:${offset}`).replace(/=+$/, '');
function decodeToken(token: string): number | undefined {
  try {
    const match = /^offset:(\d+)$/.exec(atob(token));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Moves pending SMS and voice provisioning to done: the sandbox finishes it by the next read. */
function settleProvisioning(number: ActiveNumber, now: string): ActiveNumber {
  const sms = number.smsConfiguration as Body | undefined;
  if (sms?.scheduledProvisioning) {
    const { servicePlanId, campaignId } = sms.scheduledProvisioning;
    number.smsConfiguration = {
      servicePlanId,
      ...(campaignId ? { campaignId } : {}),
    } as ActiveNumber['smsConfiguration'];
  }
  const voice = number.voiceConfiguration as Body | undefined;
  if (voice?.scheduledVoiceProvisioning) {
    const { status: _status, lastUpdatedTime: _at, ...target } = voice.scheduledVoiceProvisioning;
    number.voiceConfiguration = {
      ...target,
      lastUpdatedTime: now,
    } as ActiveNumber['voiceConfiguration'];
  }
  return number;
}

/** Applies SMS and voice settings the way the API does: asynchronously, shown as scheduled. */
function scheduleConfiguration(number: ActiveNumber, body: Body, now: string): void {
  if (body.smsConfiguration) {
    const { servicePlanId, campaignId } = body.smsConfiguration;
    number.smsConfiguration = {
      servicePlanId: '',
      campaignId: '',
      scheduledProvisioning: {
        servicePlanId,
        campaignId: campaignId ?? '',
        status: 'WAITING',
        lastUpdatedTime: now,
        errorCodes: [],
      },
    } as ActiveNumber['smsConfiguration'];
  }
  if (body.voiceConfiguration) {
    const { type, appId, trunkId, serviceId } = body.voiceConfiguration;
    const target = { type, appId, trunkId, serviceId };
    for (const key of Object.keys(target) as (keyof typeof target)[]) {
      if (target[key] === undefined) delete target[key];
    }
    number.voiceConfiguration = {
      type,
      scheduledVoiceProvisioning: { ...target, status: 'WAITING', lastUpdatedTime: now },
    } as ActiveNumber['voiceConfiguration'];
  }
  if (typeof body.callbackUrl === 'string') number.callbackUrl = body.callbackUrl;
}

function activeNumberOr404(call: OperationCall, { project, now }: NumbersContext) {
  const phoneNumber = call.path.phoneNumber ?? '';
  const number = project.active.get(phoneNumber);
  if (!number) {
    return notFound('ActiveNumber', phoneNumber, 'This number is not active in the project.');
  }
  return settleProvisioning(number, now());
}

function rentNumber(
  call: OperationCall,
  context: NumbersContext,
  number: AvailableNumber,
): Response {
  const { project, now } = context;
  project.available.delete(number.phoneNumber ?? '');
  const active = activate(number, project.projectId, now());
  scheduleConfiguration(active, (call.body ?? {}) as Body, now());
  project.active.set(active.phoneNumber ?? '', active);
  return json(active);
}

function reserveNumbers(body: Body, project: ProjectState): AvailableNumber[] | string {
  const candidates = [...project.available.values()].filter(
    (n) => n.regionCode === body.regionCode && n.type === body.numberType,
  );
  if (body.numberOrderOption) {
    const wanted: string = body.numberOrderOption.phoneNumbers?.[0] ?? '';
    const number = candidates.find((n) => n.phoneNumber === wanted);
    return number ? [number] : `${wanted} is not for sale as ${body.regionCode} ${body.numberType}`;
  }
  const option = body.quantityOrderOption ?? {};
  const fitting = candidates.filter(
    (n) =>
      hasCapabilities(n, option.capabilities) &&
      matchesPattern(
        n.phoneNumber ?? '',
        option.numberPattern?.pattern,
        option.numberPattern?.searchPattern,
      ),
  );
  const quantity: number = option.requestedQuantity ?? 1;
  return fitting.length >= quantity
    ? fitting.slice(0, quantity)
    : `only ${fitting.length} number(s) match; ${quantity} requested`;
}

/** What an order still lacks before it can be reviewed. */
function missingForReview(record: { order: NumberOrder; registration: Body }): string[] {
  const { order, registration } = record;
  if (!needsDocuments(order.regionCode ?? '', order.numberType ?? '')) return [];
  const missing = ['businessName', 'businessAddress', 'contactEmail'].filter(
    (field) => !registration.requestDetails?.[field],
  );
  const uploaded = (registration.attachments as Body[]).some(
    (a) => a.attachmentId === PROOF_OF_ADDRESS.id,
  );
  if (!uploaded) missing.push(`attachment ${PROOF_OF_ADDRESS.id} (${PROOF_OF_ADDRESS.title})`);
  return missing;
}

/** The one document slot of regions that need documents. */
const PROOF_OF_ADDRESS = {
  id: '01j9x7m3c5d7f9g1h3j5k7m9n1',
  title: 'Proof of address',
  description: 'Utility bill or bank statement, at most three months old.',
  mandatory: true,
  allowedMimeTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  allowedDocumentTypes: ['Utility bill', 'Bank statement'],
};

function orderOr404(call: OperationCall, { project, now }: NumbersContext) {
  const id = call.path.numberOrderId ?? '';
  const record = project.orders.get(id);
  if (!record) return notFound('NumberOrder', id, 'No order with this ID in the project.');
  const { order } = record;
  // Orders left open past their deadline expire and give their numbers back.
  if (
    (order.state === 'CREATED' || order.state === 'BLOCKED') &&
    order.expireTime &&
    order.expireTime < now()
  ) {
    order.state = 'EXPIRED';
    order.updateTime = now();
    for (const number of record.reserved) project.available.set(number.phoneNumber ?? '', number);
  }
  return record;
}

/** Completes an order in review: its numbers join the project. */
export function completeOrder(
  project: ProjectState,
  id: string,
  now: string,
  outcome: 'COMPLETED' | 'REJECTED' = 'COMPLETED',
): boolean {
  const record = project.orders.get(id);
  if (record?.order.state !== 'IN_REVIEW') return false;
  record.order.state = outcome;
  record.order.updateTime = now;
  for (const number of record.reserved) {
    if (outcome === 'REJECTED') {
      project.available.set(number.phoneNumber ?? '', number);
      continue;
    }
    const active = activate(number, project.projectId, now);
    const { smsConfiguration, voiceConfiguration, callbackUrl } = record.order as Body;
    scheduleConfiguration(active, { smsConfiguration, voiceConfiguration, callbackUrl }, now);
    project.active.set(active.phoneNumber ?? '', active);
  }
  return true;
}

const OPERATIONS: Readonly<Record<string, Operation>> = {
  NumberService_RentNumber(call, context) {
    const phoneNumber = call.path.phoneNumber ?? '';
    const number = context.project.available.get(phoneNumber);
    if (!number) return notFound('AvailableNumber', phoneNumber, 'This number is not for sale.');
    if (number.regionCode !== 'US' || number.type !== 'LOCAL') {
      return bad(
        call,
        'phoneNumber',
        'must be a US LOCAL number; order other numbers with a number order',
      );
    }
    return rentNumber(call, context, number);
  },

  NumberService_RentAnyNumber(call, context) {
    const body = call.body as Body;
    if (body.regionCode !== 'US')
      return bad(call, 'regionCode', `must be US; got '${body.regionCode}'`);
    if (body.type !== 'LOCAL') return bad(call, 'type', `must be LOCAL; got '${body.type}'`);
    const number = [...context.project.available.values()].find(
      (n) =>
        n.regionCode === body.regionCode &&
        n.type === body.type &&
        hasCapabilities(n, body.capabilities) &&
        matchesPattern(
          n.phoneNumber ?? '',
          body.numberPattern?.pattern,
          body.numberPattern?.searchPattern,
        ),
    );
    if (!number) return notFound('AvailableNumber', '(any)', 'No number for sale matches.');
    return rentNumber(call, context, number);
  },

  NumberService_ListActiveNumbers(call, context) {
    const { query } = call;
    // Without `type` the API lists MOBILE numbers only.
    const type = (query.type as NumberType | undefined) ?? 'MOBILE';
    const matching = [...context.project.active.values()].filter(
      (n) =>
        n.type === type &&
        (query.regionCode === undefined || n.regionCode === query.regionCode) &&
        hasCapabilities(n, query.capability) &&
        matchesPattern(
          n.phoneNumber ?? '',
          query['numberPattern.pattern'],
          query['numberPattern.searchPattern'],
        ),
    );
    if (query.orderBy === 'displayName') {
      matching.sort((a, b) => (a.displayName ?? '').localeCompare(b.displayName ?? ''));
    } else if (query.orderBy === 'phoneNumber') {
      matching.sort((a, b) => (a.phoneNumber ?? '').localeCompare(b.phoneNumber ?? ''));
    }
    const requested = query.pageSize as number | undefined;
    const size = requested && requested > 0 ? requested : context.defaultPageSize;
    const token = query.pageToken as string | undefined;
    const offset = token ? decodeToken(token) : 0;
    if (offset === undefined || offset > matching.length) {
      return bad(
        call,
        'pageToken',
        'must be a nextPageToken from an earlier page of the same list',
      );
    }
    const page = matching.slice(offset, offset + size);
    const next = offset + size < matching.length ? encodeToken(offset + size) : '';
    for (const number of page) settleProvisioning(number, context.now());
    return json({ activeNumbers: page, nextPageToken: next, totalSize: matching.length });
  },

  NumberService_GetActiveNumber(call, context) {
    const number = activeNumberOr404(call, context);
    return number instanceof Response ? number : json(number);
  },

  NumberService_UpdateActiveNumber(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    const body = (call.body ?? {}) as Body;
    if (typeof body.displayName === 'string') number.displayName = body.displayName;
    scheduleConfiguration(number, body, context.now());
    return json(number);
  },

  NumberService_ReleaseNumber(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    const { project } = context;
    const phoneNumber = number.phoneNumber ?? '';
    project.active.delete(phoneNumber);
    project.emergencyAddresses.delete(phoneNumber);
    project.available.set(phoneNumber, {
      phoneNumber,
      regionCode: number.regionCode,
      type: number.type,
      capability: number.capability,
      setupPrice: { currencyCode: number.money?.currencyCode, amount: '0.00' },
      monthlyPrice: number.money,
      paymentIntervalMonths: number.paymentIntervalMonths,
      supportingDocumentationRequired: needsDocuments(number.regionCode ?? '', number.type ?? ''),
    } as AvailableNumber);
    return json(number);
  },

  NumberService_ListAvailableNumbers(call, context) {
    const { query } = call;
    const size = (query.size as number | undefined) || context.defaultPageSize;
    const matching = [...context.project.available.values()].filter(
      (n) =>
        n.regionCode === query.regionCode &&
        n.type === query.type &&
        hasCapabilities(n, query.capabilities) &&
        matchesPattern(
          n.phoneNumber ?? '',
          query['numberPattern.pattern'],
          query['numberPattern.searchPattern'],
        ),
    );
    return json({ availableNumbers: matching.slice(0, size) });
  },

  NumberService_GetAvailableNumber(call, context) {
    const phoneNumber = call.path.phoneNumber ?? '';
    const number = context.project.available.get(phoneNumber);
    return number
      ? json(number)
      : notFound('AvailableNumber', phoneNumber, 'This number is not for sale.');
  },

  LookupNumberRequirements(call) {
    const body = call.body as Body;
    if (!needsDocuments(body.regionCode, body.numberType))
      return json({ fields: {}, attachments: [] });
    return json({
      fields: {
        businessName: { type: 'string', required: true, maxLength: 100 },
        businessAddress: { type: 'string', required: true, maxLength: 200 },
        contactEmail: { type: 'string', required: true, format: 'email' },
      },
      attachments: [PROOF_OF_ADDRESS],
    });
  },

  CreateNumberOrder(call, context) {
    const { project, now } = context;
    const body = call.body as Body;
    const reserved = reserveNumbers(body, project);
    if (typeof reserved === 'string') {
      const field = body.numberOrderOption
        ? 'numberOrderOption.phoneNumbers[0]'
        : 'quantityOrderOption';
      return bad(call, field, reserved);
    }
    for (const number of reserved) project.available.delete(number.phoneNumber ?? '');
    const id = `01jsandbox${String(project.nextId++).padStart(16, '0')}`;
    const created = now();
    const expires = new Date(Date.parse(created) + 24 * 3600_000)
      .toISOString()
      .replace('.000Z', 'Z');
    const order = {
      projectId: project.projectId,
      idNumberOrder: id,
      regionCode: body.regionCode,
      state: 'CREATED',
      numberType: body.numberType,
      orderNumbers: reserved.map((n) => ({
        phoneNumber: n.phoneNumber,
        numberPrice: {
          setupPrice: n.setupPrice,
          monthlyPrice: n.monthlyPrice,
          paymentIntervalMonths: n.paymentIntervalMonths,
        },
        capabilities: n.capability,
      })),
      ...(body.smsConfiguration ? { smsConfiguration: body.smsConfiguration } : {}),
      ...(body.voiceConfiguration ? { voiceConfiguration: body.voiceConfiguration } : {}),
      ...(body.callbackUrl ? { callbackUrl: body.callbackUrl } : {}),
      expireTime: expires,
      createTime: created,
      updateTime: created,
    } as NumberOrder;
    project.orders.set(id, {
      order,
      reserved,
      registration: { requestDetails: {}, attachments: [], logs: [] },
    });
    return json(order);
  },

  GetNumberOrder(call, context) {
    const record = orderOr404(call, context);
    if (record instanceof Response) return record;
    // Review takes one look in the sandbox: the first read after submitting finds it decided.
    if (record.order.state === 'IN_REVIEW') {
      completeOrder(context.project, record.order.idNumberOrder ?? '', context.now());
    }
    return json(record.order);
  },

  GetNumberOrderRegistration(call, context) {
    const record = orderOr404(call, context);
    return record instanceof Response ? record : json(record.registration);
  },

  UpdateNumberOrderRegistration(call, context) {
    const record = orderOr404(call, context);
    if (record instanceof Response) return record;
    if (record.order.state !== 'CREATED' && record.order.state !== 'BLOCKED') {
      return bad(
        call,
        'numberOrderId',
        `order is ${record.order.state}; only CREATED or BLOCKED orders take registration data`,
      );
    }
    const body = (call.body ?? {}) as Body;
    record.registration.requestDetails = {
      ...record.registration.requestDetails,
      ...(body.requestDetails ?? {}),
    };
    return json(record.registration);
  },

  UploadNumberOrderAttachment(call, context) {
    const record = orderOr404(call, context);
    if (record instanceof Response) return record;
    const attachmentId = call.path.attachmentId ?? '';
    if (
      attachmentId !== PROOF_OF_ADDRESS.id ||
      !needsDocuments(record.order.regionCode ?? '', record.order.numberType ?? '')
    ) {
      return notFound('Attachment', attachmentId, 'The order requires no document with this ID.');
    }
    const body = call.body as { file: Blob & { name?: string }; documentType?: string };
    if (!PROOF_OF_ADDRESS.allowedMimeTypes.includes(body.file.type)) {
      return bad(
        call,
        'file',
        `must be one of ${PROOF_OF_ADDRESS.allowedMimeTypes.join(', ')}; got '${body.file.type || '(no type)'}'`,
      );
    }
    if (
      body.documentType !== undefined &&
      !PROOF_OF_ADDRESS.allowedDocumentTypes.includes(body.documentType)
    ) {
      return bad(
        call,
        'documentType',
        `must be one of ${PROOF_OF_ADDRESS.allowedDocumentTypes.join(', ')}; got '${body.documentType}'`,
      );
    }
    const at = context.now();
    record.registration.attachments = record.registration.attachments.filter(
      (a) => a.attachmentId !== attachmentId,
    );
    record.registration.attachments.push({
      attachmentId,
      fileName: body.file.name ?? 'upload',
      mimeType: body.file.type,
      createTime: at,
      updateTime: at,
      uploadStatus: 'COMPLETED',
      ...(body.documentType ? { documentType: body.documentType } : {}),
    });
    return empty(200);
  },

  SubmitNumberOrder(call, context) {
    const record = orderOr404(call, context);
    if (record instanceof Response) return record;
    const { order } = record;
    if (order.state !== 'CREATED' && order.state !== 'BLOCKED') {
      return bad(
        call,
        'numberOrderId',
        `order is ${order.state}; only CREATED or BLOCKED orders can be submitted`,
      );
    }
    const at = context.now();
    const missing = missingForReview(record);
    order.state = missing.length > 0 ? 'BLOCKED' : 'IN_REVIEW';
    order.updateTime = at;
    record.registration.logs.push({
      message:
        missing.length > 0
          ? `Missing: ${missing.join(', ')}.`
          : 'Order received; it is being reviewed.',
      createTime: at,
    });
    return json(order);
  },

  NumberService_ListAvailableRegions(call) {
    const types = call.query.types as string[] | undefined;
    const list = regions().filter((r) => !types || r.types.some((t) => types.includes(t)));
    return json({ availableRegions: list });
  },

  GetCallbackConfiguration(_call, { project }) {
    return json({ projectId: project.projectId, hmacSecret: project.hmacSecret });
  },

  UpdateCallbackConfiguration(call, { project }) {
    const body = (call.body ?? {}) as Body;
    if (typeof body.hmacSecret === 'string') project.hmacSecret = body.hmacSecret;
    return json({ projectId: project.projectId, hmacSecret: project.hmacSecret });
  },

  NumberService_GetEmergencyAddress(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    const address = context.project.emergencyAddresses.get(number.phoneNumber ?? '');
    return address
      ? json(address)
      : notFound(
          'EmergencyAddress',
          number.phoneNumber ?? '',
          'No emergency address is provisioned for this number.',
        );
  },

  NumberService_ProvisionEmergencyAddress(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    const address = (call.body as Body).address as EmergencyAddress;
    context.project.emergencyAddresses.set(number.phoneNumber ?? '', address);
    return json(address);
  },

  NumberService_DeprovisionEmergencyAddress(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    context.project.emergencyAddresses.delete(number.phoneNumber ?? '');
    return empty(200);
  },

  NumberService_ValidateEmergencyAddress(call, context) {
    const number = activeNumberOr404(call, context);
    if (number instanceof Response) return number;
    const body = call.body as Body;
    const address = (body.address ?? {}) as EmergencyAddress;
    const complete = Boolean(
      address.streetNumber && address.streetInfo && address.city && address.postalCode,
    );
    return json({
      phoneNumber: number.phoneNumber,
      displayName: body.displayName ?? number.displayName,
      validatedAddress: address,
      validationResult: complete ? 'EXACT_MATCH' : 'NO_MATCH',
      validationMessage: complete
        ? 'The address was found as given.'
        : 'Street number, street, city and postal code are needed.',
      candidateAddresses: [],
    });
  },
};

/** Runs a Numbers operation against `context`; the spec's example if the sandbox has no rule. */
export function numbersOperation(call: OperationCall, context: NumbersContext): Response {
  const operation = OPERATIONS[call.route.operationId];
  if (operation) return operation(call, context);
  return documentedResponse(call.route, 200) ?? empty(200);
}
