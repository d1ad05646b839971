#!/usr/bin/env node
/**
 * `sinch-numbers-mock [--sandbox] [--port 4010] [--spec numbers|voice|<file>] [--voice-spec <file>]
 * [--dynamic] [--errors]`: runs the mock (Prism, or the stateful sandbox) in the foreground and
 * prints the base URL to give a client.
 */
import { parseArgs } from 'node:util';
import type { MockSpec, MockSpecs } from './in-process/api.js';
import { startMock } from './start-mock.js';
import { startSandbox } from './start-sandbox.js';

const USAGE = `usage: sinch-numbers-mock [options]

  --port <n>           port to listen on (default 4010, 0 for any free port)
  --host <host>        host to listen on (default 127.0.0.1)
  --sandbox            serve the stateful sandbox (both APIs, one origin) instead of Prism
  --spec <name>        numbers (default), voice, or the path of an OpenAPI document; with
                       --sandbox, the path of a newer Numbers document to serve instead of ours
  --voice-spec <file>  with --sandbox, the path of a newer Voice document to serve instead of ours
                       (a YAML document needs the yaml package: npm i -D yaml)
  --dynamic            Prism: generate responses from the schemas instead of the spec's examples
  --errors             Prism: answer requests that break the spec with an error
  --verbose            Prism: print its own log lines
  -h, --help           show this help`;

function parse() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        sandbox: { type: 'boolean', default: false },
        spec: { type: 'string', default: 'numbers' },
        'voice-spec': { type: 'string' },
        dynamic: { type: 'boolean', default: false },
        errors: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const options = parse();
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (0-65535); got ${options.port}\n\n${USAGE}`);
  process.exit(2);
}

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

if (options['voice-spec'] !== undefined && !options.sandbox) {
  usageError('--voice-spec needs --sandbox (Prism serves one document: --spec <file>)');
}
if (options.sandbox && options.spec === 'voice') {
  usageError('with --sandbox, --spec is the Numbers document; give a Voice one with --voice-spec');
}

/**
 * The sandbox's documents from the command line: `--spec <file>` (Numbers) and `--voice-spec
 * <file>`, each checked and turned into metadata at start-up by the generator's own loader, as
 * `npx @sinch-numbers/fetch generate` would; `--spec numbers` (the default) is ours.
 */
async function sandboxSpecs(): Promise<{ specs: MockSpecs; described: string }> {
  const files = {
    numbers: options.spec === 'numbers' ? undefined : options.spec,
    voice: options['voice-spec'],
  };
  if (files.numbers === undefined && files.voice === undefined) {
    return { specs: {}, described: 'Numbers and Voice' };
  }
  // Node-only and loaded only here: the sandbox with our documents never reads a file.
  const { loadSpec } = await import('@sinch-numbers/fetch/codegen');
  const specs: { numbers?: MockSpec; voice?: MockSpec } = {};
  const names: string[] = [];
  for (const api of ['numbers', 'voice'] as const) {
    const file = files[api];
    const label = api === 'numbers' ? 'Numbers' : 'Voice';
    if (file === undefined) {
      names.push(label);
      continue;
    }
    const { meta, document } = await loadSpec(file);
    specs[api] = { meta, document };
    names.push(`${label} from ${file}, ${Object.keys(meta.operations).length} operations`);
  }
  return { specs, described: names.join('; ') };
}

async function start() {
  if (options.sandbox) {
    const { specs, described } = await sandboxSpecs();
    const server = await startSandbox({ port, host: options.host, ...specs });
    console.log(`Sinch sandbox (${described}) listening on ${server.url}`);
    console.log(
      `Point your client at it: numbersBaseUrl and voiceBaseUrl: '${server.url}', authentication: 'basic'  (Ctrl+C to stop)`,
    );
    return server;
  }
  const mock = await startMock({
    port,
    host: options.host,
    spec: options.spec,
    dynamic: options.dynamic,
    errors: options.errors,
    ...(options.verbose ? { onLog: (line: string) => console.error(line) } : {}),
  });
  console.log(`Sinch ${options.spec} mock listening on ${mock.url}`);
  console.log(`Point your client at it: baseUrl: '${mock.url}'  (Ctrl+C to stop)`);
  return mock;
}

try {
  const mock = await start();
  // The mock does not hold the event loop open by itself; the CLI stays up until a signal.
  const keepAlive = setInterval(() => {}, 1 << 30);
  const shutdown = () => {
    clearInterval(keepAlive);
    void mock.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  // One line: a document the sandbox cannot use names the file and the problem (exit 1), an
  // unreadable file or a missing `yaml` says so (exit 2), as `sinch-numbers-fetch` does.
  console.error(`error: ${(error as Error).message}`);
  const code = (error as { exitCode?: unknown }).exitCode;
  process.exit(typeof code === 'number' ? code : 1);
}
