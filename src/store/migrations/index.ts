import type { Kysely } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002 from './0002-llm.ts';

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
}

/**
 * Every migration, in order. Names never change once released: a migration that has run
 * is recorded by name, and existing data is upgraded in place by the ones after it.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-llm': m0002,
};
