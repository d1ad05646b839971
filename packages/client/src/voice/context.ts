/**
 * Builds the Voice API context: loaded on first use of `voiceApplications` (a dynamic import),
 * so the Voice metadata and request signing stay out of bundles that only use Numbers.
 */
import { createVoiceEndpoint } from '@sinch-numbers/fetch/voice';
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import type { ContextFactory } from '../client.js';
import type { ClientContext } from '../core/context.js';
import { withKnownPolicies } from '../core/known-policies.js';
import type { VoiceSettings } from './settings.js';

/** The context every voiceApplications call runs in. */
export function createVoiceContext(
  settings: VoiceSettings,
  context: ContextFactory,
): ClientContext {
  const { applicationKey, applicationSecret, authentication, region, baseUrl, now } = settings;
  const endpoint = createVoiceEndpoint({
    auth: { type: authentication, applicationKey, applicationSecret },
    ...(region !== undefined ? { region } : {}),
    ...(baseUrl !== undefined ? { baseUrl } : {}),
    transport: settings.transport,
    now: () => new Date(now()),
  });
  return context(settings.meta ? withKnownPolicies(settings.meta, voiceMeta) : voiceMeta, {
    endpoint,
    canRefreshAuth: false,
    ...(settings.meta ? { metaOption: 'voiceMeta' } : {}),
  });
}
