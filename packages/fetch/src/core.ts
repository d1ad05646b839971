/**
 * Everything the main entry exports except the Voice endpoint and its request signing. The
 * high-level client imports from here so that a bundle of it holds no Voice code until Voice
 * is first used: bundlers assign whole modules to chunks, and the main entry imports the Voice
 * module to re-export it.
 */
export * from './endpoint.js';
export {
  createNumbersClient,
  type NumbersClient,
  type NumbersPaths,
} from './numbers-client.js';
export { PathParameterError, pathValueProblem, serializePath } from './path.js';
export { buildRequest, sendRequest } from './request.js';
