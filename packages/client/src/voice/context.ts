/**
 * Builds the Voice API context: loaded on first use of `voiceApplications` (a dynamic import),
 * so the Voice metadata and request signing stay out of bundles that only use Numbers.
 */
import { createVoiceAuth, VOICE_CONFIGURATION_HOST, VOICE_SERVERS } from '@sinch-numbers/fetch';
import * as voiceMeta from '@sinch-numbers/fetch/voice-meta';
import type { ApiMeta, ClientContext } from '../core/context.js';
import type { VoiceSettings } from './settings.js';

/** The context every voiceApplications call runs in. */
export function createVoiceContext(
  settings: VoiceSettings,
  context: (
    api: ApiMeta,
    setup: Pick<ClientContext, 'baseUrl' | 'pathDefaults' | 'auth' | 'canRefreshAuth'>,
  ) => ClientContext,
): ClientContext {
  const { applicationKey, applicationSecret, authentication, region, baseUrl, now } = settings;
  const auth = createVoiceAuth(
    { type: authentication, applicationKey, applicationSecret },
    () => new Date(now()),
  );
  // The client checked the region when it was made.
  const host = region ? VOICE_SERVERS[region] : VOICE_CONFIGURATION_HOST;
  return context(voiceMeta, {
    baseUrl: (baseUrl ?? host).replace(/\/$/, ''),
    pathDefaults: {},
    auth,
    canRefreshAuth: false,
  });
}
