import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type AuthCache, createAuthCache, transactionView } from './auth-cache.ts';
import { type BackupDocument, dumpInstance, loadInstance } from './backup.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import type { Database } from './db-types.ts';
import { EMBEDDED_START_PARAMS } from './embedded-settings.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { createPersonCache, type PersonCache, uncachedPersonReads } from './person-cache.ts';
import { applyFastParsers, queryWithLongParams } from './pglite-codecs.ts';
import { pglitePool } from './pglite-pool.ts';
import { type EmbeddedDb, openPgliteThread } from './pglite-thread.ts';
import { accountsRepo } from './repos/accounts-repo.ts';
import { catalogRepo } from './repos/catalog-repo.ts';
import { credentialsRepo } from './repos/credentials-repo.ts';
import { demoRepo } from './repos/demo-repo.ts';
import { evidenceRepo } from './repos/evidence-repo.ts';
import { instanceRepo } from './repos/instance-repo.ts';
import { jobsRepo } from './repos/jobs-repo.ts';
import { llmRepo } from './repos/llm-repo.ts';
import { pathsRepo } from './repos/paths-repo.ts';
import { peersRepo } from './repos/peers-repo.ts';
import { portfolioRepo } from './repos/portfolio-repo.ts';
import { practiceRepo } from './repos/practice-repo.ts';
import { progressRepo } from './repos/progress-repo.ts';
import { radarRepo } from './repos/radar-repo.ts';
import { userDataRepo } from './repos/user-data-repo.ts';
import { askedStamps, type StampReads, stampWatch } from './stamp-watch.ts';

function repos(
  db: Kysely<Database>,
  cache: AuthCache,
  personCache: PersonCache,
  stamps: StampReads,
  kind: 'pglite' | 'postgres',
) {
  return {
    db,
    personCache,
    /** Reads of cache stamps (on the embedded store, known unchanged without a query). */
    stamps,
    accounts: accountsRepo(db, cache),
    catalog: catalogRepo(db),
    paths: pathsRepo(db),
    peers: peersRepo(db),
    credentials: credentialsRepo(db),
    demo: demoRepo(db),
    evidence: evidenceRepo(db),
    portfolio: portfolioRepo(db),
    instance: instanceRepo(db),
    jobs: jobsRepo(db),
    llm: llmRepo(db),
    practice: practiceRepo(db),
    progress: progressRepo(db),
    radar: radarRepo(db, { embedded: kind === 'pglite' }),
    userData: userDataRepo(db, cache),
  };
}

/** The repositories, bound to either the database or one transaction. */
export type Repos = ReturnType<typeof repos>;

/** The store handed to domain code as `ctx.store`. */
export interface Store extends Repos {
  kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; repositories inside it see and write only through it. */
  transaction<T>(fn: (tx: Repos) => Promise<T>): Promise<T>;
  /** Applies pending migrations (up to `target`, default all); returns the names applied. */
  migrate(target?: string): Promise<string[]>;
  close(): Promise<void>;
  /**
   * The embedded database when it runs in this thread (in memory, loaded or given: test
   * templates); undefined for PostgreSQL and for a folder's database on its own thread.
   */
  pglite: PGlite | undefined;
  /** Name of the newest migration this code knows (recorded in exports and backups). */
  schemaVersion: string;
  /** Names of every migration this code knows, in order. */
  migrations: string[];
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Every row of the instance, for `skilltrace backup`. */
  dump(now: Date): Promise<BackupDocument>;
  /** Loads a backup into this (empty, migrated) database in one transaction. */
  load(doc: BackupDocument): Promise<Record<string, number>>;
}

export type StoreOptions =
  | { kind: 'postgres'; url: string; max?: number }
  | {
      kind: 'pglite';
      dataDir?: string;
      lockPurpose?: string;
      loadDataDir?: Blob;
      pglite?: PGlite;
      /**
       * Run a folder's database on its own worker thread (`SKILLTRACE_DB_THREAD`; off by
       * default: under heavy read load a large import's statements starve there, 369 vs
       * 2,346 rows/s in bench:import), so statements do not block this thread's event loop;
       * `store.pglite` is then undefined. In memory, with `loadDataDir` or a given `pglite`,
       * the database always runs in this thread.
       */
      thread?: boolean;
    };

/**
 * Opens the PostgreSQL server at `url`, or the embedded database (in `dataDir`, or in memory).
 * An embedded folder is locked to this process; throws `store_locked` when another holds it.
 */
