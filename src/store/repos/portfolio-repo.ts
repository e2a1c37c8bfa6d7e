import type { Kysely, Selectable } from 'kysely';
import type { Database, PortfolioSettingsTable, SkillStoriesTable } from '../db-types.ts';

export type SkillStoryRow = Selectable<SkillStoriesTable>;
export type PortfolioSettingsRow = Selectable<PortfolioSettingsTable>;

/** Skill stories and public portfolio settings. */
export function portfolioRepo(db: Kysely<Database>) {
  return {
    /** Inserts or replaces the user's story for one skill. */
    async upsertStory(row: SkillStoryRow): Promise<void> {
      const values = {
        ...row,
        sentences: JSON.stringify(row.sentences),
        removed: JSON.stringify(row.removed),
        provenance: row.provenance === null ? null : JSON.stringify(row.provenance),
      };
      await db
        .insertInto('skill_stories')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['user_id', 'skill_id']).doUpdateSet({
            status: values.status,
            engine: values.engine,
            sentences: values.sentences,
            removed: values.removed,
            provenance: values.provenance,
            visibility: values.visibility,
            updated_at: values.updated_at,
            approved_at: values.approved_at,
          }),
        )
        .execute();
    },
    findStory(userId: string, id: string): Promise<SkillStoryRow | undefined> {
      return db
        .selectFrom('skill_stories')
        .selectAll()
        .where('user_id', '=', userId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    findStoryBySkill(userId: string, skillId: string): Promise<SkillStoryRow | undefined> {
      return db
        .selectFrom('skill_stories')
        .selectAll()
        .where('user_id', '=', userId)
        .where('skill_id', '=', skillId)
        .executeTakeFirst();
    },
    listStories(userId: string): Promise<SkillStoryRow[]> {
      return db
        .selectFrom('skill_stories')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('updated_at', 'desc')
        .execute();
    },

    findPortfolio(userId: string): Promise<PortfolioSettingsRow | undefined> {
      return db
        .selectFrom('portfolio_settings')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
    findPortfolioByHandle(handle: string): Promise<PortfolioSettingsRow | undefined> {
      return db
        .selectFrom('portfolio_settings')
        .selectAll()
        .where('handle', '=', handle)
        .executeTakeFirst();
    },
    /** Who gave up `handle`, and when, if anyone did. */
    findReleasedHandle(
      handle: string,
    ): Promise<{ handle: string; user_id: string; released_at: Date } | undefined> {
      return db
        .selectFrom('portfolio_handle_history')
        .selectAll()
        .where('handle', '=', handle)
        .executeTakeFirst();
    },
    /**
     * Records that `userId` gave up `handle` at `at`; at most `MAX_KEPT_HANDLES` are kept per
     * person (the oldest goes first).
     */
    async releaseHandle(handle: string, userId: string, at: Date): Promise<void> {
      await db
        .insertInto('portfolio_handle_history')
        .values({ handle, user_id: userId, released_at: at })
        .onConflict((oc) => oc.column('handle').doUpdateSet({ user_id: userId, released_at: at }))
        .execute();
      const kept = await db
        .selectFrom('portfolio_handle_history')
        .select('handle')
        .where('user_id', '=', userId)
        .orderBy('released_at', 'desc')
        .orderBy('handle')
        .execute();
      const dropped = kept.slice(MAX_KEPT_HANDLES).map((r) => r.handle);
      if (dropped.length)
        await db.deleteFrom('portfolio_handle_history').where('handle', 'in', dropped).execute();
    },
    /**
     * Keeps the handles (by hash) of an account being deleted from new owners, each from its
     * own date; rows retired before `expiredBefore` are dropped on the way.
     */
    async retireHandles(handles: { hash: string; at: Date }[], expiredBefore: Date): Promise<void> {
      await db.deleteFrom('retired_handles').where('retired_at', '<', expiredBefore).execute();
      if (handles.length === 0) return;
      await db
        .insertInto('retired_handles')
        .values(handles.map((h) => ({ handle_hash: h.hash, retired_at: h.at })))
        .onConflict((oc) =>
          oc
            .column('handle_hash')
            .doUpdateSet((eb) => ({ retired_at: eb.ref('excluded.retired_at') })),
        )
        .execute();
    },
    /** The handles `userId` gave up, and when (see `releaseHandle`). */
    listReleasedHandles(userId: string): Promise<{ handle: string; released_at: Date }[]> {
      return db
        .selectFrom('portfolio_handle_history')
        .select(['handle', 'released_at'])
        .where('user_id', '=', userId)
        .execute();
    },
    /** When the handle with this hash was retired (its account deleted), if it was. */
    async findRetiredHandle(hash: string): Promise<Date | undefined> {
      const row = await db
        .selectFrom('retired_handles')
        .select('retired_at')
        .where('handle_hash', '=', hash)
        .executeTakeFirst();
      return row?.retired_at;
    },
    /** Forgets a released handle (its owner took it back, or its reservation ended). */
    async forgetReleasedHandle(handle: string): Promise<void> {
      await db.deleteFrom('portfolio_handle_history').where('handle', '=', handle).execute();
    },
    /** Inserts or replaces the user's settings; a taken handle raises a unique violation. */
    async upsertPortfolio(row: PortfolioSettingsRow): Promise<void> {
      await db
        .insertInto('portfolio_settings')
        .values(row)
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({
            handle: row.handle,
            published: row.published,
            headline: row.headline,
            summary: row.summary,
            updated_at: row.updated_at,
          }),
        )
        .execute();
    },
  };
}

/** How many given-up handles one person keeps for their old links. */
const MAX_KEPT_HANDLES = 3;
