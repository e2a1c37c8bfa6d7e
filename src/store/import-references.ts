import { type Kysely, sql } from 'kysely';
import type { Database } from './db-types.ts';
import { type ExportedTables, USER_DATA_TABLES } from './user-data.ts';

/** A reference from one table's column to another table's id. */
interface Reference {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
  /** The column holds a JSON array of ids. */
  json?: boolean;
}

/**
 * References the schema does not declare as foreign keys (they may dangle, e.g. after a
 * deletion), checked on import like the declared ones.
 */
const UNDECLARED: Reference[] = [
  {
    table: 'evidence_entries',
    column: 'relates_to',
    refTable: 'evidence_entries',
    refColumn: 'id',
  },
  {
    table: 'credentials',
    column: 'evidence_ids',
    refTable: 'evidence_entries',
    refColumn: 'id',
    json: true,
  },
  { table: 'practice_briefs', column: 'post_id', refTable: 'radar_posts', refColumn: 'id' },
  {
    table: 'practice_briefs',
    column: 'evidence_id',
    refTable: 'evidence_entries',
    refColumn: 'id',
  },
  { table: 'practice_reviews', column: 'share_id', refTable: 'practice_shares', refColumn: 'id' },
  { table: 'radar_posts', column: 'import_id', refTable: 'radar_imports', refColumn: 'id' },
  { table: 'radar_posts', column: 'feed_id', refTable: 'radar_feeds', refColumn: 'id' },
  { table: 'review_cards', column: 'path_id', refTable: 'learning_paths', refColumn: 'id' },
  { table: 'peer_questions', column: 'path_id', refTable: 'learning_paths', refColumn: 'id' },
];

/** A row of an import that reaches outside the importer's data. */
export interface ImportProblem {
  table: string;
  id: string;
  message: string;
}

const owners = new Map(USER_DATA_TABLES.map((t) => [t.table, t.owner]));

async function declaredReferences(db: Kysely<Database>): Promise<Reference[]> {
  const r = await sql<{ t: string; c: string; rt: string; rc: string }>`
    select kcu.table_name as t, kcu.column_name as c, ccu.table_name as rt, ccu.column_name as rc
    from information_schema.table_constraints tc
    join information_schema.key_column_usage kcu
      on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
  return r.rows.map((x) => ({ table: x.t, column: x.c, refTable: x.rt, refColumn: x.rc }));
}

/**
 * Rows of an import document whose primary key `id` already exists on this instance (in
 * anyone's data): importing them would take over or collide with another person's rows.
 */
export async function findIdCollisions(
  db: Kysely<Database>,
  tables: ExportedTables,
): Promise<ImportProblem[]> {
  const out: ImportProblem[] = [];
  for (const [table, rows] of Object.entries(tables)) {
    const ids = rows.map((r) => r.id).filter((v): v is string => typeof v === 'string');
    if (!owners.has(table) || ids.length === 0) continue;
    for (let i = 0; i < ids.length; i += 500) {
      const r = await sql<{ id: string }>`
        select id from ${sql.table(table)} where id in (${sql.join(ids.slice(i, i + 500))})`.execute(
        db,
      );
      for (const x of r.rows) {
        out.push({
          table,
          id: x.id,
          message: `${table} row ${x.id} already exists on this instance`,
        });
      }
    }
  }
  return out;
}

/**
 * After an import's rows are written (same transaction): every reference from the
 * importer's rows in the imported tables to a user-data table must point to a row the
 * importer owns. Returns the rows that point at someone else's data.
 */
export async function findForeignReferences(
  db: Kysely<Database>,
  userId: string,
  imported: string[],
): Promise<ImportProblem[]> {
  const refs = [...(await declaredReferences(db)), ...UNDECLARED].filter(
    (r) =>
      imported.includes(r.table) &&
      owners.has(r.refTable) &&
      r.column !== owners.get(r.table) &&
      r.refTable !== 'users',
  );
  const out: ImportProblem[] = [];
  for (const ref of refs) {
    const owner = owners.get(ref.table)!;
    const refOwner = owners.get(ref.refTable)!;
    const target = sql`r.${sql.ref(ref.refColumn)}::text`;
    const on = ref.json
      ? sql`${target} in (select jsonb_array_elements_text(t.${sql.ref(ref.column)}))`
      : sql`${target} = t.${sql.ref(ref.column)}::text`;
    const r = await sql<{ id: string | null; ref: string }>`
      select to_jsonb(t)->>'id' as id, ${target} as ref
      from ${sql.table(ref.table)} t
      join ${sql.table(ref.refTable)} r on ${on}
      where t.${sql.ref(owner)} = ${userId} and r.${sql.ref(refOwner)} <> ${userId}`.execute(db);
    for (const x of r.rows) {
      out.push({
        table: ref.table,
        id: x.id ?? '',
        message: `${ref.table} row ${x.id ?? ''}: ${ref.column} points to ${ref.refTable} ${x.ref}, which belongs to someone else`,
      });
    }
  }
  return out;
}
