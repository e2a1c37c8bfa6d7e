/** Exit codes every command uses; `skilltrace --help` lists them. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  /** The embedded database is held by another process (usually `skilltrace serve`). */
  locked: 3,
  notFound: 4,
  /** The input was invalid or conflicts with what exists. */
  invalid: 5,
} as const;

export const EXIT_HELP = `Exit codes:
  0  success
  1  unexpected failure
  2  wrong usage (unknown command or option)
  3  the embedded database is in use by another process (stop it, or use its API)
  4  not found (user, file)
  5  invalid input or conflict (details printed)`;
