/**
 * Process-table checks for the mock: Prism runs two levels below whoever started it (bin or
 * startMock -> guard.cjs -> Prism), so "the mock stopped" has to be verified on the table, not by
 * the exit of the process we spawned.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

interface ProcessRow {
  pid: number;
  ppid: number;
  args: string;
}

function processTable(): ProcessRow[] {
  // `ps` works on Linux and macOS alike; /proc would be Linux only.
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' });
  const rows: ProcessRow[] = [];
  for (const line of out.split('\n')) {
    const match = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    if (match?.[1] && match[2]) {
      rows.push({ pid: Number(match[1]), ppid: Number(match[2]), args: match[3] ?? '' });
    }
  }
  return rows;
}

/** Every process below `pid`, with its command line. */
export function descendants(pid: number): ProcessRow[] {
  const rows = processTable();
  const found: ProcessRow[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift();
    for (const row of rows) {
      if (row.ppid === parent) {
        found.push(row);
        queue.push(row.pid);
      }
    }
  }
  return found;
}

/** Running processes whose command line contains `needle` (e.g. a project's Prism path). */
export function processesMatching(needle: string): ProcessRow[] {
  return processTable().filter((row) => row.args.includes(needle) && row.pid !== process.pid);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until none of `pids` is alive and returns the ones still running after `timeoutMs`. A
 * zombie (exited, not yet reaped by its parent) counts as gone: it holds no port and no memory.
 * Prism is gone well within a second on a quiet machine; the default leaves room for a busy one.
 */
export async function waitGone(pids: readonly number[], timeoutMs = 30_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const table = new Map(processTable().map((row) => [row.pid, row]));
    const alive = pids.filter((pid) => {
      if (!isAlive(pid)) return false;
      const row = table.get(pid);
      return row !== undefined && !row.args.includes('<defunct>');
    });
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await sleep(100);
  }
}

/** Best-effort SIGKILL of processes, for cleanup after a failed test. */
export function killAll(pids: readonly number[]): void {
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * Resolves with the first capture group of `pattern` once the child prints a matching line (on
 * stdout or stderr); rejects with everything it printed if it exits or stays silent too long.
 */
export function waitForOutput(
  child: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const finish = (error?: Error, value?: string) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolvePromise(value ?? '');
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match) finish(undefined, match[1] ?? match[0]);
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(
        new Error(`exited (code ${code}, signal ${signal}) before printing ${pattern}:\n${output}`),
      );
    const timer = setTimeout(
      () => finish(new Error(`no line matching ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