export async function openStore(opts: StoreOptions): Promise<Store> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.max ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: string) =>
          oid === 20
            ? (v: string) => Number(v)
            : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection the server ends (restart, failover, an administrator's terminate, a
    // test dropping its database) is discarded by the pool and replaced on the next query;
    // without a listener its 'error' event would crash the process. Errors of queries in
    // flight still reach their callers.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return wrap('postgres', db, undefined, async () => {
      await db.destroy();
    });
  }
  let lock: { release(): void } | undefined;
  let pglite = opts.pglite;
  let embedded: EmbeddedDb | undefined = pglite;
  if (!pglite) {
    if (opts.dataDir) {
      lock = acquireDataDirLock(opts.dataDir, opts.lockPurpose ?? 'skilltrace');
      mkdirSync(opts.dataDir, { recursive: true });
      if (!opts.loadDataDir) await createDataDirApart(join(opts.dataDir, 'pgdata'));
    }
    try {
      if (opts.dataDir && !opts.loadDataDir && opts.thread === true)
        embedded = await openPgliteThread(join(opts.dataDir, 'pgdata'));
      if (!embedded)
        embedded = pglite = await PGlite.create({
          dataDir: opts.dataDir ? join(opts.dataDir, 'pgdata') : undefined,
          loadDataDir: opts.loadDataDir,
          relaxedDurability: false,
          startParams: [...PGlite.defaultStartParams, ...EMBEDDED_START_PARAMS],
        });
    } catch (e) {
      lock?.release();
      throw e;
    }
  }
  const inProcess = pglite;
  if (inProcess) applyFastParsers(inProcess);
  const pool = pglitePool(
    inProcess
      ? {
          query: (text, params) => queryWithLongParams(inProcess, text, params),
          close: () => inProcess.close(),
          onNotification: (cb) => void inProcess.onNotification(cb),
        }
      : (embedded as EmbeddedDb),
  );
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: pool as never }),
  });
  const watch = stampWatch((cb) => (embedded as EmbeddedDb).onNotification(cb), pool.inTransaction);
  await watch.enable(db);
  return wrap(
    'pglite',
    db,
    pglite,
    async () => {
      watch.disable();
      await db.destroy();
      lock?.release();
    },
    pool.asHolder,
    watch,
  );
}

function wrap(
  kind: Store['kind'],
  db: Kysely<Database>,
  pglite: PGlite | undefined,
  close: () => Promise<void>,
  asHolder: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn(),
  watch?: ReturnType<typeof stampWatch>,
): Store {
  const cache = createAuthCache();
  const stamps = watch?.reads ?? askedStamps;
  return {
    ...repos(db, cache, createPersonCache(db, stamps), stamps, kind),
    kind,
    pglite,
    transaction: async (fn) => {
      const tx = transactionView(cache);
      try {
        return await db
          .transaction()
          .execute((trx) =>
            asHolder(() => fn(repos(trx, tx.view, uncachedPersonReads, askedStamps, kind))),
          );
      } finally {
        // Reads outside may have cached rows this transaction replaced before it committed.
        if (tx.wrote()) cache.clear();
      }
    },
    migrate: async (target) => {
      watch?.disable();
      try {
        return await migrate(db, target);
      } finally {
        await watch?.enable(db);
      }
    },
    schemaVersion: Object.keys(MIGRATIONS).sort().at(-1) ?? 'none',
    migrations: Object.keys(MIGRATIONS).sort(),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    dump: (now) => dumpInstance(db, Object.keys(MIGRATIONS).sort().at(-1) ?? 'none', now),
    load: async (doc) => {
      try {
        return await db.transaction().execute((trx) => loadInstance(trx, doc));
      } finally {
        cache.clear();
        stamps.clear();
      }
    },
    close,
  };
}

async function migrate(db: Kysely<Database>, target?: string): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
  });
  const { error, results } = target
    ? await migrator.migrateTo(target)
    : await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Creates a new embedded database folder in a child process (`init-data-dir.ts`), so the
 * WebAssembly memory initdb leaves behind (~450 MB) is never part of this process. Nothing
 * happens when the folder already holds a database; when the child cannot run (no TypeScript
 * loader in this process), the caller creates it in process as before.
 */
async function createDataDirApart(pgdata: string): Promise<void> {
  if (existsSync(join(pgdata, 'PG_VERSION'))) return;
  const script = fileURLToPath(new URL('./init-data-dir.ts', import.meta.url));
  await new Promise<void>((done) => {
    const child = fork(script, [pgdata], { execArgv: process.execArgv, stdio: 'ignore' });
    child.once('error', () => done());
    child.once('exit', () => done());
  });
}
