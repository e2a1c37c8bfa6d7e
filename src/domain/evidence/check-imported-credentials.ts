import type { Ctx } from '../ctx.ts';

/** A credential row of an import that would reach someone else's revocation slot. */
export interface ImportedCredentialProblem {
  table: 'credentials';
  id: string;
  message: string;
}

/**
 * Checks the `credentials` rows of an import document against the status-list slots of
 * this instance: a row may name a slot only when that slot is held by this very credential
 * and by the importer or by no one (its holder deleted their account, which revoked it).
 * Slots in lists this instance never allocated are records only: revocation never writes
 * to a slot that is not the holder's. Returns the rows that fail.
 */
export async function checkImportedCredentials(
  ctx: Ctx,
  userId: string,
  rows: Record<string, unknown>[],
): Promise<ImportedCredentialProblem[]> {
  const out: ImportedCredentialProblem[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const listId = Number(row.status_list_id);
    const index = Number(row.status_index);
    if (!Number.isInteger(listId) || !Number.isInteger(index)) continue;
    const slot = await ctx.store.credentials.findStatusSlot(listId, index);
    if (!slot) continue;
    if (slot.credential_id !== id || (slot.user_id !== null && slot.user_id !== userId)) {
      out.push({
        table: 'credentials',
        id,
        message: `credentials row ${id} names status-list slot ${listId}/${index}, which holds another person's credential`,
      });
    }
  }
  return out;
}
