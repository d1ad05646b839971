#!/usr/bin/env node
/** Entry of the `sinch-numbers-fetch` bin: runs the command and exits with its code. */
import { main } from './cli.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user error: the stack helps a report.
    console.error(error);
    process.exitCode = 1;
  },
);
