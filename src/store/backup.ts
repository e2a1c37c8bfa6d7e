import { type Kysely, sql } from 'kysely';
import type { Database } from './db-types.ts';
import { listSchemaTables } from './user-data.ts';

// Derived tables are rebuilt by triggers as the rows they count are loaded.
const SKIP = new Set([
  'kysely_migration',
  'kysely_migration_lock',
  'rate_limits',
  'kv_cache',
  'radar_month_counts',
  'radar_month_facets',
  // Synced from the taxonomy (with the facets rebuilt) when the app first reads trends.
  'radar_skill_domains',
  'insight_versions',
  'peer_versions',
  'peer_pool_stamp',
  'person_versions',
]);

/** Tables in an order where every foreign key points to an earlier table. */
async function tablesInDependencyOrder(db: Kysely<Database>): Promise<string[]> {
  const tables = (await listSchemaTables(db)).filter((t) => !SKIP.has(t));
  const r = await sql<{ child: string; parent: string }>`
    select tc.table_name as child, ccu.table_name as parent
    from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name and tc.table_schema = ccu.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(db);
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  for (const { child, parent } of r.rows) if (child !== parent) parents.get(child)?.add(parent);
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const p of parents.get(t) ?? []) visit(p);
    order.push(t);
  };
  for (const t of tables) visit(t);
  return order;
}

export interface BackupDocument {
  format: 'skilltrace-backup';
  version: 1;
  schema: string;
  createdAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Reads every row of every table (but caches and counters) in dependency order. */
export async function dumpInstance(
  db: Kysely<Database>,
  schema: string,
  now: Date,
): Promise<BackupDocument> {
  const tables: BackupDocument['tables'] = {};
  for (const t of await tablesInDependencyOrder(db)) {
    const r = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
    tables[t] = r.rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]),
      ),
    );
  }
  return { format: 'skilltrace-backup', version: 1, schema, createdAt: now.toISOString(), tables };
}

/** Inserts a backup into an empty, migrated database (the caller wraps this in a transaction). */
export async function loadInstance(
  db: Kysely<Database>,
  doc: BackupDocument,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const order = await tablesInDependencyOrder(db);
  for (const t of order) {
    const rows = doc.tables[t];
    if (!rows?.length) continue;
    const types = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = ${t}`.execute(
      db,
    );
    const typeOf = new Map(types.rows.map((x) => [x.column_name, x.data_type]));
    for (const row of rows) {
      const cols = Object.keys(row).filter((c) => typeOf.has(c));
      const vals = cols.map((c) => {
        const v = row[c];
        return (typeOf.get(c) === 'jsonb' || typeOf.get(c) === 'json') && v !== null
          ? JSON.stringify(v)
          : v;
      });
      await sql`insert into ${sql.table(t)} (${sql.join(cols.map((c) => sql.ref(c)))}) values (${sql.join(vals)})`.execute(
        db,
      );
    }
    counts[t] = rows.length;
  }
  return counts;
}
