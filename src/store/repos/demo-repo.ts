import { type Kysely, sql } from 'kysely';
import type { Database } from '../db-types.ts';

/**
 * Radar tables copied from the prepared demo template, with the column that carries each
 * table's record id (remapped so the copy gets ids of its own).
 */
const RADAR_COPY: ReadonlyArray<{ table: string; idColumns: string[]; nulled: string[] }> = [
  { table: 'radar_posts', idColumns: ['id'], nulled: ['import_id', 'feed_id'] },
  { table: 'radar_post_skills', idColumns: ['post_id'], nulled: [] },
  { table: 'radar_post_bands', idColumns: ['post_id'], nulled: [] },
];

/** Personal demo workspaces: the cheap radar copy from the template, and expiry look-ups. */
export function demoRepo(db: Kysely<Database>) {
  return {
    /**
     * Copies the radar history (posts, their skills and bands) of `fromUserId` to `toUserId`
     * in one statement per table: ids become `md5(salt || id)` uuids (the same mapping in
     * every table, so references hold), every timestamp moves by `shiftMs`. Columns are
     * read from the schema, so a column added later is copied too. Returns posts copied.
     */
    async copyRadar(
      fromUserId: string,
      toUserId: string,
      opts: { salt: string; shiftMs: number },
    ): Promise<number> {
      let posts = 0;
      const shift = `${Math.round(opts.shiftMs)} milliseconds`;
      for (const t of RADAR_COPY) {
        const cols = await sql<{ column_name: string; data_type: string }>`
          select column_name, data_type from information_schema.columns
          where table_schema = current_schema() and table_name = ${t.table}
          order by ordinal_position`.execute(db);
        const exprs = cols.rows.map(({ column_name: c, data_type: type }) => {
          if (c === 'user_id') return sql`${toUserId}`;
          if (t.idColumns.includes(c)) return sql`md5(${opts.salt} || ${sql.ref(c)})::uuid::text`;
          if (t.nulled.includes(c)) return sql`null`;
          if (type.startsWith('timestamp')) return sql`${sql.ref(c)} + ${shift}::interval`;
          return sql.ref(c);
        });
        const names = cols.rows.map((r) => sql.ref(r.column_name));
        const r = await sql`insert into ${sql.table(t.table)} (${sql.join(names)})
          select ${sql.join(exprs)} from ${sql.table(t.table)} where user_id = ${fromUserId}`.execute(
          db,
        );
        if (t.table === 'radar_posts') posts = Number(r.numAffectedRows ?? 0);
      }
      return posts;
    },

    /** Personal demo copies whose time is up at `now`, oldest first. */
    async listExpiredDemoUsers(now: Date, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('users')
        .select('id')
        .where('demo_expires_at', 'is not', null)
        .where('demo_expires_at', '<=', now)
        .orderBy('demo_expires_at')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
  };
}
