/**
 * `pnpm release [--dry-run]`: publishes the public packages whose version is not on the registry
 * yet. Run `pnpm version-packages` first (it applies the pending changesets). The dry run packs
 * and checks everything without uploading; CI runs it on every change.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoRoot } from './paths.js';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });

function run(command: string, args: string[]) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (values['dry-run']) {
  // pnpm (not npm) rewrites workspace: and catalog: ranges to real versions when packing.
  run('pnpm', [
    '-r',
    '--filter=./packages/*',
    'publish',
    '--dry-run',
    '--no-git-checks',
    '--access',
    'public',
  ]);
} else {
  run('pnpm', ['exec', 'changeset', 'publish']);
}
