import { type Kysely, sql } from 'kysely';

/**
 * Tables the dashboard summary reads beyond those of migration 0019 (`PERSON_VERSION_TABLES`):
 * a change to one of them renews the person's stamp in `person_versions` too, with the same
 * statement-level triggers and functions.
 */
export const DASHBOARD_VERSION_TABLES = ['portfolio_settings'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of DASHBOARD_VERSION_TABLES) {
    for (const [event, rows] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql`create trigger ${sql.raw(`${table}_person_${event}`)} after ${sql.raw(event)}
        on ${sql.raw(table)} referencing ${sql.raw(rows)} table as ${sql.raw(`${rows}_rows`)}
        for each statement execute function ${sql.raw(`person_version_${rows}_rows`)}()`.execute(
        db,
      );
    }
  }
}
