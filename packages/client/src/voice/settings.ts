import type { Transport, VoiceRegion } from '@sinch-numbers/fetch/core';

/** The checked Voice options of a client, kept until the Voice context is first needed. */
export interface VoiceSettings {
  applicationKey: string;
  applicationSecret: string;
  authentication: 'signed' | 'basic';
  region: VoiceRegion | undefined;
  baseUrl: string | undefined;
  transport: Transport;
  now: () => number;
}
