/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/voice-applications.yaml (info.version 1.0.1), kind "dated-types", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

import type * as wire from './voice.js';

/** {@link wire.paths}, date-time fields as `Date`. */
export type paths = wire.paths<Date>;
/** The wire types' `webhooks` (it holds no schema). */
export type webhooks = wire.webhooks;
/** {@link wire.components}, date-time fields as `Date`. */
export type components = wire.components<Date>;
/** The wire types' `$defs` (it holds no schema). */
export type $defs = wire.$defs;
/** {@link wire.operations}, date-time fields as `Date`. */
export type operations = wire.operations<Date>;
