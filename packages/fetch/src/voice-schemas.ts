import type { components } from './generated/voice.js';

type Schemas = components['schemas'];

/** A number of the project and the voice application it is assigned to, if any. */
export type VoiceNumber = NonNullable<Schemas['getNumbersResponseObj']['numbers']>[number];
/** The body of an assignment of numbers to an application. */
export type AssignNumbersRequest = Schemas['updateNumbers'];
/** The body of the removal of a number's assignment. */
export type UnassignNumberRequest = Schemas['unassignNumbers'];
/** The primary and fallback callback URLs of a voice application. */
export type ApplicationCallbacks = Schemas['callbacks'];
/** What the Voice API knows about a phone number. */
export type NumberLookup = Schemas['getQueryNumber'];
/** The Voice API's error body. */
export type VoiceError = Schemas['Error'];
