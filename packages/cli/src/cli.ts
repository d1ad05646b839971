/**
 * The `sinch-numbers` bin. Everything happens in `run`; this file only connects it to the
 * process. The exit code is set rather than forced so stdout is fully flushed first.
 */
import { run } from './run.js';

process.exitCode = await run({
  argv: process.argv.slice(2),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  exit: (code) => process.exit(code),
});
