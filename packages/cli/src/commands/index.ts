/** Every command, in the order `--help` lists them. */
import { callbacksGet, callbacksSet } from './callbacks.js';
import { check } from './check.js';
import { exportCommand } from './export.js';
import { get } from './get.js';
import { list } from './list.js';
import { regions } from './regions.js';
import { release } from './release.js';
import { rent } from './rent.js';
import { rentAny } from './rent-any.js';
import { search } from './search.js';
import type { CommandSpec } from './types.js';
import { update } from './update.js';
import {
  voiceAssign,
  voiceCallbacksGet,
  voiceCallbacksSet,
  voiceNumbers,
  voiceQuery,
  voiceUnassign,
} from './voice.js';

/** The commands. */
export const COMMANDS: readonly CommandSpec[] = [
  search,
  check,
  rent,
  rentAny,
  list,
  exportCommand,
  get,
  update,
  release,
  regions,
  callbacksGet,
  callbacksSet,
  voiceNumbers,
  voiceAssign,
  voiceUnassign,
  voiceCallbacksGet,
  voiceCallbacksSet,
  voiceQuery,
];
