/** Process exit codes. Scripts branch on these, so they never change meaning. */
export const ExitCode = {
  /** The command did what was asked. */
  ok: 0,
  /** The API (or the network, or the user at a prompt) said no; nothing more to do. */
  failure: 1,
  /** The command line was wrong: unknown flag, bad value, missing credentials or `--yes`. */
  usage: 2,
  /** Ctrl+C (128 + SIGINT), as shells report it. */
  interrupted: 130,
} as const;

/** One of {@link ExitCode}'s values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
