import { type Kysely, sql } from 'kysely';

/**
 * Imports as jobs (all or nothing for the person):
 * - `radar_imports` gains `queued`, the near-duplicate rows it named (`near_rows`) and
 *   warnings (`warnings`, e.g. "no dates in the file").
 * - `radar_import_chunks`: the validated rows of an import still to write, one row per chunk;
 *   a chunk is deleted in the same short transaction that writes its posts, so a restart
 *   resumes exactly after the last committed chunk.
 * - Posts and post skills carry their `import_id`; reads hide those of an import that is not
 *   `done`. Their read-model counts go to `radar_import_counts` while the import runs (the
 *   counting triggers stand aside when the transaction sets `skilltrace.import_staging`) and
 *   are merged into `radar_month_counts` in the one small transaction that marks it done.
 * - `radar_posts.fingerprint`: the sorted 32-bit hashes of the post's word shingles, so
 *   near-duplicate checks compare stored fingerprints of the candidates its band keys find
 *   instead of re-reading and re-shingling their full texts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table radar_imports drop constraint radar_imports_status_check`.execute(db);
  await sql`alter table radar_imports add constraint radar_imports_status_check
    check (status in ('queued', 'running', 'done', 'failed'))`.execute(db);
  await db.schema
    .alterTable('radar_imports')
    .addColumn('near_rows', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .alterTable('radar_imports')
    .addColumn('warnings', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await sql`create index radar_imports_unfinished_idx on radar_imports (status)
    where status in ('queued', 'running')`.execute(db);

  // Imports left running by an older version cannot be resumed (their rows were never held):
  // they stay as they were, now marked failed so nothing waits for them.
  await sql`update radar_imports set status = 'failed', finished_at = now(),
    errors = errors || '[{"row":0,"message":"the import stopped when the server did; the rows written before are kept"}]'::jsonb
    where status = 'running'`.execute(db);

  await db.schema
    .createTable('radar_import_chunks')
    .addColumn('import_id', 'text', (c) =>
      c.notNull().references('radar_imports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('rows', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_import_chunks_pk', ['import_id', 'seq'])
    .execute();
  await db.schema
    .createTable('radar_import_counts')
    .addColumn('import_id', 'text', (c) =>
      c.notNull().references('radar_imports.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('skill_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('radar_import_counts_pk', ['import_id', 'source', 'month', 'skill_id'])
    .execute();

  await db.schema.alterTable('radar_post_skills').addColumn('import_id', 'text').execute();
  await db.schema.alterTable('radar_posts').addColumn('fingerprint', 'bytea').execute();
  // Hashes do not compress: stored as they are, without a compression attempt per row.
  await sql`alter table radar_posts alter column fingerprint set storage external`.execute(db);
  await sql`update radar_post_skills s set import_id = p.import_id from radar_posts p
    where p.id = s.post_id and p.import_id is not null`.execute(db);
  await sql`create index radar_posts_import_idx on radar_posts (import_id) where import_id is not null`.execute(
    db,
  );
  await sql`create index radar_post_skills_import_idx on radar_post_skills (import_id) where import_id is not null`.execute(
    db,
  );

  // The read-model triggers of 0012 again, each now standing aside for staged import writes.
  const guard = sql.raw(
    "when (coalesce(current_setting('skilltrace.import_staging', true), '') <> 'on')",
  );
  for (const [table, prefix] of [
    ['radar_posts', 'radar_posts'],
    ['radar_post_skills', 'radar_skills'],
  ] as const) {
    for (const [suffix, event, rows, fn] of [
      ['ins', 'insert', 'new', 'added'],
      ['del', 'delete', 'old', 'removed'],
      ['upd_old', 'update', 'old', 'removed'],
      ['upd_new', 'update', 'new', 'added'],
    ] as const) {
      const name = sql.raw(`${table}_counted_${suffix}`);
      await sql`drop trigger ${name} on ${sql.raw(table)}`.execute(db);
      await sql`create trigger ${name} after ${sql.raw(event)} on ${sql.raw(table)}
        referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
        for each statement ${guard} execute function ${sql.raw(`${prefix}_${fn}`)}()`.execute(db);
    }
  }
}
