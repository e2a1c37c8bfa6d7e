import type { Kysely } from 'kysely';
import type { Database } from '../db-types.ts';
import { chunks } from './radar-shared.ts';
import type { RadarImportedOccupationRow, RadarImportedSkillRow } from './radar-types.ts';

/** Imported ESCO / O*NET skills and ESCO occupations. */
export function radarTaxonomyRepo(db: Kysely<Database>) {
  return {
    listImportedSkills(): Promise<RadarImportedSkillRow[]> {
      return db.selectFrom('radar_imported_skills').selectAll().orderBy('id').execute();
    },
    async importedHashes(ids: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(ids, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_skills')
          .select(['id', 'content_hash'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, r.content_hash);
      }
      return out;
    },
    /** Inserts new rows and replaces changed ones (by id); keeps the first `imported_at`. */
    async upsertImportedSkills(rows: RadarImportedSkillRow[]): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_imported_skills')
          .values(part.map((r) => ({ ...r, aliases: JSON.stringify(r.aliases) })))
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              source_id: eb.ref('excluded.source_id'),
              name: eb.ref('excluded.name'),
              aliases: eb.ref('excluded.aliases'),
              description: eb.ref('excluded.description'),
              mapped_to: eb.ref('excluded.mapped_to'),
              file: eb.ref('excluded.file'),
              version: eb.ref('excluded.version'),
              content_hash: eb.ref('excluded.content_hash'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    /** Imported ESCO occupations, by id. */
    listImportedOccupations(): Promise<RadarImportedOccupationRow[]> {
      return db.selectFrom('radar_imported_occupations').selectAll().orderBy('id').execute();
    },
    async importedOccupationHashes(ids: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(ids, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_occupations')
          .select(['id', 'content_hash'])
          .where('id', 'in', part)
          .execute();
        for (const r of rows) out.set(r.id, r.content_hash);
      }
      return out;
    },
    /** Names of imported ESCO occupations by code (`2512.4` → software developer). */
    async importedOccupationNames(codes: string[]): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const part of chunks(codes, 1000)) {
        const rows = await db
          .selectFrom('radar_imported_occupations')
          .select(['code', 'name'])
          .where('code', 'in', part)
          .execute();
        for (const r of rows) out.set(r.code, r.name);
      }
      return out;
    },
    /** Inserts new occupations and replaces changed ones (by id); keeps the first `imported_at`. */
    async upsertImportedOccupations(rows: RadarImportedOccupationRow[]): Promise<void> {
      for (const part of chunks(rows)) {
        await db
          .insertInto('radar_imported_occupations')
          .values(
            part.map((r) => ({
              ...r,
              aliases: JSON.stringify(r.aliases),
              relations: JSON.stringify(r.relations),
            })),
          )
          .onConflict((oc) =>
            oc.column('id').doUpdateSet((eb) => ({
              uri: eb.ref('excluded.uri'),
              code: eb.ref('excluded.code'),
              isco_group: eb.ref('excluded.isco_group'),
              name: eb.ref('excluded.name'),
              aliases: eb.ref('excluded.aliases'),
              description: eb.ref('excluded.description'),
              relations: eb.ref('excluded.relations'),
              file: eb.ref('excluded.file'),
              version: eb.ref('excluded.version'),
              content_hash: eb.ref('excluded.content_hash'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute();
      }
    },
    async countImportedSkills(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('radar_imported_skills')
        .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('source')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.source, Number(r.n)]));
    },
  };
}
