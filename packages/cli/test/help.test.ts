/** `--help` for the tool and every command, `--version`, and the no-command case. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const COMMANDS = [
  'search',
  'check',
  'rent',
  'rent-any',
  'list',
  'export',
  'get',
  'update',
  'release',
  'regions',
  'callbacks get',
  'callbacks set',
  'voice numbers',
  'voice assign',
  'voice unassign',
  'voice callbacks get',
  'voice callbacks set',
  'voice query',
];

describe.concurrent('help', () => {
  it('lists every command, the environment variables and the exit codes', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.stdout).toContain(`  ${command}`);
    for (const name of [
      'SINCH_PROJECT_ID',
      'SINCH_KEY_ID',
      'SINCH_KEY_SECRET',
      'SINCH_APPLICATION_KEY',
      'SINCH_APPLICATION_SECRET',
    ]) {
      expect(result.stdout).toContain(name);
    }
    expect(result.stdout).toContain('Exit codes:');
    expect(result.stdout).not.toContain('--debug-memory');
  });

  it.each(COMMANDS)('%s --help shows its usage and examples', async (command) => {
    const result = await runCli([...command.split(' '), '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: sinch-numbers ${command}\\b`));
    expect(result.stdout).toContain('Examples:');
    expect(result.stderr).toBe('');
  });

  it('help wins over bad arguments, and -h works after the command', async () => {
    const result = await runCli(['rent', 'not-a-number', '--bogus', '-h']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: sinch-numbers rent <number>');
  });

  it('voice --help lists the subcommands', async () => {
    const result = await runCli(['voice', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('voice callbacks set');
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('without a command: help on stderr, exit 2', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: sinch-numbers <command>');
  });

  it('a group without its subcommand is a usage error', async () => {
    const result = await runCli(['voice', 'callbacks']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'voice callbacks' needs a subcommand: get, set");
    expect(result.stderr).toContain("Run 'sinch-numbers voice callbacks --help'");
  });
});
