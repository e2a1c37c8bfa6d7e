import { type Kysely, sql } from 'kysely';

/**
 * Plan versions may store their canonical plan text gzip-compressed (base64, so exports and
 * backups stay JSON): `plan_gzip`. A 40-skill plan is ~800 KB of canonical JSON (~20 KB
 * compressed), and moving it through the driver and the write-ahead log was about half the
 * CPU of creating a path on the embedded store. New versions write `plan = ''` and
 * `plan_gzip`; older rows keep `plan` and `plan_gzip` null. `plan_hash` is still the sha256
 * of the uncompressed canonical text, so every version verifies as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table learning_path_versions add column plan_gzip text`.execute(db);
}
