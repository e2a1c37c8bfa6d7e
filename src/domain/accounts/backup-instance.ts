import { AppError } from '../../errors.ts';
import { createSecretBox } from '../../secrets/secret-box.ts';
import type { BackupDocument } from '../../store/backup.ts';
import type { Ctx } from '../ctx.ts';

/** A full backup of the instance: every table but caches and counters. */
export async function backupInstance(ctx: Ctx): Promise<BackupDocument> {
  return ctx.store.dump(ctx.clock.now());
}

/**
 * Restores a backup into an empty database: migrates to the backup's schema, loads the rows in
 * one transaction, then migrates the rest of the way so older backups are upgraded in place.
 * Throws `invalid_input` for a malformed or too-new backup, or one whose signing keys this
 * instance's secret key cannot open; `conflict` when the database has accounts.
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
  // The signing keys (and model API keys) in a backup are sealed with its instance's secret
  // key: restored under another key, nothing could be signed again. Refused before anything
  // is written, saying which key to use.
  const sealedKeys = (d.tables as BackupDocument['tables']).signing_keys ?? [];
  for (const row of sealedKeys) {
    const sealed = typeof row.private_sealed === 'string' ? row.private_sealed : '';
    const kid = typeof row.kid === 'string' ? row.kid : '';
    try {
      if (!ctx.config.secretKey) throw new Error('no key');
      createSecretBox(ctx.config.secretKey).open(sealed, kid);
    } catch {
      throw new AppError(
        'invalid_input',
        "The backup's signing keys were sealed with another secret key: restore with SKILLTRACE_SECRET_KEY set to the source instance's key (the 64 hex characters in its data folder's secret.key), or no credential or ledger entry could be signed afterwards",
      );
    }
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
