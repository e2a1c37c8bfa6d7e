import type { Kysely } from 'kysely';
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

/** One person's data across every table: export, import, count and delete. */
export function userDataRepo(db: Kysely<Database>) {
  return {
    tables: USER_DATA_TABLES,
    export: (userId: string) => exportUserRows(db, userId),
    import: (userId: string, tables: ExportedTables) => importUserRows(db, userId, tables),
    /** Rows of an import whose id exists here already (anyone's). */
    findIdCollisions: (tables: ExportedTables) => findIdCollisions(db, tables),
    /** After import rows are written: the importer's rows that point at other people's rows. */
    findForeignReferences: (userId: string, imported: string[]) =>
      findForeignReferences(db, userId, imported),
    count: (userId: string) => countUserRows(db, userId),
    delete: (userId: string) => deleteUserRows(db, userId),
  };
}
