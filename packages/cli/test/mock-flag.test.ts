/** `--mock`: every command can be tried without an account, and the mock never outlives it. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

const mockUrl = (stderr: string) => /sandbox at (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)?.[1];

describe.concurrent('--mock', () => {
  it('runs a Numbers command with no credentials at all, then stops the mock', async () => {
    const result = await runCli(['search', '--region', 'US', '--type', 'LOCAL', '--mock']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\+12025550100\s+US\s+LOCAL/);
    expect(result.stderr).toContain('nothing is real');
    const url = mockUrl(result.stderr);
    expect(url).toBeDefined();
    await expect(fetch(`${url}/v1/projects/p/availableRegions`)).rejects.toThrow();
  });

  it('serves voice commands too', async () => {
    const result = await runCli(['voice', 'query', '+46730170101', '--mock', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).number.countryId).toBe('SE');
    expect(result.stderr).toContain('voice API sandbox');
  });

  it('stops the mock after an error too', async () => {
    const result = await runCli(['callbacks', 'set', '--hmac-secret', 'short', '--mock']);
    expect(result.code).toBe(2);
    const url = mockUrl(result.stderr);
    // The client refused the secret before sending; the mock had started and is gone again.
    expect(url).toBeDefined();
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it('does not start the mock for a usage error', async () => {
    const result = await runCli(['get', 'not-a-number', '--mock']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('mock at');
  });

  it('list --all pages to the end', async () => {
    const result = await runCli(['list', '--page-size', '2', '--all', '--mock', '--json']);
    expect(result.code).toBe(0);
    // The sandbox starts with seven MOBILE numbers: four pages of at most two.
    expect(JSON.parse(result.stdout).data).toHaveLength(7);
  });

  it('export pages to the end', async () => {
    const result = await runCli(['export', '--type', 'LOCAL', '--format', 'ndjson', '--mock']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).not.toContain('stopping after the first page');
  });
});
