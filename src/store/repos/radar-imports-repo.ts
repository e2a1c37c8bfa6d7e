import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';
import {
  addImportCounts,
  insertPostRowParams,
  type StagedImportChunk,
  stageImportChunk,
} from './radar-post-rows.ts';
import { yieldToLoop } from './radar-shared.ts';
import type { ImportChunkOutcome, RadarImportRow } from './radar-types.ts';

/** Rows of an unfinished import are hidden from reads until it is done. */
const STAGING = sql`select set_config('skilltrace.import_staging', 'on', true)`;
/** Near-duplicate rows named in an import record, at most. */
const MAX_NEAR_ROWS = 1000;
/** A JSON path to the first `MAX_NEAR_ROWS` items of an array. */
const FIRST_ROWS = `$[0 to ${MAX_NEAR_ROWS - 1}]`;

/** Lets the event loop run (timers, sockets) between the statements of an import chunk. */

/**
 * Imports: their records, held chunks, staged rows and publishing.
 * `embedded`: see `radarRepo`.
 */
export function radarImportsRepo(db: Kysely<Database>, opts: { embedded?: boolean } = {}) {
  return {
    async insertImport(row: RadarImportRow): Promise<void> {
      await db
        .insertInto('radar_imports')
        .values({
          ...row,
          errors: JSON.stringify(row.errors),
          near_rows: JSON.stringify(row.near_rows),
          duplicate_rows: JSON.stringify(row.duplicate_rows ?? []),
          warnings: JSON.stringify(row.warnings),
        })
        .execute();
    },
    async updateImport(
      id: string,
      patch: Partial<Omit<RadarImportRow, 'id' | 'user_id' | 'created_at'>>,
    ): Promise<void> {
      const set: Record<string, unknown> = { ...patch };
      for (const k of ['errors', 'near_rows', 'duplicate_rows', 'warnings'] as const) {
        if (patch[k] !== undefined) set[k] = JSON.stringify(patch[k]);
      }
      await db.updateTable('radar_imports').set(set).where('id', '=', id).execute();
    },
    findImport(userId: string, id: string): Promise<RadarImportRow | undefined> {
      return db
        .selectFrom('radar_imports')
        .selectAll()
        .where('id', '=', id)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findImportById(id: string): Promise<RadarImportRow | undefined> {
      return db.selectFrom('radar_imports').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listImports(userId: string, limit = 50): Promise<RadarImportRow[]> {
      return db
        .selectFrom('radar_imports')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Ids of every import that is queued or running (after a restart: to resume). */
    async unfinishedImports(): Promise<string[]> {
      const rows = await db
        .selectFrom('radar_imports')
        .select('id')
        .where('status', 'in', ['queued', 'running'])
        .orderBy('created_at')
        .execute();
      return rows.map((r) => r.id);
    },
    /** Stores the validated rows of an import, one JSON text per chunk (seq from `firstSeq`). */
    async insertImportChunks(importId: string, chunkTexts: string[], firstSeq = 0): Promise<void> {
      for (let i = 0; i < chunkTexts.length; i += 1) {
        await db
          .insertInto('radar_import_chunks')
          .values({
            import_id: importId,
            // The import's owner, so the staged rows are the person's data like the import.
            user_id: sql<string>`(select user_id from radar_imports where id = ${importId})`,
            seq: firstSeq + i,
            rows: chunkTexts[i] ?? '[]',
          })
          .execute();
      }
    },
    /**
     * The import's next chunk still to write (after `afterSeq`, when given: the one being
     * written), or undefined when all are written.
     */
    nextImportChunk(
      importId: string,
      afterSeq?: number,
    ): Promise<{ seq: number; rows: string } | undefined> {
      return db
        .selectFrom('radar_import_chunks')
        .select(['seq', 'rows'])
        .where('import_id', '=', importId)
        .$if(afterSeq !== undefined, (q) => q.where('seq', '>', afterSeq ?? -1))
        .orderBy('seq')
        .limit(1)
        .executeTakeFirst();
    },
    /**
     * Writes one chunk of an import (call inside a transaction): claims the chunk (false when
     * another run already wrote it), inserts its posts, skills and band keys as staged rows
     * (hidden, uncounted), adds their read-model counts to the import's, and advances the
     * import record.
     */
    /** `stageImportChunk`: an import chunk serialised and counted, before its transaction. */
    stageImportChunk,
    async commitImportChunk(
      importId: string,
      seq: number,
      staged: StagedImportChunk,
      outcome: ImportChunkOutcome,
    ): Promise<boolean> {
      await STAGING.execute(db);
      const claimed = await db
        .deleteFrom('radar_import_chunks')
        .where('import_id', '=', importId)
        .where('seq', '=', seq)
        .executeTakeFirst();
      if (Number(claimed.numDeletedRows) === 0) return false;
      await yieldToLoop();
      // Embedded store: the chunk's inserts run as a replica session, which skips the per-row
      // foreign-key checks (a query per post and per skill row, a third of the write). They
      // hold by construction here: the posts, skills and counts name the import's owner and
      // import, which exist (the chunk of the import, owned by them, was just claimed in this
      // transaction, and the one connection runs nothing else meanwhile), and the skills name
      // posts inserted just before. The statement triggers of these tables do nothing while
      // an import is staged. The setting is the transaction's and ends after the inserts.
      if (opts.embedded)
        await sql`select set_config('session_replication_role', 'replica', true)`.execute(db);
      await insertPostRowParams(db, staged.rows, yieldToLoop);
      await addImportCounts(db, importId, staged.counts);
      if (opts.embedded)
        await sql`select set_config('session_replication_role', 'origin', true)`.execute(db);
      const named = JSON.stringify(outcome.nearRows);
      const repeated = JSON.stringify(outcome.duplicateRows);
      await db
        .updateTable('radar_imports')
        .set({
          status: 'running',
          processed: sql`processed + ${outcome.processed}`,
          added: sql`added + ${outcome.added}`,
          duplicates: sql`duplicates + ${outcome.duplicates}`,
          near_duplicates: sql`near_duplicates + ${outcome.nearDuplicates}`,
          // The first MAX_NEAR_ROWS of each, cut to what is left (a chunk appends up to 100).
          near_rows: sql`case when jsonb_array_length(near_rows) < ${MAX_NEAR_ROWS}
            then jsonb_path_query_array(near_rows || ${named}::jsonb, ${FIRST_ROWS}::jsonpath)
            else near_rows end`,
          duplicate_rows: sql`case when jsonb_array_length(duplicate_rows) < ${MAX_NEAR_ROWS}
            then jsonb_path_query_array(duplicate_rows || ${repeated}::jsonb, ${FIRST_ROWS}::jsonpath)
            else duplicate_rows end`,
        })
        .where('id', '=', importId)
        .execute();
      return true;
    },
    /**
     * Makes a running import's rows visible in one short transaction (call inside one): its
     * counts join the read model, the person's insight stamp is renewed, the record says done.
     * False when it was not running (already done, failed, or removed).
     */
    async publishImport(importId: string, finishedAt: Date): Promise<boolean> {
      const r = await db
        .updateTable('radar_imports')
        .set({ status: 'done', finished_at: finishedAt })
        .where('id', '=', importId)
        .where('status', 'in', ['queued', 'running'])
        .returning('user_id')
        .executeTakeFirst();
      if (!r) return false;
      await sql`insert into radar_month_counts as c (user_id, source, month, skill_id, n)
          select user_id, source, month, skill_id, n from radar_import_counts
          where import_id = ${importId} and n <> 0
        on conflict (user_id, source, month, skill_id) do update set n = c.n + excluded.n`.execute(
        db,
      );
      await db.deleteFrom('radar_import_counts').where('import_id', '=', importId).execute();
      await sql`select radar_count_facets(${importId})`.execute(db);
      await sql`insert into insight_versions as v (user_id, version)
          values (${r.user_id}, nextval('insight_version_seq'))
        on conflict (user_id) do update set version = excluded.version`.execute(db);
      return true;
    },
    /**
     * Removes up to `limit` staged posts of an unfinished import (with their skills and band
     * keys; call inside a transaction). Returns how many went; 0 when none are left.
     */
    async removeStagedImportRows(importId: string, limit = 2000): Promise<number> {
      await STAGING.execute(db);
      const r = await db
        .deleteFrom('radar_posts')
        .where(
          'id',
          'in',
          db.selectFrom('radar_posts').select('id').where('import_id', '=', importId).limit(limit),
        )
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
    /** Drops the held rows of failed imports (an upload that stopped part way). */
    async dropFailedImportChunks(): Promise<void> {
      await db
        .deleteFrom('radar_import_chunks')
        .where(
          'import_id',
          'in',
          db.selectFrom('radar_imports').select('id').where('status', '=', 'failed'),
        )
        .execute();
    },
    /** Drops what is left of an import's chunks and staged counts. */
    async clearImportStaging(importId: string): Promise<void> {
      await db.deleteFrom('radar_import_chunks').where('import_id', '=', importId).execute();
      await db.deleteFrom('radar_import_counts').where('import_id', '=', importId).execute();
    },
  };
}
