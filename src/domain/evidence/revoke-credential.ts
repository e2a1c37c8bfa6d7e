import { AppError } from '../../errors.ts';
import type { CredentialInfo } from '../../shared/evidence.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { listCredentials } from './list-credentials.ts';
import { setRevokedBit } from './status-list-credential.ts';

/**
 * Revokes one of the user's credentials: flips its bit in the instance's status list (which
 * verifiers fetch) when the slot is theirs, and records when and why. Idempotent. Throws
 * `not_found`.
 */
export async function revokeCredential(
  ctx: Ctx,
  userId: string,
  credentialId: string,
  reason: string,
): Promise<CredentialInfo> {
  await inTransaction(ctx, async (tx) => {
    const row = await tx.store.credentials.findCredential(userId, credentialId);
    if (!row) throw new AppError('not_found', 'Credential not found');
    await setRevokedBit(tx, { credentialId: row.id, userId }, row.status_list_id, row.status_index);
    await tx.store.credentials.markRevoked(row.id, tx.clock.now(), reason);
  });
  const found = (await listCredentials(ctx, userId)).find((c) => c.id === credentialId);
  if (!found) throw new AppError('not_found', 'Credential not found');
  return found;
}

/**
 * Revokes every credential of the user (account deletion calls it before the rows go). The
 * status lists are instance data, so the revocation bits outlive the account. Returns how
 * many credentials were revoked.
 */
export async function revokeAllCredentials(ctx: Ctx, userId: string): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const rows = await tx.store.credentials.listCredentials(userId);
    for (const row of rows) {
      await setRevokedBit(
        tx,
        { credentialId: row.id, userId },
        row.status_list_id,
        row.status_index,
      );
      await tx.store.credentials.markRevoked(
        row.id,
        tx.clock.now(),
        'The holder deleted their account',
      );
      // Its link, once given out, says it was withdrawn (a private one's stays unknown).
      if (row.visibility === 'public')
        await tx.store.credentials.markWithdrawnPublic(row.id, userId);
    }
    return rows.length;
  });
}
