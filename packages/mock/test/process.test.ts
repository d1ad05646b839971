/** Tests of the built package as processes: the bin, and that no Prism outlives its parent. */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { newerNumbersDocument, SPEC_DIR } from './newer-document.js';

const tiny = fileURLToPath(new URL('./fixtures/tiny.yaml', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

/**
 * Runs `probe` every 100 ms until `done` accepts its result or `ms` have passed; the last result.
 */
async function pollFor<T>(
  probe: () => T | Promise<T>,
  done: (result: T) => boolean,
  ms: number,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const result = await probe();
    if (done(result) || Date.now() > deadline) return result;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Whether nothing listens on the URL any more (connection refused), polling for up to `ms`. Only
 * a refused connection counts: a slow answer from a Prism still running is not "stopped". Each
 * probe gives up after 5 s, so a socket that accepts and never answers cannot hang the test.
 */
function refusesWithin(url: string, ms: number): Promise<boolean> {
  const refused = async () => {
    try {
      await (await fetch(url, { signal: AbortSignal.timeout(5_000) })).arrayBuffer();
    } catch (error) {
      return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
    }
    return false;
  };
  return pollFor(refused, (yes) => yes, ms);
}

/** The processes whose command line holds `marker`: /proc on Linux, `ps` elsewhere. */
function processesMentioning(marker: string): number[] {
  if (existsSync('/proc/self/cmdline')) {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          // A process that has exited (a zombie) has an empty command line.
          return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
        } catch {
          return false; // gone between the listing and the read
        }
      })
      .map(Number);
  }
  return execFileSync('ps', ['-axo', 'pid=,command='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(marker))
    .map((line) => Number.parseInt(line, 10));
}

/** Polls until no process mentions `marker` or `ms` have passed; the ones still there. */
function processesLeftAfter(marker: string, ms: number): Promise<number[]> {
  return pollFor(
    () => processesMentioning(marker),
    (left) => left.length === 0,
    ms,
  );
}

// Prism is gone well within a second of its parent on a quiet machine.
const STOP_WITHIN_MS = 30_000;

function firstLineMatching(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) resolve(match);
    });
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}: ${seen}`)),
    );
  });
}

describe('process lifecycle', () => {
  it('stops Prism when the parent is killed without calling stop()', async () => {
    // A spec file of this test's own: its path is in the command line of the guard and of Prism,
    // which finds them however busy the machine's ports are. (A port that refuses is no proof on
    // a machine running other tests: another server may be given the port Prism let go.)
    const dir = mkdtempSync(join(tmpdir(), 'sinch-mock-orphan-'));
    const spec = join(dir, 'tiny.yaml');
    copyFileSync(tiny, spec);
    try {
      const fixture = fileURLToPath(new URL('./fixtures/start-then-die.mjs', import.meta.url));
      const parent = spawn(process.execPath, [fixture, spec], {
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const exited = once(parent, 'exit');
      const [url] = await firstLineMatching(parent, /http:\/\/127\.0\.0\.1:\d+/);
      // Found while the parent still lives, so the search below cannot pass by finding nothing.
      expect(processesMentioning(spec).length).toBeGreaterThan(0);
      parent.stdin?.end('die\n');
      await exited;
      expect(parent.signalCode).toBe('SIGKILL');
      expect(await processesLeftAfter(spec, STOP_WITHIN_MS), `still running, for ${url}`).toEqual(
        [],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Prism may take up to its 90 s start limit on a loaded machine, then 30 s to be seen gone.
  }, 150_000);
});

describe('sinch-numbers-mock bin', () => {
  it('prints the base URL, serves the mock and stops on SIGINT', async () => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--spec', tiny], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const [, url] = await firstLineMatching(child, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    const response = await fetch(`${url}/things/abc`);
    expect(await response.json()).toEqual({ id: 'abc', count: 3 });
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(await refusesWithin(`${url}/things/abc`, STOP_WITHIN_MS)).toBe(true);
  });

  const usageErrors = [
    { name: 'a bad port', args: ['--port', 'abc'], want: /--port must be a port number/ },
    { name: 'an unknown flag', args: ['--colour'], want: /Unknown option '--colour'/ },
    {
      name: '--voice-spec without --sandbox',
      args: ['--voice-spec', 'voice.yaml'],
      want: /--voice-spec needs --sandbox/,
    },
    {
      name: '--sandbox --spec voice',
      args: ['--sandbox', '--spec', 'voice'],
      want: /with --sandbox, --spec is the Numbers document; give a Voice one with --voice-spec/,
    },
  ];
  for (const { name, args, want } of usageErrors) {
    it(`exits 2 with the usage on ${name}`, async () => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const [code] = await once(child, 'exit');
      expect(code).toBe(2);
      expect(stderr.trimEnd()).toMatch(want);
      expect(stderr).toMatch(/usage: sinch-numbers-mock/);
    });
  }
});

describe('sinch-numbers-mock --sandbox --spec <a newer document>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sinch-mock-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('routes, checks and answers by the document it was given', async () => {
    writeFileSync(join(dir, 'numbers-next.yaml'), stringify(newerNumbersDocument()));
    // The Voice document as JSON, which needs no parser beyond JSON.parse.
    const voice = parse(readFileSync(new URL('voice-applications.yaml', SPEC_DIR), 'utf8'));
    writeFileSync(join(dir, 'voice-next.json'), JSON.stringify(voice));
    const args = ['--sandbox', '--port', '0', '--spec', 'numbers-next.yaml'];
    const child = spawn(process.execPath, [cli, ...args, '--voice-spec', 'voice-next.json'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const [banner, url] = await firstLineMatching(
        child,
        /^Sinch sandbox \(.*\) listening on (http:\/\/127\.0\.0\.1:\d+)$/m,
      );
      expect(banner).toContain(
        'Numbers from numbers-next.yaml, 23 operations; Voice from voice-next.json, 6 operations',
      );
      const project = `${url}/v1/projects/sandbox-project`;
      const auth = { authorization: `Basic ${btoa('key:secret')}` };

      const widget = await fetch(`${project}/widgets/w1`, { headers: auth });
      expect(widget.status).toBe(200);
      expect(await widget.json()).toEqual({
        widgetId: 'w-example',
        createdAt: '2026-05-01T08:00:00Z',
      });

      const listed = await fetch(`${project}/activeNumbers?nickname=front%20desk`, {
        headers: auth,
      });
      expect(listed.status).toBe(200);
      await listed.arrayBuffer();
      const tooLong = await fetch(`${project}/activeNumbers?nickname=the%20front%20desk%20line`, {
        headers: auth,
      });
      expect(tooLong.status).toBe(400);
      expect(JSON.stringify(await tooLong.json())).toMatch(/nickname.*12/);
    } finally {
      child.kill('SIGINT');
      await once(child, 'exit');
    }
  });

  const unusable = [
    {
      name: 'a document with no operationId',
      file: 'no-id.json',
      text: () => {
        const doc = newerNumbersDocument();
        delete doc.paths['/v1/projects/{projectId}/widgets/{widgetId}'].get.operationId;
        return JSON.stringify(doc);
      },
      want: /^error: no-id\.json: GET \/v1\/projects\/\{projectId\}\/widgets\/\{widgetId\} has no operationId/,
      code: 1,
    },
    {
      name: 'a file that is not OpenAPI',
      file: 'not-openapi.yaml',
      text: () => 'hello: world\n',
      want: /^error: not-openapi\.yaml: not an OpenAPI document/,
      code: 1,
    },
    {
      name: 'a missing file',
      file: 'missing.yaml',
      text: () => undefined,
      want: /^error: missing\.yaml: cannot read it \(no such file\)$/,
      code: 2,
    },
  ];
  for (const { name, file, text, want, code } of unusable) {
    it(`exits ${code} with one line naming the file on ${name}`, async () => {
      const content = text();
      if (content !== undefined) writeFileSync(join(dir, file), content);
      const child = spawn(process.execPath, [cli, '--sandbox', '--port', '0', '--spec', file], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      let stdout = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const [exitCode] = await once(child, 'exit');
      expect(exitCode).toBe(code);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr.trimEnd()).toMatch(want);
    });
  }
});
