/** `--mock`: every command can be tried without an account, and the mock never outlives it. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const mockUrl = (stderr: string) => /mock at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];

// One at a time: each run starts its own Prism, and the CLI gives Prism 30 s to start. Four cold
// starts at once on a busy 2-core machine could take most of that; one alone takes 2-3 s quiet.
describe('--mock', () => {
  it('runs a Numbers command with no credentials at all, then stops Prism', async () => {
    const result = await runCli(['search', '--region', 'US', '--type', 'LOCAL', '--mock']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\+12025550191\s+US\s+LOCAL/);
    expect(result.stderr).toContain("answers are the spec's examples, nothing is real");
    const url = mockUrl(result.stderr);
    expect(url).toBeDefined();
    await expect(fetch(`${url}/v1/projects/p/availableRegions`)).rejects.toThrow();
  });

  it('starts the Voice mock for voice commands', async () => {
    const result = await runCli(['voice', 'query', '+46730170101', '--mock', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).number.countryId).toBe('SE');
    expect(result.stderr).toContain('voice API mock');
  });

  it('stops the mock after an error too', async () => {
    const result = await runCli(['callbacks', 'set', '--hmac-secret', 'short', '--mock']);
    expect(result.code).toBe(2);
    const url = mockUrl(result.stderr);
    // The client refused the secret before sending; the mock had started and is gone again.
    expect(url).toBeDefined();
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it('does not start Prism for a usage error', async () => {
    const result = await runCli(['get', 'not-a-number', '--mock']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('mock at');
  });

  it('export stops after the example page with a note', async () => {
    const result = await runCli(['export', '--type', 'LOCAL', '--format', 'ndjson', '--mock']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('stopping after the first page');
  });
});
