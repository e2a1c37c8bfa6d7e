import type { Ctx } from '../ctx.ts';
import { credentialProblem } from './credential-holds.ts';

/** A credential row of an import that would reach someone else's revocation slot. */
export interface ImportedCredentialProblem {
  table: 'credentials';
  id: string;
  message: string;
}

/**
 * Checks the `credentials` rows of an import document: each must be the credential its VC-JWT
 * is, issued by this instance (`credentialProblem`), and may name a status-list slot only
 * when that slot is held by this very credential
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
    // The row must be the credential its VC-JWT is: issued here under this id, for this skill
    // and level (a row can say anything; the signed credential cannot).
    const problem = await credentialProblem(ctx, {
      id,
      jwt: typeof row.jwt === 'string' ? row.jwt : '',
      skill_id: String(row.skill_id),
      level: String(row.level),
    });
    if (problem) {
      out.push({
        table: 'credentials',
        id,
        message: `credentials row ${id} is not a credential this instance issued as that row says: ${problem} (a credential from another issuer stays valid as its .jwt file; leave it out of the import)`,
      });
      continue;
    }
    const listId = Number(row.status_list_id);
    const index = Number(row.status_index);
    if (!Number.isInteger(listId) || !Number.isInteger(index)) continue;
    const slot = await ctx.store.credentials.findStatusSlot(listId, index);
    if (!slot) continue;
    // An ownerless slot is a credential withdrawn with its holder's deleted account: it
    // stays withdrawn, whoever holds a copy of it (the person starting over included).
    if (slot.credential_id === id && slot.user_id === null) {
      out.push({
        table: 'credentials',
        id,
        message: `credentials row ${id} was revoked when its holder's account here was deleted; it stays revoked (leave it out of the import)`,
      });
      continue;
    }
    if (slot.credential_id !== id || slot.user_id !== userId) {
      out.push({
        table: 'credentials',
        id,
        message: `credentials row ${id} names status-list slot ${listId}/${index}, which holds another person's credential`,
      });
    }
  }
  return out;
}
