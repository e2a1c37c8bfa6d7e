import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, TestAgent } from '../../test/test-app.ts';
import { makeTestStore, STORE_KINDS } from '../../test/test-store.ts';
import type { App } from '../app.ts';
import { INSTANCE_TABLES, listSchemaTables, USER_DATA_TABLES } from './user-data.ts';

describe.each(STORE_KINDS)('user data registry on %s', (kind) => {
  let app: App;
  beforeAll(async () => {
    app = makeTestApp(await makeTestStore(kind));
  });
  afterAll(() => app.close());

  it('classifies every table of the schema as user data or instance data', async () => {
    const tables = await listSchemaTables(app.ctx.store.db);
    const known = new Set([...USER_DATA_TABLES.map((t) => t.table), ...INSTANCE_TABLES]);
    const unclassified = tables.filter((t) => !known.has(t));
    expect(
      unclassified,
      'add these tables to USER_DATA_TABLES (export/import/delete) or INSTANCE_TABLES',
    ).toEqual([]);
    const missing = [...known].filter((t) => !tables.includes(t));
    expect(missing, 'registry names tables that do not exist').toEqual([]);
  });

  it('gives every user-data table an owner column that references users', async () => {
    for (const t of USER_DATA_TABLES) {
      const cols = await app.ctx.store.db.introspection.getTables();
      const table = cols.find((c) => c.name === t.table);
      expect(
        table?.columns.map((c) => c.name),
        t.table,
      ).toContain(t.owner);
      if (!t.exported) expect(t.why, `${t.table} is not exported: say why`).toBeTruthy();
    }
  });

  it('exports, deletes and re-imports every exported table', async () => {
    const a = new TestAgent(app);
    await a.signUp(`roundtrip-${kind}@example.com`, 'Round Trip');
    const profile = {
      headline: 'Copywriter',
      domains: ['copywriting'],
      skills: [],
      targetRoles: [],
      weeklyHours: 4,
      learningDays: ['mon'],
      formats: ['video'],
      platforms: ['Upwork'],
      visibility: 'public',
    };
    expect((await a.json('PUT', '/api/profile', profile)).status).toBe(200);
    await a.json('POST', '/api/tokens', { name: 'cli' });
    // A post with a fingerprint (bytea): its bytes must survive the JSON of the export.
    const posted = await a.json('POST', '/api/radar/imports', {
      format: 'jsonl',
      content: JSON.stringify({
        title: 'Data engineer',
        text: 'We need a data engineer for dbt models, Airflow pipelines and SQL reviews.',
        date: '2026-01-05',
      }),
    });
    expect(posted.status, JSON.stringify(posted.body)).toBeLessThan(300);
    const fingerprints = async (userId: string) =>
      (
        await sql<{ title: string; fingerprint: Uint8Array | null }>`
          select title, fingerprint from radar_posts where user_id = ${userId}`.execute(
          app.ctx.store.db,
        )
      ).rows.map((r) => [r.title, r.fingerprint ? [...r.fingerprint] : null]);
    const exported = await a.json<{ tables: Record<string, unknown[]> }>(
      'GET',
      '/api/account/export',
    );
    expect(exported.status).toBe(200);
    for (const t of USER_DATA_TABLES.filter((x) => x.exported))
      expect(Object.keys(exported.body.tables)).toContain(t.table);
    // Bytes travel as PostgreSQL's hex text (earlier exports' numbered-key objects still import).
    const [post] = exported.body.tables.radar_posts as { fingerprint: unknown }[];
    expect(post?.fingerprint).toMatch(/^\\x(?:[0-9a-f]{2})+$/);

    const me = await app.ctx.store.accounts.findUserByEmail(`roundtrip-${kind}@example.com`);
    const printsBefore = await fingerprints(me!.id);
    expect(printsBefore[0]?.[1]).not.toBeNull();
    const before = await app.ctx.store.userData.count(me!.id);
    expect(before.profiles).toBe(1);
    expect(
      (await a.json('DELETE', '/api/account', { password: 'correct-horse-battery' })).status,
    ).toBe(204);
    const after = await app.ctx.store.userData.count(me!.id);
    expect(
      Object.values(after).every((n) => n === 0),
      JSON.stringify(after),
    ).toBe(true);
    expect(await app.ctx.store.accounts.findUserById(me!.id)).toBeUndefined();

    const b = new TestAgent(app);
    await b.signUp(`newhome-${kind}@example.com`, 'New Home');
    const imported = await b.json<{ imported: Record<string, number> }>(
      'POST',
      '/api/account/import',
      exported.body,
    );
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.imported.profiles).toBe(1);
    const newHome = await app.ctx.store.accounts.findUserByEmail(`newhome-${kind}@example.com`);
    expect(await fingerprints(newHome!.id)).toEqual(printsBefore);
    const p = await b.json<{ headline: string; platforms: string[]; visibility: string }>(
      'GET',
      '/api/profile',
    );
    expect(p.body).toMatchObject({
      headline: 'Copywriter',
      platforms: ['Upwork'],
      visibility: 'public',
    });
  });

  it('rejects a malformed import without changing anything', async () => {
    const a = new TestAgent(app);
    await a.signUp(`bad-import-${kind}@example.com`, 'Bad Import');
    const r = await a.json<{ error: { code: string; details: { issues: { path: string }[] } } }>(
      'POST',
      '/api/account/import',
      {
        format: 'skilltrace-export',
        version: 1,
        exportedAt: 'x',
        schema: '0001',
        user: { email: 'a', name: 'b' },
        tables: { secrets: [] },
      },
    );
    expect(r.status).toBe(400);
    expect(r.body.error.details.issues[0]?.path).toBe('tables.secrets');
  });
});
