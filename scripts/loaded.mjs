/**
 * `pnpm test:loaded [args]`: the whole test suite (`pnpm test [args]`, e.g. `--force` to skip
 * turbo's cache) with one busy loop per CPU core running beside it, the way a shared CI runner or
 * a laptop doing other work would run it. A test that passes quietly and fails here depends on
 * the machine's speed. The loops are stopped whatever happens (the suite fails, Ctrl-C, SIGTERM;
 * if this process is killed outright they notice and stop themselves), and the exit code is the
 * suite's.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';

const cores = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;

// Spins; every ~50 ms of work it checks that this script is still its parent, so a loop never
// outlives it, not even after a SIGKILL that gave the handlers below no chance to run.
const busyLoop = `
const parent = Number(process.argv[1]);
for (;;) {
  const until = Date.now() + 50;
  while (Date.now() < until);
  if (process.ppid !== parent) process.exit(0);
}`;

const loops = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', busyLoop, String(process.pid)], { stdio: 'ignore' }),
);
const stopLoops = () => {
  for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill();
};
// Runs on every way out of this process but a SIGKILL (see busyLoop for that one).
process.on('exit', stopLoops);

// The same command as `pnpm test`, through the pnpm that started this script when there is one.
const execPath = process.env.npm_execpath;
const [command, prefix] =
  execPath && /\.[cm]?js$/.test(execPath)
    ? [process.execPath, [execPath]]
    : [execPath || 'pnpm', []];
const args = process.argv.slice(2);
console.log(
  `[loaded] ${loops.length} busy loop${loops.length === 1 ? '' : 's'} (one per core) beside \`pnpm test${args.length ? ` ${args.join(' ')}` : ''}\``,
);
const started = Date.now();
const suite = spawn(command, [...prefix, 'test', ...args], { stdio: 'inherit' });

// Ctrl-C reaches the whole foreground group (the suite included); a signal sent to this process
// alone is passed on. Either way the loops stop now and this process exits with the suite.
let interrupted;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopLoops();
    if (interrupted === undefined) {
      interrupted = signal;
      if (suite.exitCode === null && suite.signalCode === null) suite.kill(signal);
    }
  });
}

const SIGNAL_NUMBERS = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
suite.once('error', (error) => {
  console.error(`[loaded] could not start the suite: ${error.message}`);
  stopLoops();
  process.exit(1);
});
suite.once('close', (code, signal) => {
  stopLoops();
  const seconds = Math.round((Date.now() - started) / 1000);
  const result = code ?? 128 + (SIGNAL_NUMBERS[signal ?? interrupted ?? 'SIGTERM'] ?? 15);
  console.log(
    `[loaded] the suite ${result === 0 ? 'passed' : `failed (exit ${result})`} under load in ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`,
  );
  process.exit(result);
});
