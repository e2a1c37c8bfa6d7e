import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';
import { chunks } from './radar-shared.ts';

/** Re-reading stored posts with a newer extraction version: staged, then swapped per person. */
export function radarReextractionRepo(db: Kysely<Database>) {
  return {
    /**
     * Up to `limit` posts whose stored skills were read with another extraction version than
     * `version`, after `after` in (user, id) order. Rows of unfinished imports are left out
     * (they are picked up once the import is done).
     */
    async staleExtractionPosts(
      version: string,
      after: { userId: string; postId: string },
      limit: number,
    ): Promise<
      {
        id: string;
        user_id: string;
        title: string;
        text: string;
        occupation: string | null;
        occupation_given: string | null;
      }[]
    > {
      return db
        .selectFrom('radar_posts')
        .select(['id', 'user_id', 'title', 'text', 'occupation', 'occupation_given'])
        .where((eb) =>
          eb.or([eb('extraction_version', 'is', null), eb('extraction_version', '<>', version)]),
        )
        .where((eb) =>
          eb.or([
            eb('user_id', '>', after.userId),
            eb.and([eb('user_id', '=', after.userId), eb('id', '>', after.postId)]),
          ]),
        )
        .where(
          sql<boolean>`(import_id is null or import_id not in (select id from radar_imports where status in ('queued', 'running')))`,
        )
        .orderBy('user_id')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Whether any post outside unfinished imports was read with another extraction version. */
    async hasStaleExtraction(version: string): Promise<boolean> {
      const row = await db
        .selectFrom('radar_posts')
        .select('id')
        .where((eb) =>
          eb.or([eb('extraction_version', 'is', null), eb('extraction_version', '<>', version)]),
        )
        .where(
          sql<boolean>`(import_id is null or import_id not in (select id from radar_imports where status in ('queued', 'running')))`,
        )
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },
    /** Holds re-read skills of posts until their person is swapped (`swapReextraction`). */
    async stageReextraction(
      rows: {
        post_id: string;
        user_id: string;
        version: string;
        skills: unknown;
        occupation: string | null;
      }[],
    ): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_reextract_staging')
          .values(part.map((r) => ({ ...r, skills: JSON.stringify(r.skills) })))
          .onConflict((oc) =>
            oc.column('post_id').doUpdateSet((eb) => ({
              version: eb.ref('excluded.version'),
              skills: eb.ref('excluded.skills'),
              occupation: eb.ref('excluded.occupation'),
            })),
          )
          .execute();
      }
    },
    /** Drops staged re-extractions of any other version than `version`. */
    async dropStaleStaging(version: string): Promise<void> {
      await db.deleteFrom('radar_reextract_staging').where('version', '<>', version).execute();
    },
    /**
     * Swaps in every staged re-extraction of `userId` at `version` (call inside a transaction,
     * so the person's trends switch from one reading to the other at once): the post-skill
     * rows (the read-model triggers move the month counts and renew the insight stamp), the
     * post's skills and its version. Posts rewritten since they were staged (already at
     * `version`) keep what they have. Returns how many posts were swapped.
     */
    async swapReextraction(userId: string, version: string): Promise<number> {
      const due = sql`select s.post_id from radar_reextract_staging s join radar_posts p on p.id = s.post_id
        where s.user_id = ${userId} and s.version = ${version}
          and (p.extraction_version is null or p.extraction_version <> ${version})`;
      await sql`delete from radar_post_skills where post_id in (${due})`.execute(db);
      await sql`insert into radar_post_skills (post_id, user_id, skill_id, source, posted_at, confidence, import_id)
        select distinct on (p.id, e->>'skillId') p.id, p.user_id, e->>'skillId', p.source, p.posted_at,
               (e->>'confidence')::double precision, p.import_id
        from radar_reextract_staging s
        join radar_posts p on p.id = s.post_id
        cross join jsonb_array_elements(s.skills) e
        where s.post_id in (${due})`.execute(db);
      const r =
        await sql`update radar_posts p set skills = s.skills, extraction_version = s.version,
          occupation = s.occupation
        from radar_reextract_staging s
        where s.post_id = p.id and s.user_id = ${userId} and s.version = ${version}
          and (p.extraction_version is null or p.extraction_version <> ${version})`.execute(db);
      await db.deleteFrom('radar_reextract_staging').where('user_id', '=', userId).execute();
      return Number(r.numAffectedRows ?? 0);
    },
  };
}
