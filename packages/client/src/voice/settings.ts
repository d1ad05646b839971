import type { Transport, VoiceRegion } from '@sinch-numbers/fetch/base';
import type { ApiMeta } from '@sinch-numbers/fetch/meta';

/** The checked Voice options of a client, kept until the Voice context is first needed. */
export interface VoiceSettings {
  applicationKey: string;
  applicationSecret: string;
  authentication: 'signed' | 'basic';
  region: VoiceRegion | undefined;
  baseUrl: string | undefined;
  transport: Transport;
  now: () => number;
  /** Metadata generated from a newer Voice document (`voiceMeta`), instead of ours. */
  meta?: ApiMeta | undefined;
}
