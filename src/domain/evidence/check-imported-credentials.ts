import { issuerIdentity } from '../accounts/index.ts';
import type { Ctx } from '../ctx.ts';
import { credentialProblem, payloadCredential } from './credential-holds.ts';

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
    const refuse = (message: string) => out.push({ table: 'credentials', id, message });
    // The row's slot is the one its signed credential names (a row can say anything).
    const named = statusOf(ctx, typeof row.jwt === 'string' ? row.jwt : '');
    if (!named || named.listId !== listId || named.index !== index) {
      refuse(
        `credentials row ${id} names status-list slot ${listId}/${index}, not the one its credential names${named ? ` (${named.listId}/${named.index})` : ''}`,
      );
      continue;
    }
    // The slot this credential was given when issued, wherever the row says it is.
    const own = await ctx.store.credentials.findStatusSlotOf(id);
    if (own) {
      // An ownerless slot is a credential withdrawn with its holder's deleted account: it
      // stays withdrawn, whoever holds a copy of it (the person starting over included).
      if (own.user_id === null)
        refuse(
          `credentials row ${id} was revoked when its holder's account here was deleted; it stays revoked (leave it out of the import)`,
        );
      else if (own.user_id !== userId)
        refuse(`credentials row ${id} is another person's credential on this instance`);
      continue;
    }
    const slot = await ctx.store.credentials.findStatusSlot(listId, index);
    if (slot)
      refuse(
        `credentials row ${id} names status-list slot ${listId}/${index}, which holds another person's credential`,
      );
  }
  return out;
}

/** The status-list slot (list id, index) a credential of this instance names, if readable. */
function statusOf(ctx: Ctx, jwt: string): { listId: number; index: number } | undefined {
  const status = payloadCredential(jwt)?.credentialStatus as
    | { statusListCredential?: unknown; statusListIndex?: unknown }
    | undefined;
  const url = typeof status?.statusListCredential === 'string' ? status.statusListCredential : '';
  const listId = Number(/\/(\d+)$/.exec(url)?.[1] ?? Number.NaN);
  const index = Number(status?.statusListIndex);
  if (!Number.isInteger(listId) || !Number.isInteger(index)) return undefined;
  // A list of this instance, at the address it gives its lists.
  return url === issuerIdentity(ctx.config).statusListUrl(listId) ? { listId, index } : undefined;
}
