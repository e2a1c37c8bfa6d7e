import { type App, createApp, openConfiguredStore } from '../src/app.ts';
import { type Config, ConfigError, loadConfig } from '../src/config.ts';
import { type ErrorCode, isAppError } from '../src/errors.ts';
import { createLogger } from '../src/logger.ts';
import { EXIT } from './exit-codes.ts';
import { io } from './io.ts';

/** A usage mistake: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

/** Ends the run with `code`; what to say has been said already. */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** Reads the configuration, or ends the run with exit code 2 listing every problem. */
export function configOrExit(): Config {
  try {
    // The CLI's environment (process.env, or a test's) is one of the two places (with tests)
    // handed to loadConfig.
    return loadConfig(io().env);
  } catch (e) {
    if (e instanceof ConfigError) {
      io().stderr(`${e.message}\n`);
      throw new CliExit(EXIT.usage);
    }
    throw e;
  }
}

/**
 * Opens the configured store (migrated) and the app for a one-shot command, runs `fn`,
 * and closes everything. CLI logs go to stderr so stdout stays clean for data.
 */
export async function withApp<T>(
  purpose: string,
  fn: (app: App) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const config = configOrExit();
  const store = await openConfiguredStore(config, purpose);
  const app = createApp({
    config,
    store,
    log: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, {}, (l) =>
      io().stderr(`${l}\n`),
    ),
  });
  try {
    if (opts.migrate !== false) await store.migrate();
    return await fn(app);
  } finally {
    await app.close();
  }
}

const CODE_EXIT: Partial<Record<ErrorCode, number>> = {
  store_locked: EXIT.locked,
  not_found: EXIT.notFound,
  invalid_input: EXIT.invalid,
  conflict: EXIT.invalid,
  unauthenticated: EXIT.invalid,
};

/** Prints an error the way a person can act on it and returns the exit code. */
export function reportError(e: unknown): number {
  if (e instanceof CliExit) return e.code;
  if (e instanceof UsageError) {
    io().stderr(`error: ${e.message}\n(run with --help for usage)\n`);
    return EXIT.usage;
  }
  if (isAppError(e)) {
    io().stderr(`error: ${e.message}\n`);
    const issues = (e.details?.issues as { path: string; message: string }[] | undefined) ?? [];
    for (const i of issues) io().stderr(`  - ${i.path}: ${i.message}\n`);
    return CODE_EXIT[e.code] ?? EXIT.failure;
  }
  io().stderr(`error: ${(e as Error)?.stack ?? String(e)}\n`);
  return EXIT.failure;
}
