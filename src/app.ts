import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.ts';
import type { Clock, Ctx, Ids, Logger } from './domain/ctx.ts';
import type { JobSystem } from './jobs/job-system.ts';
import { createLocalJobSystem } from './jobs/local-job-system.ts';
import { createPgBossJobSystem } from './jobs/pg-boss-job-system.ts';
import { registerJobs } from './jobs/register-jobs.ts';
import { createLlm, type Llm } from './llm/index.ts';
import { createLogger } from './logger.ts';
import { createHttpApp, type HttpOptions } from './server/http-app.ts';
import { openStore, type Store } from './store/open-store.ts';
import { withSessionLock } from './store/session-lock.ts';

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: Ids = {
  id: () => randomUUID(),
  token: (bytes = 32) => randomBytes(bytes).toString('base64url'),
};

/**
 * Opens the store the configuration names: the PostgreSQL server at DATABASE_URL, or the
 * embedded database in the data folder (locked to this process; `store_locked` otherwise).
 */
export async function openConfiguredStore(config: Config, purpose: string): Promise<Store> {
  const store = config.databaseUrl
    ? await openStore({ kind: 'postgres', url: config.databaseUrl })
    : await openStore({
        kind: 'pglite',
        dataDir: config.dataDir,
        lockPurpose: purpose,
        thread: config.dbThread === true,
      });
  return store;
}

/**
 * The key that encrypts secrets at rest: from configuration, else generated once into the
 * data folder (readable by the owner only).
 */
export function resolveSecretKey(config: Config): string {
  if (config.secretKey) return config.secretKey;
  const file = join(config.dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const key = randomBytes(32).toString('hex');
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export interface App {
  ctx: Ctx;
  http: ReturnType<typeof createHttpApp>['app'];
  routes: ReturnType<typeof createHttpApp>['routes'];
  jobs: JobSystem;
  close(): Promise<void>;
}

/**
 * Wires store, model, clock, ids, logger and jobs into one context and the HTTP app.
 * The only place that chooses concrete implementations.
 */
export function createApp(deps: {
  config: Config;
  store: Store;
  llm?: Llm;
  clock?: Clock;
  ids?: Ids;
  log?: Logger;
  jobs?: JobSystem;
  http?: HttpOptions;
}): App {
  const config = {
    ...deps.config,
    secretKey: deps.config.secretKey ?? resolveSecretKey(deps.config),
  };
  const log = deps.log ?? createLogger(config.logLevel);
  const clock = deps.clock ?? systemClock;
  const ids = deps.ids ?? randomIds;
  const jobs =
    deps.jobs ??
    (deps.store.kind === 'postgres' && config.databaseUrl
      ? createPgBossJobSystem(config.databaseUrl, (fn) =>
          withSessionLock(config.databaseUrl!, 'skilltrace:pg-boss-setup', fn),
        )
      : createLocalJobSystem(deps.store, { newId: ids.id, now: () => clock.now() }));
  const llm: Llm = deps.llm ?? createLlm({ config, store: deps.store, clock, log });
  const ctx: Ctx = { config, store: deps.store, llm, clock, ids, log, jobs };
  registerJobs(jobs);
  const { app, routes } = createHttpApp(ctx, deps.http);
  return {
    ctx,
    http: app,
    routes,
    jobs,
    async close() {
      await jobs.stop();
      await deps.store.close();
    },
  };
}
