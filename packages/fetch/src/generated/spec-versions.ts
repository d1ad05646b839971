/**
 * GENERATED FILE: do not edit by hand.
 * Source: spec/* (info.version all), kind "versions", by scripts/generate.ts.
 * Change the spec and run `pnpm generate` instead.
 */

/** The `info.version` of each API document this release was generated from. */
export const SPEC_VERSIONS = {
  "numbers": "1.0.3",
  "voice": "1.0.1"
} as const;
