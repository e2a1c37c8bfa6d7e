import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openStore } from '../src/store/open-store.ts';
import { assertSharedData } from './shared-data.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateDb: string | undefined;
    pgUrl: string | undefined;
  }
}

/**
 * Migrates one embedded database and saves its data folder as a template that every test
 * file clones (cloning takes ~0.5 s; creating and migrating takes several). With
 * TEST_DATABASE_URL set, also migrates a PostgreSQL template database for the store suite.
 */
export default async function setup(project: TestProject) {
  // Many suites read the real data beside the checkout: say once, clearly, when it is missing.
  assertSharedData();
  const dir = mkdtempSync(join(tmpdir(), 'skilltrace-test-'));
  const store = await openStore({ kind: 'pglite' });
  await store.migrate();
  const dump = await store.pglite!.dumpDataDir('none');
  await store.close();
  const file = join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);

  let pgTemplate: string | undefined;
  // The only test code that reads the environment: which PostgreSQL server to test against.
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    pgTemplate = `skilltrace_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${pgTemplate}`);
    await admin.query(`create database ${pgTemplate}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${pgTemplate}`;
    const s = await openStore({ kind: 'postgres', url: u.toString(), max: 1 });
    await s.migrate();
    await s.close();
  }
  project.provide('pgTemplateDb', pgTemplate);
  project.provide('pgUrl', url);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (url && pgTemplate) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${pgTemplate} with (force)`);
      await admin.end();
    }
  };
}
