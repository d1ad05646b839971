export {
  type PrismLaunchOptions,
  type PrismServer,
  PrismStartError,
} from './prism-process.js';
export { BUNDLED_SPECS, resolveSpec, type SpecName } from './specs.js';
export { type MockOptions, startMock } from './start-mock.js';
export { type ProxyOptions, startProxy } from './start-proxy.js';
