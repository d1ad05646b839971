// Runs Prism as its own child and stops it as soon as the parent goes away: the parent holds
// this process's stdin open, so when the parent exits, however it exits (even SIGKILL), stdin
// ends and Prism is killed. This is what keeps a crashed test runner from leaving mocks behind.
'use strict';
const { spawn } = require('node:child_process');

const [prismBin, ...args] = process.argv.slice(2);
const prism = spawn(process.execPath, [prismBin, ...args], {
  stdio: ['ignore', 'inherit', 'inherit'],
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  prism.kill('SIGTERM');
  setTimeout(() => prism.kill('SIGKILL'), 2000).unref();
}

process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
prism.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
