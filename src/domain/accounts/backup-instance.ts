import { AppError } from '../../errors.ts';
import type { BackupDocument } from '../../store/backup.ts';
import type { Ctx } from '../ctx.ts';

/** A full backup of the instance: every table but caches and counters. */
export async function backupInstance(ctx: Ctx): Promise<BackupDocument> {
  return ctx.store.dump(ctx.clock.now());
}

/**
 * Restores a backup into an empty database: migrates to the backup's schema, loads the rows in
 * one transaction, then migrates the rest of the way so older backups are upgraded in place.
 * Throws `invalid_input` for a malformed or too-new backup, `conflict` when the database has accounts.
 */
export async function restoreInstance(ctx: Ctx, doc: unknown): Promise<Record<string, number>> {
  const d = doc as Partial<BackupDocument> | null;
  if (
    d?.format !== 'skilltrace-backup' ||
    d.version !== 1 ||
    typeof d.schema !== 'string' ||
    typeof d.tables !== 'object' ||
    d.tables === null
  ) {
    throw new AppError(
      'invalid_input',
      'This is not a Skilltrace backup (expected format "skilltrace-backup", version 1)',
    );
  }
  if (!ctx.store.migrations.includes(d.schema)) {
    throw new AppError(
      'invalid_input',
      `The backup's schema ${d.schema} is unknown to this version; restore it with a newer Skilltrace`,
    );
  }
  await ctx.store.migrate(d.schema);
  if ((await ctx.store.accounts.countUsers()) > 0) {
    throw new AppError(
      'conflict',
      'The target database already has accounts; restore into an empty data folder or database',
    );
  }
  const counts = await ctx.store.load(d as BackupDocument);
  await ctx.store.migrate();
  return counts;
}
