import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore, type Store } from '../src/store/open-store.ts';

export type StoreKind = 'pglite' | 'postgres';

/** The store kinds this run tests: always PGlite, PostgreSQL too when TEST_DATABASE_URL is set. */
export const STORE_KINDS: StoreKind[] = inject('pgTemplateDb')
  ? ['pglite', 'postgres']
  : ['pglite'];

let template: Blob | undefined;
const pgliteTemplate = () => {
  template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  return template;
};

/**
 * Fills the empty folder `dataDir` with a clone of the migrated template: an embedded
 * database as `serve` or the CLI leave it after their first run, in about 1 s instead of the
 * many that creating and migrating one takes. For tests whose point is not that first run.
 */
export async function seedDataDir(dataDir: string): Promise<void> {
  const store = await openStore({ kind: 'pglite', dataDir, loadDataDir: pgliteTemplate() });
  await store.close();
}

/**
 * A fresh, migrated store for one test file or test: a clone of the template made in
 * global setup (an in-memory PGlite, or a new PostgreSQL database dropped on close).
 */
export async function makeTestStore(
  kind: StoreKind = 'pglite',
): Promise<Store & { testUrl?: string }> {
  if (kind === 'pglite') {
    return openStore({ kind: 'pglite', loadDataDir: pgliteTemplate() });
  }
  const url = inject('pgUrl');
  const tpl = inject('pgTemplateDb');
  if (!url || !tpl) throw new Error('PostgreSQL tests need TEST_DATABASE_URL');
  const name = `skilltrace_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${tpl}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  const store = await openStore({ kind: 'postgres', url: u.toString(), max: 4 });
  const close = store.close;
  return {
    ...store,
    testUrl: u.toString(),
    async close() {
      await close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
