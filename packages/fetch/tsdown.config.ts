import { defineConfig } from 'tsdown';
import { esmDtsStubs } from '../../scripts/build/esm-dts-stubs.ts';
import { publishedRuntime } from '../../scripts/build/published-runtime.ts';
import { withoutDocComments } from '../../scripts/build/without-doc-comments.ts';

export default defineConfig([
  {
    // The generated metadata and Date-typed types are subpath exports of their own, so the
    // high-level client and the mock share one copy, and a bundle takes only what it imports.
    entry: {
      index: 'src/index.ts',
      meta: 'src/meta/index.ts',
      'numbers-meta': 'src/generated/numbers-meta.ts',
      'voice-meta': 'src/generated/voice-meta.ts',
      'numbers-dates': 'src/generated/numbers-dates.ts',
      'voice-dates': 'src/generated/voice-dates.ts',
      // The main entry is `core` (what the high-level client loads with its first call) plus
      // `voice` (the Voice endpoint and its signing, which it loads on first use of Voice).
      voice: 'src/voice-client.ts',
      core: 'src/core.ts',
      endpoint: 'src/endpoint.ts',
      base: 'src/base.ts',
      node: 'src/transport/node-entry.ts',
      'node-unavailable': 'src/transport/node-unavailable.ts',
    },
    ...publishedRuntime,
    // One declaration set: the `.d.ts` entries re-export their `.d.cts` twins.
    hooks: esmDtsStubs,
    // The JavaScript's chunks (the CommonJS declaration pass, which writes the .d.cts files
    // everyone reads, keeps the defaults):
    // - the Voice endpoint, its signing and MD5 go into the `voice` entry and nothing else, so a
    //   bundle that imports only `core` (the high-level client's first call) has no Voice code:
    //   bundlers place whole module files, and one shared by both would load with either;
    // - what `./base` is made of goes into that entry (no openapi-fetch, no auth), and what
    //   `./endpoint` adds (the auth, the OAuth2 token provider, the Numbers endpoint builders)
    //   into that one, which the others import: the high-level client's import loads `base`
    //   alone, and the token provider with its first call;
    // - everything else that several entries use goes into the `core` entry, not into a chunk
    //   per combination of entries (`publishedRuntime`'s `allow-extension`).
    outputOptions: (options, format, context) => ({
      ...withoutDocComments(options, format, context),
      ...(context.cjsDts
        ? {}
        : {
            codeSplitting: {
              includeDependenciesRecursively: false,
              groups: [
                {
                  name: 'voice-endpoint',
                  test: /[\\/]src[\\/](voice-client|auth[\\/](voice-signing|md5))\.ts$/,
                  priority: 2,
                },
                {
                  // What `./base` is made of (no openapi-fetch, no auth), in its own entry's file,
                  // which the others import: the high-level client's import loads it alone.
                  name: 'base',
                  test: /[\\/]src[\\/](base|numbers-servers|require-text|voice-servers|auth[\\/](hmac-sha1|token-settings|types)|transport[\\/](fetch|deadline|limits|lazy|bounded-fetch|types)|meta[\\/](edit-distance|field-hint)|generated[\\/]spec-versions)\.ts$/,
                  priority: 4,
                },
                {
                  // What `./endpoint` adds (the auth and the Numbers endpoint builders), in its
                  // entry's file, which `core` imports: loaded with the high-level client's first
                  // call.
                  name: 'endpoint',
                  test: /[\\/]src[\\/](endpoint|numbers-endpoint|multipart|auth[\\/](basic|base64|oauth2))\.ts$/,
                  priority: 3,
                },
                {
                  name: 'shared',
                  test: /[\\/]src[\\/].*(?<!\.d)\.ts$/,
                  minShareCount: 2,
                  priority: 1,
                },
              ],
            },
          }),
    }),
  },
  {
    // `./codegen` (`loadSpec`): the document checks and metadata builder for tools that serve a
    // newer document at start-up, such as the mock's CLI. Node only (the `node` condition), a
    // build of its own so no runtime entry can share a chunk with it; `yaml` stays an external,
    // optional peer, loaded only for a YAML file.
    entry: { codegen: 'src/codegen/entry.ts', 'codegen-unavailable': 'src/codegen/unavailable.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'node',
    target: 'node18',
    sourcemap: false,
    // `import.meta.url` (how the peer is found) in the CommonJS build.
    shims: true,
    // Minified as the bin is (it is its code): 11 kB per format otherwise; its errors are one-line
    // messages written for users.
    minify: true,
    // `.js` / `.d.ts` beside the `.cjs` / `.d.cts` twins, as the other entries are named.
    fixedExtension: false,
    clean: false,
    deps: { neverBundle: ['yaml'] },
    hooks: esmDtsStubs,
    outputOptions: withoutDocComments,
  },
  {
    // The `sinch-numbers-fetch` bin (generate, spec-diff): Node only, ESM only, no types, never
    // reached from a runtime entry. Its peers (openapi-typescript, typescript, yaml) stay
    // external and are loaded only when a command needs them.
    entry: { cli: 'src/codegen/bin.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    target: 'node18',
    sourcemap: false,
    // Minified: it is most of the package's install size otherwise; its errors are messages
    // written for users, not stack traces.
    minify: true,
    clean: false,
    deps: { neverBundle: ['openapi-typescript', 'typescript', 'yaml', /^@redocly\//] },
  },
]);
