/** The stateless behaviour: every operation answers its documented success example. */
import type { Behaviour } from './answer.js';
import { documentedResponse } from './responses.js';

/** Answers the spec's example for the operation's success status (200, or 204 for Voice writes). */
export const answerExamples: Behaviour = ({ route }) => {
  const success = Object.keys(route.responses).find((status) => status.startsWith('2')) ?? '200';
  return documentedResponse(route, Number(success)) ?? new Response(null, { status: 200 });
};
