import { AppError } from '../../errors.ts';
import { ExportDocument } from '../../shared/accounts.ts';
import type { Ctx } from '../ctx.ts';
import { reanchorLedger } from '../evidence/index.ts';

/**
 * Imports an export document into the signed-in user's account, all or nothing.
 * Throws `invalid_input` (with the path of each problem) for a malformed document or an
 * unknown table, `conflict` when its records already exist here (imported before).
 */
export async function importAccount(
  ctx: Ctx,
  userId: string,
  doc: unknown,
): Promise<Record<string, number>> {
  const parsed = ExportDocument.safeParse(doc);
  if (!parsed.success) {
    throw new AppError('invalid_input', 'This is not a Skilltrace export document', {
      details: {
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    });
  }
  const known = new Set(ctx.store.userData.tables.filter((t) => t.exported).map((t) => t.table));
  const unknown = Object.keys(parsed.data.tables).filter((t) => !known.has(t));
  if (unknown.length) {
    throw new AppError(
      'invalid_input',
      `The export holds tables this version does not know: ${unknown.join(', ')}`,
      {
        details: {
          issues: unknown.map((t) => ({ path: `tables.${t}`, message: 'unknown table' })),
        },
      },
    );
  }
  if (parsed.data.schema > ctx.store.schemaVersion) {
    throw new AppError(
      'invalid_input',
      `The export comes from a newer Skilltrace (schema ${parsed.data.schema}); upgrade this instance first`,
    );
  }
  try {
    const counts = await ctx.store.transaction((tx) =>
      tx.userData.import(userId, parsed.data.tables),
    );
    ctx.log.info('account data imported', { userId, counts });
    // Signs the imported ledger's heads (and foreign tombstones) with this instance's key.
    if (counts.evidence_entries) await reanchorLedger(ctx, userId);
    return counts;
  } catch (e) {
    if ((e as { code?: string }).code === '23505') {
      throw new AppError(
        'conflict',
        'These records already exist on this instance (was this export imported before?)',
        { cause: e },
      );
    }
    throw new AppError(
      'invalid_input',
      `The export could not be imported: ${(e as Error).message}`,
      { cause: e },
    );
  }
}
