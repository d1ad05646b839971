export {
  type PrismLaunchOptions,
  type PrismServer,
  PrismStartError,
} from './prism-process.js';
export { type HandlerServer, type ServeOptions, serveHandlers } from './serve-handlers.js';
export { BUNDLED_SPECS, resolveSpec, type SpecName } from './specs.js';
export { type MockOptions, startMock } from './start-mock.js';
export { type ProxyOptions, startProxy } from './start-proxy.js';
export { type SandboxServer, startSandbox } from './start-sandbox.js';
