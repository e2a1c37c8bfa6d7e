import type { Kysely } from 'kysely';
import type { Database } from '../db-types.ts';
import {
  countUserRows,
  deleteUserRows,
  type ExportedTables,
  exportUserRows,
  importUserRows,
  USER_DATA_TABLES,
} from '../user-data.ts';

/** One person's data across every table: export, import, count and delete. */
export function userDataRepo(db: Kysely<Database>) {
  return {
    tables: USER_DATA_TABLES,
    export: (userId: string) => exportUserRows(db, userId),
    import: (userId: string, tables: ExportedTables) => importUserRows(db, userId, tables),
    count: (userId: string) => countUserRows(db, userId),
    delete: (userId: string) => deleteUserRows(db, userId),
  };
}
