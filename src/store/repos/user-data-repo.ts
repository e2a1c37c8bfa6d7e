import type { Kysely } from 'kysely';
import type { AuthCache } from '../auth-cache.ts';
import type { Database } from '../db-types.ts';
import { findForeignReferences, findIdCollisions } from '../import-references.ts';
import {
  countUserRows,
  deleteUserRows,
  type ExportedTables,
  exportUserRows,
  importUserRows,
  USER_DATA_TABLES,
} from '../user-data.ts';

/**
 * One person's data across every table: export, import, count and delete. Import and delete
 * touch the account's own rows, so they empty the sign-in cache.
 */
export function userDataRepo(db: Kysely<Database>, cache?: AuthCache) {
  return {
    tables: USER_DATA_TABLES,
    export: (userId: string) => exportUserRows(db, userId),
    import: async (userId: string, tables: ExportedTables) => {
      try {
        return await importUserRows(db, userId, tables);
      } finally {
        cache?.clear();
      }
    },
    /** Rows of an import whose id exists here already (anyone's). */
    findIdCollisions: (tables: ExportedTables) => findIdCollisions(db, tables),
    /** After import rows are written: the importer's rows that point at other people's rows. */
    findForeignReferences: (userId: string, imported: string[]) =>
      findForeignReferences(db, userId, imported),
    count: (userId: string) => countUserRows(db, userId),
    delete: async (userId: string) => {
      try {
        return await deleteUserRows(db, userId);
      } finally {
        cache?.clear();
      }
    },
  };
}
