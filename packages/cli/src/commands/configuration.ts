/**
 * The SMS, voice and callback flags shared by `rent`, `rent-any` and `update`, turned into the
 * API's `smsConfiguration` / `voiceConfiguration` / `callbackUrl`. Only what was given is sent:
 * the API refuses an empty `voiceConfiguration`.
 */
import type { SmsConfiguration, VoiceConfiguration } from '@sinch-numbers/client';
import { UsageError } from '../errors.js';
import { voiceTarget } from '../output/views.js';
import { parseChoice, parseUrl } from '../values.js';
import type { Flags, OptionSpecs } from './types.js';

/** The flags. */
export const CONFIGURATION_OPTIONS: OptionSpecs = {
  'service-plan-id': {
    type: 'string',
    value: '<id>',
    description: 'SMS service plan to link the number to',
  },
  'campaign-id': {
    type: 'string',
    value: '<id>',
    description: '10DLC campaign (US only; with --service-plan-id)',
  },
  'voice-type': {
    type: 'string',
    value: 'RTC|EST|FAX',
    description: 'voice configuration type (implied by the id flag below)',
  },
  'voice-app-id': { type: 'string', value: '<id>', description: 'voice app (RTC)' },
  'voice-trunk-id': { type: 'string', value: '<id>', description: 'SIP trunk (EST)' },
  'voice-service-id': { type: 'string', value: '<id>', description: 'fax service (FAX)' },
  'callback-url': {
    type: 'string',
    value: '<url>',
    description: "URL for this number's provisioning events",
  },
};

/** The configuration fields to send; absent flags leave fields out. */
export interface Configuration {
  smsConfiguration?: SmsConfiguration;
  voiceConfiguration?: VoiceConfiguration;
  callbackUrl?: string;
}

const VOICE_IDS = [
  ['voice-app-id', 'RTC'],
  ['voice-trunk-id', 'EST'],
  ['voice-service-id', 'FAX'],
] as const;

// Each type names its id differently; building per type keeps the union honest.
function voiceConfiguration(
  type: 'RTC' | 'EST' | 'FAX',
  id: string | undefined,
): VoiceConfiguration {
  const given = id !== undefined;
  switch (type) {
    case 'RTC':
      return { type, ...(given ? { appId: id } : {}) };
    case 'EST':
      return { type, ...(given ? { trunkId: id } : {}) };
    case 'FAX':
      return { type, ...(given ? { serviceId: id } : {}) };
  }
}

/** Reads the configuration flags. */
export function readConfiguration(flags: Flags, command: string): Configuration {
  const configuration: Configuration = {};

  const servicePlanId = flags.string('service-plan-id');
  const campaignId = flags.string('campaign-id');
  if (campaignId !== undefined && servicePlanId === undefined) {
    // The API wants the service plan with every SMS configuration.
    throw new UsageError('--campaign-id needs --service-plan-id', command);
  }
  if (servicePlanId !== undefined) {
    configuration.smsConfiguration = {
      servicePlanId,
      ...(campaignId !== undefined ? { campaignId } : {}),
    };
  }

  const ids = VOICE_IDS.filter(([flag]) => flags.string(flag) !== undefined);
  if (ids.length > 1) {
    throw new UsageError(
      `give one of --voice-app-id, --voice-trunk-id, --voice-service-id, not ${ids.length}`,
      command,
    );
  }
  const rawType = flags.string('voice-type');
  const type =
    rawType === undefined ? undefined : parseChoice(rawType, ['RTC', 'EST', 'FAX'], '--voice-type');
  const [idFlag, idType] = ids[0] ?? [];
  if (type !== undefined && idType !== undefined && type !== idType) {
    throw new UsageError(`--${idFlag} belongs to --voice-type ${idType}, not ${type}`, command);
  }
  const voiceType = type ?? idType;
  if (voiceType !== undefined) {
    configuration.voiceConfiguration = voiceConfiguration(
      voiceType,
      idFlag ? flags.string(idFlag) : undefined,
    );
  }

  const callbackUrl = flags.string('callback-url');
  if (callbackUrl !== undefined) {
    // An empty value clears the number's callback URL.
    configuration.callbackUrl = callbackUrl === '' ? '' : parseUrl(callbackUrl, '--callback-url');
  }
  return configuration;
}

/** Lines describing a configuration, for previews. */
export function describeConfiguration(configuration: Configuration): string[] {
  const lines: string[] = [];
  const sms = configuration.smsConfiguration;
  if (sms) {
    lines.push(
      `SMS: service plan ${sms.servicePlanId || '(none)'}${sms.campaignId ? `, campaign ${sms.campaignId}` : ''}`,
    );
  }
  const voice = configuration.voiceConfiguration;
  if (voice) {
    const { id } = voiceTarget(voice);
    lines.push(`Voice: ${voice.type}${id ? ` ${id}` : ''}`);
  }
  if (configuration.callbackUrl !== undefined) {
    lines.push(`Callback URL: ${configuration.callbackUrl || '(cleared)'}`);
  }
  return lines;
}
