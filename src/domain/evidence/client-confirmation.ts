import { AppError } from '../../errors.ts';
import type { EvidenceEntry } from '../../shared/evidence.ts';
import { issuerIdentity } from '../accounts/index.ts';
import { type Ctx, inTransaction } from '../ctx.ts';
import { sha256Hex } from './canonical-json.ts';
import { recordEvidence } from './record-evidence.ts';

/**
 * Makes a one-time link the freelancer sends to a client to confirm a client project. Only
 * the token's sha256 is stored; the link is shown once. Throws `not_found` (not your
 * entry), `invalid_input` (not a client project).
 */
export async function createConfirmationLink(
  ctx: Ctx,
  userId: string,
  entryId: string,
  input: { clientName: string; days: number },
): Promise<{ url: string; expiresAt: string }> {
  const entry = await ctx.store.evidence.findEntry(userId, entryId);
  if (!entry || entry.deleted_at) throw new AppError('not_found', 'Evidence entry not found');
  if (entry.kind !== 'client_project') {
    throw new AppError('invalid_input', 'Only client projects can be confirmed by a client');
  }
  const token = ctx.ids.token(32);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  await ctx.store.evidence.insertConfirmation({
    id: ctx.ids.id(),
    user_id: userId,
    entry_id: entryId,
    client_name: input.clientName.trim() || 'Your client',
    token_hash: sha256Hex(token),
    expires_at: expiresAt,
    used_at: null,
    confirmation_entry_id: null,
    created_at: now,
  });
  return {
    url: `${issuerIdentity(ctx.config).publicUrl}/confirm/${token}`,
    expiresAt: expiresAt.toISOString(),
  };
}

/** What a client sees before confirming. */
export interface ConfirmationRequest {
  freelancerName: string;
  clientName: string;
  project: { title: string; description: string; skills: string[]; occurredAt: string };
  expiresAt: string;
}

async function openLink(ctx: Ctx, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw gone();
  const link = await ctx.store.evidence.findConfirmationByHash(sha256Hex(token));
  if (!link || link.used_at || new Date(link.expires_at) <= ctx.clock.now()) throw gone();
  const entry = await ctx.store.evidence.findEntry(link.user_id, link.entry_id);
  const user = await ctx.store.accounts.findUserById(link.user_id);
  if (!entry || entry.deleted_at || !user) throw gone();
  return { link, entry, user };
}

const gone = () =>
  new AppError('not_found', 'This confirmation link is unknown, expired or already used');

/** The project behind a confirmation link. Throws `not_found` for unknown, expired or used links. */
export async function getConfirmationRequest(
  ctx: Ctx,
  token: string,
): Promise<ConfirmationRequest> {
  const { link, entry, user } = await openLink(ctx, token);
  return {
    freelancerName: user.name,
    clientName: link.client_name,
    project: {
      title: entry.title,
      description: entry.description,
      skills: entry.skills as string[],
      occurredAt: new Date(entry.occurred_at).toISOString(),
    },
    expiresAt: new Date(link.expires_at).toISOString(),
  };
}

const EMAIL = /^[^\s@]{1,64}@([^\s@]{1,190}\.[^\s@]{2,})$/;

/**
 * Records the client's confirmation as its own chained entry (kind `client_confirmation`,
 * related to the project) and uses up the link. The confirmer must be someone other than
 * the owner: not the signed-in owner, and an email different from the owner's. Their name,
 * email domain and the time are recorded (the entry is then `client_confirmed`). Throws
 * `not_found` for unknown, expired or used links, `invalid_input` for an over-long comment
 * or a malformed email, `forbidden` when the owner tries to confirm their own project.
 */
export async function confirmClientProject(
  ctx: Ctx,
  token: string,
  input: {
    confirmedBy: string;
    comment: string;
    email: string;
    signedInUserId?: string | undefined;
  },
): Promise<EvidenceEntry> {
  const confirmedBy = input.confirmedBy.trim().slice(0, 120);
  const comment = input.comment.trim();
  const email = input.email.trim().toLowerCase();
  if (comment.length > 2000) throw new AppError('invalid_input', 'The comment is too long');
  const domain = EMAIL.exec(email)?.[1];
  if (!domain) throw new AppError('invalid_input', 'Give your email address');
  return inTransaction(ctx, async (tx) => {
    const { link, entry, user } = await openLink(tx, token);
    if (input.signedInUserId === link.user_id || user.email.trim().toLowerCase() === email) {
      throw new AppError(
        'forbidden',
        'A project is confirmed by the client, not by the freelancer: send this link to the client',
      );
    }
    const now = tx.clock.now();
    const confirmation = await recordEvidence(tx, link.user_id, {
      kind: 'client_confirmation',
      title: `${link.client_name} confirmed “${entry.title}”`,
      description: comment,
      skills: entry.skills as string[],
      relatesTo: entry.id,
      data: {
        clientName: link.client_name,
        confirmedBy: confirmedBy || link.client_name,
        confirmerEmailDomain: domain,
        confirmedAt: now.toISOString(),
        independent: true,
      },
      visibility: entry.visibility,
    });
    if (!(await tx.store.evidence.useConfirmation(link.id, now, confirmation.id))) {
      throw gone();
    }
    return confirmation;
  });
}
